/**
 * Where each event's payload sits in a POST /v1/events body, so the server stores
 * the payload's JSON as the station sent it instead of serialising the parsed
 * value again (JSON.stringify of every payload was the largest single cost of a
 * push batch after parsing it). The stored text means what the parsed value
 * means: it is the same JSON, with the sender's spacing and key order.
 *
 * Run only on a body JSON.parse has accepted, so the bytes are valid JSON and
 * this reads structure without checking it. It walks the top level and the
 * events array; strings are skipped by searching for their closing quote. Keys
 * are compared as bytes, and decoded only when they hold an escape. Whatever it
 * cannot account for (a body of another shape) gives null, and the caller then
 * serialises the parsed payloads as before.
 */

const quote = 0x22;
const backslash = 0x5c;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const comma = 0x2c;
const colon = 0x3a;

const isSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

function skipSpace(bytes: Buffer, at: number): number {
  while (isSpace(bytes[at])) at += 1;
  return at;
}

/** The index just past the string that opens at `at`. */
function skipString(bytes: Buffer, at: number): number {
  let from = at + 1;
  for (;;) {
    const end = bytes.indexOf(quote, from);
    if (end < 0) throw new RangeError('unterminated string');
    let escapes = 0;
    while (bytes[end - 1 - escapes] === backslash) escapes += 1;
    if (escapes % 2 === 0) return end + 1;
    from = end + 1;
  }
}

/** The index just past the value that starts at `at`. */
function skipValue(bytes: Buffer, at: number): number {
  const first = bytes[at];
  if (first === quote) return skipString(bytes, at);
  if (first === openBrace || first === openBracket) {
    let depth = 0;
    for (let i = at; i < bytes.length; ) {
      const byte = bytes[i]!;
      if (byte === quote) {
        i = skipString(bytes, i);
        continue;
      }
      if (byte === openBrace || byte === openBracket) depth += 1;
      else if ((byte === closeBrace || byte === closeBracket) && --depth === 0) return i + 1;
      i += 1;
    }
    throw new RangeError('unterminated value');
  }
  let i = at;
  while (i < bytes.length && bytes[i] !== comma && bytes[i] !== closeBrace && bytes[i] !== closeBracket && !isSpace(bytes[i])) i += 1;
  return i;
}

interface Member {
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

/** The members of the object that starts at `at`, and the index just past it. */
function membersOf(bytes: Buffer, at: number): { members: Member[]; end: number } {
  if (bytes[at] !== openBrace) throw new RangeError('not an object');
  const members: Member[] = [];
  let i = skipSpace(bytes, at + 1);
  if (bytes[i] === closeBrace) return { members, end: i + 1 };
  for (;;) {
    const keyStart = i;
    const keyEnd = skipString(bytes, keyStart);
    i = skipSpace(bytes, keyEnd);
    if (bytes[i] !== colon) throw new RangeError('expected a colon');
    const valueStart = skipSpace(bytes, i + 1);
    const valueEnd = skipValue(bytes, valueStart);
    members.push({ keyStart, keyEnd, valueStart, valueEnd });
    i = skipSpace(bytes, valueEnd);
    if (bytes[i] === comma) i = skipSpace(bytes, i + 1);
    else if (bytes[i] === closeBrace) return { members, end: i + 1 };
    else throw new RangeError('expected a comma or a closing brace');
  }
}

function keyIs(bytes: Buffer, member: Member, name: string): boolean {
  const raw = bytes.subarray(member.keyStart + 1, member.keyEnd - 1);
  if (raw.includes(backslash)) return JSON.parse(bytes.toString('utf8', member.keyStart, member.keyEnd)) === name;
  return raw.length === name.length && raw.toString('latin1') === name;
}

/** The last member named `name` (JSON.parse keeps the last of repeated keys). */
function lastNamed(bytes: Buffer, members: readonly Member[], name: string): Member | undefined {
  for (let i = members.length - 1; i >= 0; i -= 1) if (keyIs(bytes, members[i]!, name)) return members[i];
  return undefined;
}

/**
 * The JSON bytes of each event's payload, in the order of the events array; undefined
 * for an event without one; null if the body is not an object with an events array.
 */
export function eventPayloadBytes(body: Buffer): (Buffer | undefined)[] | null {
  try {
    const top = membersOf(body, skipSpace(body, 0));
    const events = lastNamed(body, top.members, 'events');
    if (!events || body[events.valueStart] !== openBracket) return null;
    const payloads: (Buffer | undefined)[] = [];
    let i = skipSpace(body, events.valueStart + 1);
    if (body[i] === closeBracket) return payloads;
    for (;;) {
      const event = membersOf(body, i);
      const payload = lastNamed(body, event.members, 'payload');
      payloads.push(payload ? body.subarray(payload.valueStart, payload.valueEnd) : undefined);
      i = skipSpace(body, event.end);
      if (body[i] === comma) i = skipSpace(body, i + 1);
      else if (body[i] === closeBracket) return payloads;
      else return null;
    }
  } catch {
    return null;
  }
}
