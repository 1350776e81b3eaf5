/**
 * "Mời đánh giá": the rating screen opened for one dossier (or ticket) in the
 * window the centre keeps for it (a second monitor or a tablet's browser). The
 * same window name is reused, so pressing again moves that screen on instead of
 * piling up windows. A browser that refuses new windows (Electron's counter
 * window does) gets null back: the caller shows the code to type in.
 */
const ratingWindowName = 'motcua-danh-gia';

export function ratingPath(target: { dossierCode: string } | { ticketToken: string } | null): string {
  if (!target) return '/danh-gia';
  return 'dossierCode' in target ? `/danh-gia?ma=${encodeURIComponent(target.dossierCode)}` : `/danh-gia?ve=${encodeURIComponent(target.ticketToken)}`;
}

export function openRatingScreen(target: { dossierCode: string } | { ticketToken: string } | null): boolean {
  const opened = window.open(ratingPath(target), ratingWindowName);
  return opened !== null;
}
