/**
 * Reaching into pdfmake's internals (for the render speed-ups in this folder).
 *
 * pdfmake's `js/` files are CommonJS with the class or object on
 * `exports.default`; depending on how the file is loaded (tsx, vitest,
 * Electron's bundle) the import is that export or the whole `exports` object.
 */

/** A pdfmake module's export, whichever way the module was loaded. */
export function pdfmakeExport(module: unknown): unknown {
  if (typeof module === 'function') return module;
  if (typeof module === 'object' && module !== null && 'default' in module) return module.default;
  return module;
}

/** The class a pdfmake module exports, or null when it exports something else. */
export function pdfmakeClass(module: unknown): { prototype: Record<PropertyKey, unknown> } | null {
  const exported = pdfmakeExport(module);
  return typeof exported === 'function' ? (exported as unknown as { prototype: Record<PropertyKey, unknown> }) : null;
}

/**
 * Replaces method `name` of the class a pdfmake module exports, once per process
 * (`marker` remembers it on the prototype). `wrap` receives pdfmake's method and
 * returns the replacement, or null to leave pdfmake as it is. Nothing happens
 * when the module is not shaped as expected.
 */
export function replaceMethod<Method>(module: unknown, name: string, marker: symbol, wrap: (original: Method) => Method | null): void {
  const prototype = pdfmakeClass(module)?.prototype;
  if (!prototype || prototype[marker]) return;
  const original = prototype[name];
  if (typeof original !== 'function') return;
  const replacement = wrap(original as Method);
  if (replacement === null) return;
  prototype[name] = replacement;
  prototype[marker] = true;
}

/** pdfmake's own test for a property that is set: anything but undefined and null. */
export const isValue = (value: unknown): boolean => value !== undefined && value !== null;
