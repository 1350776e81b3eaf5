/**
 * Bar code / QR scanners at the counter, behind one interface (Scanner):
 * USB-serial (serialport) and HID-POS (node-hid, loaded lazily). Device trouble
 * comes out as a status with a Vietnamese message and the scanner reconnects by
 * itself. The keyboard-wedge detector lives in the renderer
 * (renderer/src/scanner/keyboardWedge.ts), where the keystrokes are.
 */
export type {
  GarbledReason,
  GarbledScan,
  Scanner,
  ScannerEvents,
  ScannerState,
  ScannerStatusDetail,
  ScanResult,
  ScanSource,
  TextScan,
} from './scanner';
export { ScannerError, isScannerError, scannerFaultOf, scannerFaults, stateOfFault, type ScannerFault } from './scannerError';
export { createSerialScanner, defaultIdleGapMs, defaultSerialBaudRate, type SerialBinding, type SerialScannerOptions } from './serialScanner';
export { createHidPosScanner, type HidPosScannerOptions } from './hidPosScanner';
export { hidPosLayouts, newlandHidPosLayout, parseHidPosReport, standardHidPosLayout, type HidPosReportLayout } from './hidPosReport';
export { hidMatchOf, isHidPosScanner, loadNodeHid, nodeHidLoader, pickHidPosScanner, usbIdOf, type HidDeviceHandle, type HidDeviceInfo, type HidModule, type HidScannerMatch, type LoadHidModule } from './hidTransport';
export { cardFromScan, type CardFromScan } from './cardFromScan';
export { defaultReconnectPolicy, type ReconnectPolicy } from './reconnectDelay';
