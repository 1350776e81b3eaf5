import { describe, expect, it } from 'vitest';
import { expectError, expectOk, loginAs, seedDemoInto, testStation } from '../helpers/testStation';

describe('the one dispatcher', () => {
  it('an unknown method is not found', async () => {
    const station = await testStation();
    const error = expectError(await station.call('dossier.deleteEverything', {}));
    expect(error.code).toBe('UNKNOWN_METHOD');
    expect(error.message).toBe('Chức năng được yêu cầu không tồn tại.');
    await station.close();
  });

  it('a malformed envelope is a bad request', async () => {
    const station = await testStation();
    for (const request of [null, 'system.info', { method: 42 }, { method: 'system.info', input: {}, extra: 1 }]) {
      expect(expectError(await station.dispatcher.dispatch(request, { transport: 'http' })).code).toBe('BAD_REQUEST');
    }
    await station.close();
  });

  it('an anonymous caller must log in for officer methods; an officer is forbidden admin methods', async () => {
    const station = await testStation();
    await seedDemoInto(station);
    expect(expectError(await station.call('users.list', {})).code).toBe('UNAUTHENTICATED');
    const officer = await loginAs(station, 'officer');
    const forbidden = expectError(await station.call('users.list', {}, officer));
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(forbidden.message).toMatch(/không có quyền/);
    await station.close();
  });

  it('kiosk and display terminals are anonymous but may read the service areas', async () => {
    const station = await testStation();
    await seedDemoInto(station);
    const areas = expectOk(await station.call('catalogue.serviceAreas', {})) as { name: string }[];
    expect(areas.map((a) => a.name)).toEqual(['Hộ tịch', 'Chứng thực', 'Đất đai – Xây dựng', 'Lao động – Thương binh – Xã hội']);
    expect(expectError(await station.call('catalogue.procedures', {})).code).toBe('UNAUTHENTICATED');
    await station.close();
  });

  it('invalid input is refused with Vietnamese messages per field and changes nothing', async () => {
    const station = await testStation();
    await seedDemoInto(station);
    const admin = await loginAs(station, 'admin');
    const before = station.services.site.get();
    const error = expectError(
      await station.call('site.update', { agencyCode: 'H56', agencyName: '', centreName: 'x', provinceName: 'y', hack: true }, admin),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    const paths = error.issues!.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['agencyCode', 'agencyName', '']));
    expect(error.issues!.find((i) => i.path === 'agencyCode')!.message).toMatch(/000\.00\.00\.H00/);
    expect(error.detail).toMatch(/^Invalid input for site.update/);
    expect(station.services.site.get()).toEqual(before);
    await station.close();
  });

  it('searches procedures without diacritics', async () => {
    const station = await testStation();
    await seedDemoInto(station);
    const officer = await loginAs(station, 'officer');
    const found = expectOk(await station.call('catalogue.procedures', { query: 'chung thuc chu ky' }, officer)) as { name: string }[];
    expect(found.map((p) => p.name)).toEqual(['Chứng thực chữ ký trong giấy tờ, văn bản']);
    const byCode = expectOk(await station.call('catalogue.procedures', { query: '1.001193' }, officer)) as { name: string }[];
    expect(byCode.map((p) => p.name)).toEqual(['Đăng ký khai sinh']);
    const wildcard = expectOk(await station.call('catalogue.procedures', { query: '%' }, officer)) as unknown[];
    expect(wildcard).toEqual([]);
    await station.close();
  });

  it('an unexpected failure is an INTERNAL error, logged in English without the input', async () => {
    const station = await testStation();
    await seedDemoInto(station);
    const admin = await loginAs(station, 'admin');
    station.services.db.exec('DROP TABLE outbox_payloads'); // every write appends to the outbox: this one cannot
    const error = expectError(
      await station.call('site.update', { ...station.services.site.get(), centreName: 'Trung tâm Nguyễn Văn A' }, admin),
    );
    expect(error.code).toBe('INTERNAL');
    const logged = JSON.stringify(station.log);
    expect(logged).toMatch(/Unexpected error in API call/);
    expect(logged).not.toMatch(/Nguyễn/);
    await station.close();
  });
});
