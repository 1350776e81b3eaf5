/** How many of one paper the citizen hands in or must bring: a whole number from 0 to 50. */
const maxCount = 50;

/** What was typed as a count: fractions dropped, anything else 0, kept within 0..50. */
function countOf(typed: string): number {
  return Math.max(0, Math.min(maxCount, Math.trunc(Number(typed) || 0)));
}

export function CountInput({ value, label, onChange }: { value: number; label: string; onChange(count: number): void }) {
  return (
    <input
      type="number"
      className="count-input"
      min={0}
      max={maxCount}
      value={value}
      aria-label={label}
      onChange={(event) => onChange(countOf(event.target.value))}
    />
  );
}
