/**
 * pdfmake's style lookup without its per-call garbage.
 *
 * pdfmake asks for about twenty style properties of every word it measures
 * (font, size, colour, decoration, link, …). Each question pushes the word and
 * its style names on the style stack, walks the stack, and builds a closure and
 * a `Set` for every named style it passes: a fifth of a receipt's layout time,
 * and much of its garbage. The two functions below give the same answers (the
 * same walk, top of the stack first, named styles with their `extends`) without
 * pushing anything or allocating unless a style extends another.
 *
 * pdfmake is pinned in package.json; if StyleContextStack is not shaped as
 * expected, nothing is replaced.
 */
import styleContextStackExport from 'pdfmake/js/StyleContextStack.js';
import { isValue, pdfmakeClass } from './pdfmakeInternals';

type Style = Record<string, unknown> & { extends?: string | string[] };

interface StyleStack {
  styleDictionary: Record<string, Style | undefined>;
  defaultStyle: Record<string, unknown> | undefined;
  styleOverrides: unknown[] | undefined;
  getProperty(property: string): unknown;
}

interface StyleStackClass {
  prototype: StyleStack & Record<PropertyKey, unknown>;
  getStyleProperty(item: unknown, stack: StyleStack | null | undefined, property: string, defaultValue: unknown): unknown;
}

const installed = Symbol.for('motcua.fastStyleLookup');

export function speedUpStyleLookup(): void {
  const exported = pdfmakeClass(styleContextStackExport);
  if (!exported) return;
  const stackClass = exported as unknown as StyleStackClass;
  const prototype = stackClass.prototype;
  if (prototype[installed]) return;
  if (typeof prototype.getProperty !== 'function' || typeof stackClass.getStyleProperty !== 'function') return;
  prototype.getProperty = getProperty;
  stackClass.getStyleProperty = getStyleProperty;
  prototype[installed] = true;
}

/** The value of `property` on the stack: overrides from the top down, then the default style. */
function getProperty(this: StyleStack, property: string): unknown {
  const value = overridesValue(this, this.styleOverrides ?? [], property);
  if (value !== undefined) return value;
  return this.defaultStyle && this.defaultStyle[property];
}

/**
 * `item[property]` if it has one, else what the stack would answer with the
 * item's style names and the item itself pushed on top (pdfmake's `auto`).
 */
function getStyleProperty(item: unknown, stack: StyleStack | null | undefined, property: string, defaultValue: unknown): unknown {
  const own = (item as Record<string, unknown>)[property];
  if (isValue(own)) return own;
  if (!stack) return defaultValue;
  let value: unknown;
  if (typeof item === 'string' || item instanceof String || (item as { section?: unknown }).section !== undefined) {
    // pdfmake pushes nothing for these.
    value = stack.getProperty(property);
  } else {
    // The item itself (top of the pushed part) has no value, or we would have returned it.
    const names = (item as { style?: unknown }).style;
    if (!names) value = undefined; // most words: no style names of their own
    else if (typeof names === 'string' || names instanceof String) value = namedStyleValue(stack.styleDictionary, String(names), property, null);
    else value = overridesValue(stack, Array.isArray(names) ? names : [names], property);
    if (!isValue(value)) value = stack.getProperty(property);
  }
  return isValue(value) ? value : defaultValue;
}

/** The first value of `property` among `overrides`, last first; undefined when none has one. */
function overridesValue(stack: StyleStack, overrides: readonly unknown[], property: string): unknown {
  for (let i = overrides.length - 1; i >= 0; i--) {
    const override = overrides[i];
    if (typeof override === 'string' || override instanceof String) {
      const value = namedStyleValue(stack.styleDictionary, String(override), property, null);
      if (isValue(value)) return value;
    } else {
      const value = (override as Record<string, unknown>)[property];
      if (isValue(value)) return value;
    }
  }
  return undefined;
}

/** A named style's value, looking through the styles it extends (last first), each style once. */
function namedStyleValue(
  dictionary: StyleStack['styleDictionary'],
  name: string,
  property: string,
  visited: Set<string> | null,
): unknown {
  if (visited) {
    if (visited.has(name)) return undefined;
    visited.add(name);
  }
  const style = dictionary[name];
  if (!style) return undefined;
  const value = style[property];
  if (isValue(value)) return value;
  if (style.extends) {
    const seen = visited ?? new Set([name]);
    const parents = Array.isArray(style.extends) ? style.extends : [style.extends];
    for (let i = parents.length - 1; i >= 0; i--) {
      const inherited = namedStyleValue(dictionary, parents[i]!, property, seen);
      if (isValue(inherited)) return inherited;
    }
  }
  return undefined;
}
