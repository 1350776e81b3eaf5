/**
 * Listens to the keyboard of the whole screen for keyboard-wedge scans. Every key
 * goes through the detector before any field or shortcut sees it; the verdict is
 * carried out at once: a scan's keys never land in the focused field (the first
 * one is taken back), typing is never held up for long, and the finished scan is
 * handed to `onScan`.
 *
 * Characters may also arrive without a key of their own (an input method, or a
 * test's `keyboard.type` for letters a US keyboard lacks): `beforeinput` feeds
 * those to the detector like keys.
 */
import { useEffect, useRef } from 'react';
import { KeyboardWedgeDetector, type WedgeScan, type WedgeVerdict } from './keyboardWedge';
import { applyEdit, editableField, type EditableField } from './wedgeEdit';

/** A key that ends a burst without being a character (stands for Ctrl/Alt/Meta chords). */
const editingKey = 'Unidentified';
/**
 * How much later than the detector asks a stalled burst is given back. Keys carry
 * the time they were typed, but a busy page handles them late; flushing on the dot
 * could give back a scan whose next key is already waiting in the queue.
 */
const flushSlackMs = 60;
/** Keys that type a character into a field without being that character themselves. */
const typingKeys = new Set(['Dead', 'Process', 'Unidentified']);

export function useKeyboardWedge(onScan: (scan: WedgeScan) => void, enabled = true): void {
  const latest = useRef(onScan);
  latest.current = onScan;

  useEffect(() => {
    if (!enabled) return;
    const detector = new KeyboardWedgeDetector();
    /** The field the previous key went to: a retract takes characters back from it. */
    let lastField: EditableField | null = null;
    /**
     * A key that may type into a field just went through: the text it inserts (which
     * may differ from its key, after a dead key or in an input method) is its own,
     * not a second character.
     */
    let keyPending = false;
    let flushTimer: ReturnType<typeof setTimeout> | null = null;

    const scheduleFlush = (verdict: WedgeVerdict, now: number) => {
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = null;
      if (verdict.flushAt === null) return;
      flushTimer = setTimeout(flush, Math.max(0, verdict.flushAt - now) + flushSlackMs);
    };

    const flush = () => {
      flushTimer = null;
      const now = performance.now();
      const verdict = detector.flush(now);
      if (verdict.restore && lastField) applyEdit(lastField, 0, verdict.restore);
      scheduleFlush(verdict, now);
    };

    /** Carries out a verdict; says whether the key or character must be stopped. */
    const follow = (verdict: WedgeVerdict, target: EventTarget | null, timeStamp: number): boolean => {
      const field = editableField(target);
      if (verdict.retract > 0 && lastField) applyEdit(lastField, verdict.retract, '');
      if (verdict.restore) {
        const into = field ?? lastField;
        if (into) applyEdit(into, 0, verdict.restore);
      }
      lastField = field;
      scheduleFlush(verdict, timeStamp);
      if (verdict.scan) latest.current(verdict.scan);
      return verdict.swallow;
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const chord = event.ctrlKey || event.altKey || event.metaKey || event.isComposing;
      const key = chord ? editingKey : event.key;
      keyPending = false;
      if (follow(detector.key({ key, timeStamp: event.timeStamp }), event.target, event.timeStamp)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      keyPending = editableField(event.target) !== null && ([...event.key].length === 1 || typingKeys.has(event.key));
    };

    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType !== 'insertText' || !event.data) return;
      if (keyPending) {
        keyPending = false;
        return;
      }
      // Several characters at once (an input method committing a word) is a person's doing.
      const key = [...event.data].length === 1 ? event.data : editingKey;
      if (follow(detector.key({ key, timeStamp: event.timeStamp }), event.target, event.timeStamp)) event.preventDefault();
    };

    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('beforeinput', onBeforeInput, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('beforeinput', onBeforeInput, true);
      if (flushTimer) clearTimeout(flushTimer);
    };
  }, [enabled]);
}
