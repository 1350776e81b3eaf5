/**
 * Carrying out a keyboard-wedge verdict on a text field: take back the characters
 * a burst already put in (`retract`), give back the ones held as a possible scan
 * that were typing after all (`restore`). The text arithmetic is pure; the DOM
 * part writes through the native value setter and fires `input`, so React's
 * controlled fields see the change like any typing.
 */

export interface TextEdit {
  value: string;
  caret: number;
}

/** `retract` characters (code points) removed before the caret, then `restore` inserted there. */
export function editedText(value: string, caret: number, retract: number, restore: string): TextEdit {
  const at = Math.max(0, Math.min(caret, value.length));
  let before = value.slice(0, at);
  const after = value.slice(at);
  if (retract > 0) {
    const points = Array.from(before);
    before = points.slice(0, Math.max(0, points.length - retract)).join('');
  }
  return { value: before + restore + after, caret: before.length + restore.length };
}

export type EditableField = HTMLInputElement | HTMLTextAreaElement;

const textInputTypes = new Set(['text', 'search', 'tel', 'url', 'email', 'password', 'number', '']);

/** The field a key typed into, if it is one whose text we can edit. */
export function editableField(target: EventTarget | null): EditableField | null {
  if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? null : target;
  if (target instanceof HTMLInputElement && textInputTypes.has(target.type)) return target.readOnly || target.disabled ? null : target;
  return null;
}

/** Where the caret is; fields without a selection API (email, number) are edited at the end. */
function caretOf(field: EditableField): number {
  try {
    return field.selectionStart ?? field.value.length;
  } catch {
    return field.value.length;
  }
}

export function applyEdit(field: EditableField, retract: number, restore: string): void {
  if (retract === 0 && restore === '') return;
  const edit = editedText(field.value, caretOf(field), retract, restore);
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set;
  if (setter) setter.call(field, edit.value);
  else field.value = edit.value;
  try {
    field.setSelectionRange(edit.caret, edit.caret);
  } catch {
    // email/number fields have no caret to place.
  }
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
