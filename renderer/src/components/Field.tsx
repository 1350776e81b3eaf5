/**
 * One labelled form input with its hint and the station's complaint about it.
 * Every input of the app goes through here so labels are always real <label>s.
 */
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

export function Field({
  label,
  hint,
  problem,
  optionalLabel,
  children,
}: {
  label: string;
  hint?: string | undefined;
  problem?: string | undefined;
  optionalLabel?: string | undefined;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const id = useId();
  const describedBy = problem ? `${id}-problem` : hint ? `${id}-hint` : undefined;
  return (
    <div className={`field ${problem ? 'has-problem' : ''}`}>
      <label htmlFor={id}>
        {label}
        {optionalLabel ? <span className="field-optional"> ({optionalLabel})</span> : null}
      </label>
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(problem ? { 'aria-invalid': true } : {}) })}
      {problem ? (
        <p className="field-problem" id={`${id}-problem`}>
          {problem}
        </p>
      ) : hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  label,
  hint,
  problem,
  optionalLabel,
  value,
  onChange,
  ...input
}: {
  label: string;
  hint?: string | undefined;
  problem?: string | undefined;
  optionalLabel?: string | undefined;
  value: string;
  onChange(value: string): void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>) {
  return (
    <Field label={label} hint={hint} problem={problem} optionalLabel={optionalLabel}>
      {(props) => <input {...input} {...props} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}
