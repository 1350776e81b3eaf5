/**
 * The devices form as the admin edits it, and the configuration it becomes. The
 * form keeps text as typed; the configuration is what the station validates.
 * Settings this form does not show are carried over untouched.
 */
import { scannerLabel, type DevicesConfig, type DevicesConfigInput, type DevicesStatus, type FieldIssue, type ScannerConfig } from '@contract';

type TicketPrinter = NonNullable<DevicesConfig['ticketPrinter']>;
export type BaudRate = Extract<ScannerConfig, { kind: 'serial' }>['baudRate'];
export type ScannerKind = ScannerConfig['kind'];
export type WidthDots = TicketPrinter['widthDots'];
export type PrinterKind = 'none' | TicketPrinter['kind'];

export const baudRates: readonly BaudRate[] = [9600, 19200, 38400, 57600, 115200];
/** 58 mm paper gives 384 printable dots, 80 mm gives 576. */
export const paperWidths: ReadonlyArray<{ dots: WidthDots; millimetres: number }> = [
  { dots: 384, millimetres: 58 },
  { dots: 576, millimetres: 80 },
];

export interface ScannerDraft {
  /** Stable across edits so React keeps each row's inputs. */
  key: number;
  kind: ScannerKind;
  /** USB-serial: the port. */
  path: string;
  baudRate: BaudRate;
  /** HID-POS: "VID:PID" as typed; empty = the first HID-POS scanner found. */
  usbId: string;
  counterId: number | null;
}

export const newScannerDraft = (key: number): ScannerDraft => ({ key, kind: 'serial', path: '', baudRate: 9600, usbId: '', counterId: null });

function scannerDraftOf(scanner: ScannerConfig, key: number): ScannerDraft {
  return scanner.kind === 'serial'
    ? { ...newScannerDraft(key), path: scanner.path, baudRate: scanner.baudRate, counterId: scanner.counterId }
    : { ...newScannerDraft(key), kind: 'hid', usbId: scanner.usbId ?? '', counterId: scanner.counterId };
}

/** A row as the station will take it. A row without a counter is caught by `missingFields` before anything is sent. */
function scannerConfigOf(scanner: ScannerDraft): NonNullable<DevicesConfigInput['scanners']>[number] {
  const counterId = scanner.counterId ?? 0;
  return scanner.kind === 'serial'
    ? { kind: 'serial', path: scanner.path.trim(), baudRate: scanner.baudRate, counterId }
    : { kind: 'hid', usbId: scanner.usbId.trim().toLowerCase() || null, counterId };
}

export interface DevicesDraft {
  printerKind: PrinterKind;
  serialPath: string;
  serialBaudRate: BaudRate;
  osQueue: string;
  widthDots: WidthDots;
  documentPrinterQueue: string;
  scanners: ScannerDraft[];
  /** The folder a document scanner saves into; empty = none. */
  scanFolderPath: string;
  scanFolderCounterId: number | null;
  publicUrl: string;
}

export function draftOf(config: DevicesConfig): DevicesDraft {
  const printer = config.ticketPrinter;
  return {
    printerKind: printer?.kind ?? 'none',
    serialPath: printer?.kind === 'serial' ? printer.path : '',
    serialBaudRate: printer?.kind === 'serial' ? printer.baudRate : 9600,
    osQueue: printer?.kind === 'os' ? printer.queue : '',
    widthDots: printer?.widthDots ?? 576,
    documentPrinterQueue: config.documentPrinterQueue ?? '',
    scanners: config.scanners.map(scannerDraftOf),
    scanFolderPath: config.scanFolder?.path ?? '',
    scanFolderCounterId: config.scanFolder?.counterId ?? null,
    publicUrl: config.publicUrl ?? '',
  };
}

export function configOf(draft: DevicesDraft, saved: DevicesConfig): DevicesConfigInput {
  const ticketPrinter: DevicesConfigInput['ticketPrinter'] =
    draft.printerKind === 'serial'
      ? { kind: 'serial', path: draft.serialPath.trim(), baudRate: draft.serialBaudRate, widthDots: draft.widthDots }
      : draft.printerKind === 'os'
        ? { kind: 'os', queue: draft.osQueue.trim(), widthDots: draft.widthDots }
        : null;
  return {
    ...saved,
    ticketPrinter,
    documentPrinterQueue: draft.documentPrinterQueue.trim() || null,
    scanners: draft.scanners.map(scannerConfigOf),
    // No folder means none, whatever counter is still picked; a folder without a counter is caught below.
    scanFolder: draft.scanFolderPath.trim() ? { path: draft.scanFolderPath.trim(), counterId: draft.scanFolderCounterId ?? 0 } : null,
    publicUrl: draft.publicUrl.trim() || null,
  };
}

/** Whether the form differs from what the station holds (a test print uses the saved settings). */
export function draftChanged(draft: DevicesDraft, saved: DevicesConfig): boolean {
  return JSON.stringify(configOf(draft, saved)) !== JSON.stringify(configOf(draftOf(saved), saved));
}

/** Empty mandatory fields, under the paths the station uses for its own complaints. */
export function missingFields(draft: DevicesDraft, message: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (draft.printerKind === 'serial' && !draft.serialPath.trim()) issues.push({ path: 'ticketPrinter.path', message });
  if (draft.printerKind === 'os' && !draft.osQueue.trim()) issues.push({ path: 'ticketPrinter.queue', message });
  draft.scanners.forEach((scanner, index) => {
    if (scanner.kind === 'serial' && !scanner.path.trim()) issues.push({ path: `scanners.${index}.path`, message });
    if (scanner.counterId === null) issues.push({ path: `scanners.${index}.counterId`, message });
  });
  if (draft.scanFolderPath.trim() && draft.scanFolderCounterId === null) issues.push({ path: 'scanFolder.counterId', message });
  return issues;
}

/** The live state of a saved scanner row, or null for a row not saved yet. */
export function scannerState(scanner: ScannerDraft, live: DevicesStatus['scanners']): DevicesStatus['scanners'][number] | null {
  const label = scannerLabel(scannerConfigOf(scanner));
  return live.find((entry) => entry.path === label && entry.counterId === scanner.counterId) ?? null;
}

