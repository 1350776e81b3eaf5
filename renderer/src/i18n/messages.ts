/**
 * The message files and the lookup over them. Vietnamese is the default and the
 * reference: the English file must have exactly the same keys, checked by the
 * compiler in both directions below.
 */
import en from './en.json';
import vi from './vi.json';

export type Messages = typeof vi;
export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

// Same shape both ways: a key missing from either file fails `tsc -b renderer`.
const enChecked: Messages = en;
const viChecked: typeof en = vi;
const catalogues: Record<Language, Messages> = { vi: viChecked, en: enChecked };

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message key, e.g. `counter.queueEmpty`. */
export type MessageKey = Leaves<Messages>;
export type MessageParams = Record<string, string | number>;

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function fill(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The text of a key known at compile time. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return fill(lookup(catalogues[language], key) ?? key, params);
}

/** The text of a key built at run time (e.g. `errors.<CODE>`), or undefined if the files lack it. */
export function translateOptional(language: Language, key: string, params?: MessageParams): string | undefined {
  const template = lookup(catalogues[language], key);
  return template === undefined ? undefined : fill(template, params);
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
