/**
 * How worried the admin should be about a device state, and its words. The
 * printer counts as needing someone in every state but "ready": a kiosk without
 * a working printer hands out no tickets.
 */
import type { DevicesStatus } from '@contract';
import type { MessageKey } from '../../i18n/messages';

export type DeviceState = DevicesStatus['ticketPrinter']['state'];
export type Severity = 'ok' | 'unchecked' | 'warning' | 'danger';

const severities: Record<DeviceState, Severity> = {
  ready: 'ok',
  connected: 'ok',
  unknown: 'unchecked',
  not_configured: 'warning',
  paper_out: 'danger',
  offline: 'danger',
  disconnected: 'danger',
  error: 'danger',
};

export function severityOf(state: DeviceState): Severity {
  return severities[state];
}

export function printerNeedsAttention(state: DeviceState): boolean {
  return severityOf(state) !== 'ok';
}

export const stateLabels: Record<DeviceState, MessageKey> = {
  ready: 'adminDevices.states.ready',
  connected: 'adminDevices.states.connected',
  unknown: 'adminDevices.states.unknown',
  not_configured: 'adminDevices.states.not_configured',
  paper_out: 'adminDevices.states.paper_out',
  offline: 'adminDevices.states.offline',
  disconnected: 'adminDevices.states.disconnected',
  error: 'adminDevices.states.error',
};
