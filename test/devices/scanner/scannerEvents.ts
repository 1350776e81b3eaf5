import type { Scanner, ScannerEvents } from '../../../main/devices/scanner/scanner';

/** Resolves with the next `event` the scanner emits: tests wait for I/O, never for time. */
export function nextEvent<E extends keyof ScannerEvents>(scanner: Scanner, event: E): Promise<ScannerEvents[E]> {
  return new Promise((resolve) => {
    const listener = (...args: ScannerEvents[E]) => {
      scanner.off(event, listener);
      resolve(args);
    };
    scanner.on(event, listener);
  });
}

/** Everything the scanner emits, in order, for assertions on the whole story. */
export function recordEvents(scanner: Scanner) {
  const scans: string[] = [];
  const garbled: ScannerEvents['garbled'][0][] = [];
  const statuses: Array<{ state: ScannerEvents['status'][0] } & ScannerEvents['status'][1]> = [];
  scanner.on('scan', (text) => scans.push(text));
  scanner.on('garbled', (scan) => garbled.push(scan));
  scanner.on('status', (state, detail) => statuses.push({ state, ...detail }));
  return { scans, garbled, statuses };
}
