import { describe, expect, it } from 'vitest';
import { eventPayloadBytes } from './payloadBytes';
import { seededRandom, type Random } from '../helpers/seededRandom';

const parsedPayloads = (body: string) => (JSON.parse(body) as { events: { payload?: unknown }[] }).events.map((e) => e.payload);
const slices = (body: string) => eventPayloadBytes(Buffer.from(body))?.map((b) => (b === undefined ? undefined : JSON.parse(b.toString('utf8')) as unknown));

/** Random JSON text: nested values, strings with quotes, backslashes, braces, escapes and Vietnamese, random spacing. */
function randomJson(random: Random, depth = 0): string {
  const space = () => [' ', '', '\n  ', '\t', ''][Math.floor(random() * 5)]!;
  const pick = Math.floor(random() * (depth > 3 ? 4 : 6));
  const strings = ['Nguyễn Văn \\"Đức\\"', 'a\\\\', '{[}]', '\\"', '\\u0041\\n', 'payload', '', '\\\\\\"x'];
  if (pick === 0) return `"${strings[Math.floor(random() * strings.length)]}"`;
  if (pick === 1) return String(Math.round(random() * 1e6) / 100 - 5000);
  if (pick === 2) return ['true', 'false', 'null', '-1.5e3'][Math.floor(random() * 4)]!;
  if (pick === 3) return `"${'x'.repeat(Math.floor(random() * 3))}"`;
  if (pick === 4) return `[${space()}${Array.from({ length: Math.floor(random() * 4) }, () => randomJson(random, depth + 1)).join(`${space()},${space()}`)}${space()}]`;
  const keys = ['a', 'payload', 'TaiLieuNop', 'p\\u0061yload', '"}'.replace('"', '\\"')];
  const members = Array.from({ length: Math.floor(random() * 4) }, () => `"${keys[Math.floor(random() * keys.length)]}"${space()}:${space()}${randomJson(random, depth + 1)}`);
  return `{${space()}${members.join(`${space()},${space()}`)}${space()}}`;
}

describe("the bytes of each event's payload in a push body", () => {
  it('are, for random bodies, the same JSON as the parsed payloads (escapes, nesting, spacing, repeated keys)', () => {
    const random = seededRandom(5);
    for (let round = 0; round < 2000; round += 1) {
      const events = Array.from({ length: Math.floor(random() * 4) }, () => {
        const parts = [`"eventId":"e${round}"`, `"payload" : ${randomJson(random)}`];
        if (random() < 0.2) parts.push(`"payload":${randomJson(random)}`); // JSON.parse keeps the last
        if (random() < 0.1) parts.splice(1, 1); // no payload at all
        if (random() < 0.1) parts.push(`"p\\u0061yload":${randomJson(random)}`); // an escaped key is the same key
        return `{ ${parts.join(' , ')} }`;
      });
      const body = ` {"siteId":"000.31.38.H56", "events" :\n[${events.join(',\n')}] } `;
      const expected = parsedPayloads(body);
      expect(slices(body), body).toEqual(expected);
    }
  });

  it('keep the text as sent', () => {
    const body = '{"siteId":"s","events":[{"payload":{ "b" : 1, "a":"Đức" }},{"payload":null}]}';
    expect(eventPayloadBytes(Buffer.from(body))!.map((b) => b?.toString('utf8'))).toEqual(['{ "b" : 1, "a":"Đức" }', 'null']);
  });

  it('are not given for a body of another shape (the server then serialises the parsed payloads)', () => {
    for (const body of ['[]', '{"events":{}}', '{"siteId":"s"}', '"x"']) {
      expect(eventPayloadBytes(Buffer.from(body)), body).toBeNull();
    }
    // Elements that are not events are not counted: the server sees fewer payloads than events and serialises instead.
    expect(eventPayloadBytes(Buffer.from('{"events":[1,{"payload":2},"x",[{"payload":3}]]}'))!.map(String)).toEqual(['2']);
    expect(eventPayloadBytes(Buffer.from('{"events":[]}'))).toEqual([]);
  });
});
