import { describe, expect, it } from 'vitest';
import {
  HidPosScanAssembler,
  newlandHidPosLayout,
  parseHidPosReport,
  standardHidPosLayout,
  type AssemblerOutput,
} from '../../../main/devices/scanner/hidPosReport';
import { cccdText, longCccdText } from './cccdFixtures';
import {
  cccdNewlandReports,
  cccdStandardReports,
  ean13StandardReport,
  longCccdNewlandReports,
  longCccdStandardReports,
  vendorReplyReport,
} from './hidPosFixtures';

const text = (output: AssemblerOutput | null) =>
  output?.kind === 'scan' ? new TextDecoder('utf-8', { fatal: true }).decode(output.scan.bytes) : output;

describe('reading one HID-POS report (standard layout)', () => {
  it('takes the length, AIM identifier, code ID and continuation flag from their bytes, and drops the padding', () => {
    expect(parseHidPosReport(ean13StandardReport, standardHidPosLayout)).toEqual({
      kind: 'data',
      data: new TextEncoder().encode('8934563138164'),
      aim: ']E0',
      vendorSymbology: 0x64,
      more: 'no',
    });
    expect(parseHidPosReport(cccdStandardReports[0]!, standardHidPosLayout)).toMatchObject({ aim: ']Q1', vendorSymbology: 0x73, more: 'yes' });
  });

  it('skips reports with another ID, reports too short for the layout, and lengths beyond the data field', () => {
    expect(parseHidPosReport(vendorReplyReport, standardHidPosLayout)).toEqual({ kind: 'skipped', reason: 'other_report' });
    expect(parseHidPosReport(ean13StandardReport.subarray(0, 40), standardHidPosLayout)).toEqual({ kind: 'skipped', reason: 'too_short' });
    const lying = Buffer.from(ean13StandardReport);
    lying[1] = 57;
    expect(parseHidPosReport(lying, standardHidPosLayout)).toEqual({ kind: 'skipped', reason: 'bad_length' });
  });

  it('AIM identifiers switched off (zeros) read as no symbology', () => {
    const noAim = Buffer.from(ean13StandardReport);
    noAim.fill(0, 2, 5);
    expect(parseHidPosReport(noAim, standardHidPosLayout)).toMatchObject({ kind: 'data', aim: null });
  });
});

describe('putting a scan back together from its reports', () => {
  it('a Vietnamese CCCD over two 64-byte reports is one scan, ended by the clear flag', () => {
    const assembler = new HidPosScanAssembler(standardHidPosLayout);
    expect(assembler.push(cccdStandardReports[0]!)).toBeNull();
    const output = assembler.push(cccdStandardReports[1]!);
    expect(text(output)).toBe(cccdText);
    expect(output).toMatchObject({ kind: 'scan', scan: { aim: ']Q1', endedByIdleGap: false } });
    expect(assembler.hasPending()).toBe(false);
  });

  it('a letter cut between two reports ("ố" in report 1 and 2) is joined before decoding', () => {
    const assembler = new HidPosScanAssembler(standardHidPosLayout);
    const outputs = longCccdStandardReports.map((report) => assembler.push(report));
    expect(outputs.slice(0, 2)).toEqual([null, null]);
    expect(text(outputs[2]!)).toBe(longCccdText);
  });

  it('reports of other kinds in between do not disturb the scan', () => {
    const assembler = new HidPosScanAssembler(standardHidPosLayout);
    assembler.push(cccdStandardReports[0]!);
    expect(assembler.push(vendorReplyReport)).toBeNull();
    expect(text(assembler.push(cccdStandardReports[1]!))).toBe(cccdText);
  });

  it('Newland: no flag, so a report that is not full ends the scan', () => {
    const assembler = new HidPosScanAssembler(newlandHidPosLayout);
    const outputs = longCccdNewlandReports.map((report) => assembler.push(report));
    expect(outputs.slice(0, 2)).toEqual([null, null]);
    expect(text(outputs[2]!)).toBe(longCccdText);
    expect(outputs[2]).toMatchObject({ scan: { aim: null } });
  });

  it('Newland: a scan that fills its last report exactly waits, and the idle gap ends it', () => {
    const assembler = new HidPosScanAssembler(newlandHidPosLayout);
    expect(cccdNewlandReports.map((report) => assembler.push(report))).toEqual([null, null]);
    const output = assembler.takePending();
    expect(text(output)).toBe(cccdText);
    expect(output).toMatchObject({ scan: { endedByIdleGap: true } });
  });

  it('a scan that never ends within the limit is reported as overlong, once', () => {
    const assembler = new HidPosScanAssembler(standardHidPosLayout, 100);
    expect(longCccdStandardReports.map((report) => assembler.push(report))).toEqual([null, null, { kind: 'overlong', byteLength: 157, aim: ']Q1' }]);
    expect(assembler.hasPending()).toBe(false);
  });
});
