/**
 * A modal dialog for staff screens: dims the page, takes the focus (first field or
 * button marked autofocus-like via `initialFocus`), closes on Escape, and gives the
 * focus back to where it was.
 */
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import type { AppError } from '@contract';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from './ErrorNotice';
import { Icon, type IconName } from './icons';

export function Dialog({
  title,
  children,
  onCancel,
  className = '',
}: {
  title: string;
  children: ReactNode;
  onCancel(): void;
  className?: string;
}) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const latestCancel = useRef(onCancel);
  latestCancel.current = onCancel;

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = box.current?.querySelector<HTMLElement>('[data-initial-focus], input:not(:disabled), button:not(:disabled)');
    first?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        latestCancel.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      before?.focus();
    };
  }, []);

  return (
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onCancel()}>
      <div ref={box} className={`card dialog ${className}`} role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId} className="card-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}

/**
 * A dialog that is one form: its fields, the station's complaint, Cancel, and a
 * Confirm that says it is working and cannot be pressed twice while it does.
 */
export function FormDialog({
  title,
  testId,
  className,
  noValidate,
  confirm,
  confirmIcon,
  busyLabel,
  danger = false,
  busy,
  ready = true,
  lockCancelWhileBusy = false,
  error,
  inline,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  testId: string;
  className?: string;
  noValidate?: boolean;
  confirm: string;
  confirmIcon?: IconName;
  /** What Confirm says while the call runs. */
  busyLabel: string;
  danger?: boolean;
  busy: boolean;
  /** False while the form lacks a choice Confirm needs. */
  ready?: boolean;
  lockCancelWhileBusy?: boolean;
  error: AppError | undefined;
  /** Fields whose problems the form shows under the input (see ErrorNotice). */
  inline?: readonly string[];
  /** Called on submit unless a call is already running. */
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <Dialog title={title} onCancel={onCancel} className={className}>
      <form className="form" onSubmit={submit} noValidate={noValidate} data-testid={testId}>
        {children}
        <ErrorNotice error={error} inlineFields={inline} />
        <div className="actions dialog-actions">
          <button type="button" className="button" onClick={onCancel} disabled={lockCancelWhileBusy && busy}>
            {t('counter.cancel')}
          </button>
          <button type="submit" className={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={!ready || busy}>
            {confirmIcon ? <Icon name={confirmIcon} size={20} /> : null}
            {busy ? busyLabel : confirm}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
