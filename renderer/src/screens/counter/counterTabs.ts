/** The counter screen's three parts and their addresses, so each can be opened directly. */
import type { MessageKey } from '../../i18n/messages';

export const counterTabs = ['desk', 'intake', 'return'] as const;
export type CounterTab = (typeof counterTabs)[number];

export const counterTabPath: Record<CounterTab, string> = {
  desk: '/counter',
  intake: '/counter/tiep-nhan',
  return: '/counter/tra-ket-qua',
};

export const counterTabLabel: Record<CounterTab, MessageKey> = {
  desk: 'intake.tabs.desk',
  intake: 'intake.tabs.intake',
  return: 'intake.tabs.return',
};

export function counterTabOf(path: string): CounterTab | null {
  return counterTabs.find((tab) => counterTabPath[tab] === path) ?? null;
}
