/**
 * A modal dialog for staff screens: dims the page, takes the focus (first field or
 * button marked autofocus-like via `initialFocus`), closes on Escape, and gives the
 * focus back to where it was.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

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
