import { describe, expect, it } from 'vitest';
import type { DevicesConfig } from '@contract';
import { devicesConfigSchema } from '@contract';
import { configOf, draftChanged, draftOf, missingFields, newScannerDraft, scannerState } from '../../../renderer/src/screens/admin/deviceDraft';
import { printerNeedsAttention, severityOf } from '../../../renderer/src/screens/admin/deviceStates';

const empty: DevicesConfig = devicesConfigSchema.parse({ ticketPrinter: null, documentPrinterQueue: null, scanners: [], publicUrl: null });

describe('devices form', () => {
  it('turns an untouched form back into the configuration it came from', () => {
    const saved = devicesConfigSchema.parse({
      ticketPrinter: { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 19200, widthDots: 384 },
      documentPrinterQueue: 'A4-quay',
      scanners: [
        { kind: 'serial', path: '/dev/ttyACM0', baudRate: 9600, counterId: 2 },
        { kind: 'hid', usbId: '0c2e:0b8f', counterId: 3 },
        { kind: 'hid', usbId: null, counterId: 1 },
      ],
      publicUrl: 'http://192.168.1.10:8686',
    });
    expect(devicesConfigSchema.parse(configOf(draftOf(saved), saved))).toEqual(saved);
    expect(draftChanged(draftOf(saved), saved)).toBe(false);
  });

  it('builds an OS-queue printer from the form and keeps the paper width', () => {
    const draft = { ...draftOf(empty), printerKind: 'os' as const, osQueue: '  khong-ton-tai ', widthDots: 384 as const };
    expect(configOf(draft, empty).ticketPrinter).toEqual({ kind: 'os', queue: 'khong-ton-tai', widthDots: 384 });
    expect(draftChanged(draft, empty)).toBe(true);
  });

  it('sends an empty A4 queue and an empty public address as "none"', () => {
    const draft = { ...draftOf(empty), documentPrinterQueue: '   ', publicUrl: '' };
    const config = configOf(draft, empty);
    expect(config.documentPrinterQueue).toBeNull();
    expect(config.publicUrl).toBeNull();
  });

  it('carries settings it does not show over untouched', () => {
    const saved = { ...empty, laterSetting: { kept: true } } as unknown as DevicesConfig;
    expect(configOf(draftOf(saved), saved)).toMatchObject({ laterSetting: { kept: true } });
  });

  it('names empty mandatory fields under the paths the station uses', () => {
    const draft = {
      ...draftOf(empty),
      printerKind: 'serial' as const,
      // A HID-POS scanner needs no port: its USB id is optional.
      scanners: [newScannerDraft(0), { ...newScannerDraft(1), kind: 'hid' as const, counterId: 2 }],
    };
    expect(missingFields(draft, 'Vui lòng nhập thông tin này.').map((issue) => issue.path)).toEqual([
      'ticketPrinter.path',
      'scanners.0.path',
      'scanners.0.counterId',
    ]);
  });

  it('sends a scan folder with its counter, an emptied folder as "none", and asks for the counter a folder lacks', () => {
    const saved = devicesConfigSchema.parse({ ...empty, scanFolder: { path: '/srv/scan/quay1', counterId: 1 } });
    expect(draftOf(saved)).toMatchObject({ scanFolderPath: '/srv/scan/quay1', scanFolderCounterId: 1 });
    expect(devicesConfigSchema.parse(configOf(draftOf(saved), saved))).toEqual(saved);

    const moved = { ...draftOf(saved), scanFolderPath: ' /srv/scan/quay2 ', scanFolderCounterId: 2 };
    expect(configOf(moved, saved).scanFolder).toEqual({ path: '/srv/scan/quay2', counterId: 2 });
    expect(configOf({ ...moved, scanFolderPath: '  ' }, saved).scanFolder).toBeNull();
    expect(missingFields({ ...moved, scanFolderCounterId: null }, 'Vui lòng nhập thông tin này.').map((issue) => issue.path)).toEqual(['scanFolder.counterId']);
  });

  it('finds the live state of a saved scanner row, and none for a row not saved yet', () => {
    const live = [
      { path: '/dev/ttyACM0', counterId: 2, state: 'disconnected' as const, message: 'Không mở được cổng' },
      { path: 'HID-POS 0c2e:0b8f', counterId: 3, state: 'connected' as const, message: null },
    ];
    expect(scannerState({ ...newScannerDraft(0), path: '/dev/ttyACM0', counterId: 2 }, live)?.state).toBe('disconnected');
    expect(scannerState({ ...newScannerDraft(1), path: '/dev/ttyACM1', counterId: 2 }, live)).toBeNull();
    // The station names a HID-POS scanner by its id in lower case, whatever the admin typed.
    expect(scannerState({ ...newScannerDraft(2), kind: 'hid', usbId: ' 0C2E:0B8F ', counterId: 3 }, live)?.state).toBe('connected');
    expect(scannerState({ ...newScannerDraft(3), kind: 'hid', usbId: '', counterId: 3 }, live)).toBeNull();
  });

  it('sends a HID-POS row with its USB id, an empty id as "the first scanner found"', () => {
    const draft = { ...draftOf(empty), scanners: [{ ...newScannerDraft(0), kind: 'hid' as const, usbId: ' 0C2E:0B8F ', counterId: 2 }, { ...newScannerDraft(1), kind: 'hid' as const, counterId: 3 }] };
    expect(devicesConfigSchema.parse(configOf(draft, empty)).scanners).toEqual([
      { kind: 'hid', usbId: '0c2e:0b8f', counterId: 2 },
      { kind: 'hid', usbId: null, counterId: 3 },
    ]);
    const typo = { ...draft, scanners: [{ ...newScannerDraft(0), kind: 'hid' as const, usbId: '0c2e-0b8f', counterId: 2 }] };
    const refused = devicesConfigSchema.safeParse(configOf(typo, empty));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['scanners.0.usbId', expect.stringMatching(/VID:PID/)]]);
  });
});

describe('device states', () => {
  it('treats every printer state but "ready" as needing someone', () => {
    expect(printerNeedsAttention('ready')).toBe(false);
    for (const state of ['not_configured', 'unknown', 'paper_out', 'offline', 'error'] as const) expect(printerNeedsAttention(state)).toBe(true);
  });

  it('shows paper out and offline as danger, not configured as a warning', () => {
    expect(severityOf('paper_out')).toBe('danger');
    expect(severityOf('offline')).toBe('danger');
    expect(severityOf('not_configured')).toBe('warning');
    expect(severityOf('unknown')).toBe('unchecked');
  });
});
