/**
 * Pilot mode: simulated provincial officers who take up every received dossier
 * after a delay (status 4) and finish it after the same delay again (status 9),
 * each step a change the station pulls. A step is skipped when the dossier has
 * moved meanwhile (withdrawn, returned at the counter…). Timers do not survive a
 * restart of the server.
 */
import type { ProvincialStore } from './store';

/** Runs `run` after `ms`; returns a cancel function. Tests pass one they drive by hand. */
export type Scheduler = (run: () => void, ms: number) => () => void;

export const timerScheduler: Scheduler = (run, ms) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

const officer = 'Cán bộ xử lý (mô phỏng)';

export function autoProcessor(store: ProvincialStore, delayMs: number, schedule: Scheduler = timerScheduler) {
  const pending = new Set<() => void>();

  function later(run: () => void): void {
    const cancel = schedule(() => {
      pending.delete(cancel);
      run();
    }, delayMs);
    pending.add(cancel);
  }

  function step(maHoSo: string, from: number, to: number, note: string): boolean {
    if (store.dossiers.get(maHoSo)?.TrangThaiHoSo !== from) return false;
    return store.decide({ MaHoSo: maHoSo, TrangThaiHoSo: to, NoiDungXuLy: note, NguoiXuLy: officer }).ok;
  }

  return {
    /** A dossier.received event was accepted for this code. */
    received(maHoSo: string): void {
      later(() => {
        if (step(maHoSo, 2, 4, 'Hồ sơ đang được xử lý')) later(() => step(maHoSo, 4, 9, 'Hồ sơ đã xử lý xong'));
      });
    },

    stop(): void {
      for (const cancel of pending) cancel();
      pending.clear();
    },
  };
}
export type AutoProcessor = ReturnType<typeof autoProcessor>;
