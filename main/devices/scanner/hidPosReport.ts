/**
 * Input reports of a scanner in HID-POS mode (USB HID Point of Sale Usage
 * Tables 1.02, usage page 0x8C "Bar Code Scanner", usage 0x02 "Bar Code
 * Scanner", Scanned Data Report 0x12). The spec names the fields (Symbology
 * Identifier 1–3, Decoded Data, Decoded Data Continued) but each vendor's report
 * descriptor places them, so the placement is data here: a layout per vendor,
 * and one parser and one assembler for all of them.
 *
 * Reports are as node-hid delivers them: byte 0 is the report ID, then the
 * report's fixed-size body, padded with NUL.
 */

export interface HidPosReportLayout {
  name: string;
  /** Report ID of scanned-data reports; reports with another ID (status, replies to commands) are skipped. */
  reportId: number;
  /** Shortest report that carries every field below. */
  reportLength: number;
  /** The byte counting this report's decoded data bytes; null when the data is only NUL-padded. */
  lengthOffset: number | null;
  /** Three bytes of AIM symbology identifier ("]Q1" for QR), or null when the report has none. */
  aimOffset: number | null;
  dataOffset: number;
  /** Decoded data bytes one report can hold. */
  dataCapacity: number;
  /** The vendor's own symbology code (Honeywell Code ID, Newland ID), or null. */
  vendorSymbologyOffset: number | null;
  /**
   * The "Decoded Data Continued" bit. Without one, a full report may be followed
   * by more, and the scan ends with a report that is not full or an idle gap.
   */
  moreDataFollows: { offset: number; mask: number } | null;
}

/**
 * The common layout, 64 bytes: 0 report ID 0x02 · 1 data length (≤ 56) ·
 * 2–4 AIM identifier · 5–60 data · 61 vendor code ID · 62 reserved · 63 flags,
 * bit 0 = more data follows. Documented this way in Access-IS scanner manuals;
 * Honeywell scanners in HID-POS mode send the same (code ID "s" = QR at 61,
 * the continuation flag at 63).
 */
export const standardHidPosLayout: HidPosReportLayout = {
  name: 'standard',
  reportId: 0x02,
  reportLength: 64,
  lengthOffset: 1,
  aimOffset: 2,
  dataOffset: 5,
  dataCapacity: 56,
  vendorSymbologyOffset: 61,
  moreDataFollows: { offset: 63, mask: 0x01 },
};

/**
 * Newland's HID-POS report as described for its FM-series engines: 0 report ID
 * 0x02 · 1 data length · 2–57 data · 58–61 reserved · 62 Newland code ID. No AIM
 * identifier and no continuation bit. Not yet checked against a device.
 */
export const newlandHidPosLayout: HidPosReportLayout = {
  name: 'newland',
  reportId: 0x02,
  reportLength: 63,
  lengthOffset: 1,
  aimOffset: null,
  dataOffset: 2,
  dataCapacity: 56,
  vendorSymbologyOffset: 62,
  moreDataFollows: null,
};

export const hidPosLayouts = { standard: standardHidPosLayout, newland: newlandHidPosLayout } as const;

/** Whether another report of the same scan follows: said by the flag, or guessed from a full report. */
export type MoreData = 'yes' | 'no' | 'maybe';

export type ParsedHidPosReport =
  | { kind: 'data'; data: Uint8Array; aim: string | null; vendorSymbology: number | null; more: MoreData }
  | { kind: 'skipped'; reason: 'other_report' | 'too_short' | 'bad_length' };

/** One report's fields; the data without its padding. Pure. */
export function parseHidPosReport(report: Uint8Array, layout: HidPosReportLayout): ParsedHidPosReport {
  if (report[0] !== layout.reportId) return { kind: 'skipped', reason: 'other_report' };
  if (report.length < layout.reportLength) return { kind: 'skipped', reason: 'too_short' };
  const body = report.subarray(layout.dataOffset, layout.dataOffset + layout.dataCapacity);
  let length: number;
  if (layout.lengthOffset === null) {
    length = body.length;
    while (length > 0 && body[length - 1] === 0x00) length--;
  } else {
    length = report[layout.lengthOffset]!;
    if (length > layout.dataCapacity) return { kind: 'skipped', reason: 'bad_length' };
  }
  // A copy, as a plain Uint8Array (Buffer#slice would be a view of the driver's memory).
  const data = new Uint8Array(body.subarray(0, length));
  let more: MoreData;
  if (layout.moreDataFollows) {
    const { offset, mask } = layout.moreDataFollows;
    more = (report[offset]! & mask) !== 0 ? 'yes' : 'no';
  } else {
    more = length === layout.dataCapacity ? 'maybe' : 'no';
  }
  return {
    kind: 'data',
    data,
    aim: layout.aimOffset === null ? null : aimIdentifier(report.subarray(layout.aimOffset, layout.aimOffset + 3)),
    vendorSymbology: layout.vendorSymbologyOffset === null ? null : report[layout.vendorSymbologyOffset]! || null,
    more,
  };
}

/** "]Q1", or null when the scanner left the field empty (AIM IDs switched off). */
function aimIdentifier(bytes: Uint8Array): string | null {
  if (bytes[0] !== 0x5d /* ']' */) return null;
  if (!bytes.every((byte) => byte >= 0x21 && byte <= 0x7e)) return null;
  return String.fromCharCode(...bytes);
}

/** A scan put back together from its reports: raw bytes, decoded later as a whole. */
export interface AssembledHidPosScan {
  bytes: Uint8Array;
  aim: string | null;
  /** Ended because the scanner went quiet rather than by its own end marker. */
  endedByIdleGap: boolean;
}

export type AssemblerOutput = { kind: 'scan'; scan: AssembledHidPosScan } | { kind: 'overlong'; byteLength: number; aim: string | null };

/**
 * Joins the reports of one scan. A CCCD QR (~150 bytes of UTF-8) takes three
 * reports, and a letter like "ễ" (3 bytes) may straddle two of them, so bytes
 * are joined first and decoded once.
 */
export class HidPosScanAssembler {
  private parts: Uint8Array[] = [];
  private length = 0;
  private aim: string | null = null;
  private overlong = false;

  constructor(
    private readonly layout: HidPosReportLayout,
    private readonly maxScanBytes = 4096,
  ) {}

  /** Feeds one report; returns the scan it completed, if any. Reports of other kinds are ignored. */
  push(report: Uint8Array): AssemblerOutput | null {
    const parsed = parseHidPosReport(report, this.layout);
    if (parsed.kind === 'skipped') return null;
    if (this.parts.length === 0 && !this.overlong) this.aim = parsed.aim;
    // Past the limit the bytes are only counted, for the log.
    this.length += parsed.data.length;
    if (!this.overlong) this.parts.push(parsed.data);
    if (this.length > this.maxScanBytes) {
      this.overlong = true;
      this.parts = [];
    }
    return parsed.more === 'no' ? this.finish(false) : null;
  }

  hasPending(): boolean {
    return this.length > 0 || this.overlong;
  }

  /** Ends the pending scan because no report came for a while. */
  takePending(): AssemblerOutput | null {
    return this.hasPending() ? this.finish(true) : null;
  }

  clear(): void {
    this.parts = [];
    this.length = 0;
    this.aim = null;
    this.overlong = false;
  }

  private finish(endedByIdleGap: boolean): AssemblerOutput | null {
    const { parts, length, aim, overlong } = this;
    this.clear();
    if (overlong) return { kind: 'overlong', byteLength: length, aim };
    if (length === 0) return null;
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    return { kind: 'scan', scan: { bytes, aim, endedByIdleGap } };
  }
}
