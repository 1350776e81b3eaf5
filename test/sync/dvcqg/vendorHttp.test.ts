import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../../../main/sync/httpClient';
import { headerValue, jsonOverHttpClient } from '../../../main/sync/dvcqg/vendorHttp';

describe("the sync's HttpClient as the adapter's HttpJsonClient", () => {
  it('POSTs the body as UTF-8 JSON and hands back status, flat headers and text', async () => {
    const seen: HttpRequest[] = [];
    const http = jsonOverHttpClient(
      async (request) => {
        seen.push(request);
        return {
          status: 200,
          headers: { date: 'Mon, 15 Sep 2025 01:06:02 GMT', 'set-cookie': ['a=1', 'b=2'], 'x-absent': undefined },
          body: Buffer.from('{"error_code":0,"message":"Thành công"}', 'utf8'),
        };
      },
      { ca: 'PEM' },
    );
    const reply = await http.postJson('https://motcua.example.gov.vn/lgsp/service', { service: 'DongBoHoSoMC', data: [{ TenTTHC: 'Đăng ký khai sinh' }] }, { timeoutMs: 5000 });
    expect(seen).toEqual([
      {
        method: 'POST',
        url: 'https://motcua.example.gov.vn/lgsp/service',
        headers: { accept: 'application/json', 'content-type': 'application/json; charset=utf-8' },
        body: '{"service":"DongBoHoSoMC","data":[{"TenTTHC":"Đăng ký khai sinh"}]}',
        timeoutMs: 5000,
        ca: 'PEM',
      },
    ]);
    expect(reply).toEqual({
      status: 200,
      headers: { date: 'Mon, 15 Sep 2025 01:06:02 GMT', 'set-cookie': 'a=1, b=2' },
      body: '{"error_code":0,"message":"Thành công"}',
    });
  });

  it('reads headers whatever their case', () => {
    expect(headerValue({ 'Content-Type': 'text/html' }, 'content-type')).toBe('text/html');
    expect(headerValue({}, 'date')).toBeUndefined();
  });
});
