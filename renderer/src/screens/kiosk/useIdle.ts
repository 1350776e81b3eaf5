import { useEffect, useRef } from 'react';

/**
 * Calls `onIdle` once the screen has gone `ms` without a touch. The count starts
 * again on every touch and whenever `restartKey` changes (a new step on screen gets
 * its full time).
 */
export function useIdle(ms: number, onIdle: () => void, restartKey: unknown): void {
  const latest = useRef(onIdle);
  latest.current = onIdle;
  useEffect(() => {
    let timer = setTimeout(() => latest.current(), ms);
    const touched = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), ms);
    };
    const kinds = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;
    for (const kind of kinds) window.addEventListener(kind, touched, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const kind of kinds) window.removeEventListener(kind, touched);
    };
  }, [ms, restartKey]);
}
