/**
 * Where each event's payload sits in a POST /v1/events body, so the server stores
 * the payload's JSON as the station sent it instead of serialising the parsed
 * value again (JSON.stringify of every payload was the largest single cost of a
 * push batch after parsing it). The stored text means what the parsed value
 * means: it is the same JSON, with the sender's spacing and key order.
 *
 * Run only on a body JSON.parse has accepted, so the bytes are valid JSON and
 * this reads structure without checking it: one pass over the bytes, in one loop
 * (a call per string or per value cost more than the stringify it replaces),
 * tracking the nesting and, in objects, whether a string is a key. Keys are
 * compared as bytes, and decoded only when they hold an escape. Whatever it cannot
 * account for (a body of another shape) gives null, and the caller then
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

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** Whether the string token body[start, end) (quotes included) is the key `name`. */
function keyIs(body: Buffer, start: number, end: number, name: Buffer): boolean {
  for (let i = start + 1; i < end - 1; i += 1) {
    if (body[i] === backslash) return JSON.parse(body.toString('utf8', start, end)) === name.toString('latin1');
  }
  return end - start - 2 === name.length && body.compare(name, 0, name.length, start + 1, end - 1) === 0;
}

const eventsKey = Buffer.from('events');
const payloadKey = Buffer.from('payload');

// Nesting levels: 1 the body, 2 the events array, 3 an event.
const bodyLevel = 1;
const eventsLevel = 2;
const eventLevel = 3;

/**
 * The JSON bytes of each event's payload, in the order of the events array; undefined
 * for an event without one; null if the body is not an object with an events array.
 * Elements of the array that are not objects are skipped (the caller compares counts).
 */
export function eventPayloadBytes(body: Buffer): (Buffer | undefined)[] | null {
  const length = body.length;
  // Per level: whether it is an object, and whether a string there now would be a key.
  const isObject: boolean[] = [false];
  const atKey: boolean[] = [false];
  let depth = 0;
  let payloads: (Buffer | undefined)[] | null = null;
  let eventsNext = false; // the body's "events" key was just read: its value opens the events array
  let inEvents = false;
  let payloadNext = false; // an event's "payload" key was just read
  let payloadStart = -1;
  let payload: Buffer | undefined;
  let i = 0;
  while (i < length) {
    const byte = body[i]!;
    if (byte === quote) {
      const start = i;
      for (i += 1; body[i] !== quote; i += 1) if (body[i] === backslash) i += 1;
      i += 1;
      if (atKey[depth]) {
        if (depth === bodyLevel) eventsNext = keyIs(body, start, i, eventsKey);
        else if (depth === eventLevel && inEvents) payloadNext = keyIs(body, start, i, payloadKey);
      }
      continue;
    }
    if (byte === openBrace || byte === openBracket) {
      if (depth === bodyLevel && byte === openBracket && eventsNext) {
        inEvents = true;
        payloads = []; // a repeated "events" key: JSON.parse keeps the last
      } else if (depth === eventsLevel && inEvents && byte === openBrace) {
        payload = undefined;
      }
      depth += 1;
      isObject[depth] = byte === openBrace;
      atKey[depth] = byte === openBrace;
    } else if (byte === closeBrace || byte === closeBracket) {
      if (depth === eventLevel && inEvents && isObject[depth]) {
        if (payloadStart >= 0) payload = body.subarray(payloadStart, trimEnd(body, i));
        payloadStart = -1;
        payloads!.push(payload);
      }
      if (depth === eventsLevel && inEvents) inEvents = false;
      depth -= 1;
    } else if (byte === colon) {
      atKey[depth] = false;
      if (depth === eventLevel && payloadNext) {
        payloadNext = false;
        payloadStart = i + 1;
        while (isSpace(body[payloadStart]!)) payloadStart += 1;
      }
    } else if (byte === comma) {
      atKey[depth] = isObject[depth]!;
      if (depth === eventLevel && payloadStart >= 0) {
        payload = body.subarray(payloadStart, trimEnd(body, i));
        payloadStart = -1;
      }
    }
    i += 1;
  }
  return payloads;
}

/** The end of a value that ends before `at`, without the spaces before `at`. */
function trimEnd(body: Buffer, at: number): number {
  while (isSpace(body[at - 1]!)) at -= 1;
  return at;
}
