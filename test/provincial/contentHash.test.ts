import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, eventContentHash } from './contentHash';

/** The definition, written independently: canonicalJson must give exactly this text. */
function definition(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : definition(item))).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${definition(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const nested = {
  zeta: [3, { y: 'ý', x: null, w: [{ b: 2, a: 1 }, [], {}] }],
  MaHoSo: '000.31.38.H56-261123-0001',
  alpha: { c: true, b: false, a: -0, d: 1.5e-7, e: 1e21, f: Number.NaN, g: Number.POSITIVE_INFINITY },
  '10': 'integer-like keys sort as text',
  '9': 'nine',
  'Đ': 'non-ASCII key',
  'a"quoted\\key\n': 'escapes',
  gone: undefined,
  list: [undefined, null, 'x\u0000y', '\ud800 lone surrogate'],
  TaiLieuNop: [{ TepDinhKemId: null, TenTepDinhKem: 'Tờ khai', IsDeleted: false }],
};

describe('the event content hash', () => {
  it('writes canonical JSON exactly as the recursive definition does, for nested, unsorted and odd inputs', () => {
    const withHole: unknown[] = [1, 2, 3];
    delete withHole[1];
    const samples: unknown[] = [nested, [nested, [nested]], 'text', 42, true, null, undefined, [], {}, withHole, { b: { d: 1, c: 2 }, a: [{ z: 1, y: [2, 1] }] }];
    for (const sample of samples) expect(canonicalJson(sample)).toBe(definition(sample));
  });

  it('does not depend on the order of keys', () => {
    const reordered = JSON.parse(JSON.stringify(nested, Object.keys(nested).reverse().concat(['y', 'x', 'w', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'TepDinhKemId', 'TenTepDinhKem', 'IsDeleted']))) as unknown;
    expect(canonicalJson(reordered)).toBe(canonicalJson(JSON.parse(JSON.stringify(nested))));
  });

  it('is the SHA-256 of the canonical {type, aggregateType, aggregateId, payload}', () => {
    const event = { type: 'dossier.received', aggregateType: 'dossier', aggregateId: 'X-1', payload: nested };
    expect(eventContentHash(event)).toBe(createHash('sha256').update(definition(event)).digest('hex'));
    const none = { type: 'site.profile', aggregateType: 'site', aggregateId: 's', payload: undefined };
    expect(eventContentHash(none)).toBe(createHash('sha256').update(definition(none)).digest('hex'));
  });
});
