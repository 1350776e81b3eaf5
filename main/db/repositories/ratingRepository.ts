import type { Db } from '../connection';

export interface RatingRepository {
  /** A dossier or a ticket is rated once. */
  exists(dossierId: number | null, ticketId: number | null): boolean;
  insert(rating: { dossierId: number | null; ticketId: number | null; comment: string | null; scores: Record<string, number> }, now: Date): number;
  /** Counts per criterion and level since `instant`. */
  levelsSince(instant: Date): { criterion: string; level: number; n: number }[];
}

export function ratingRepository(db: Db): RatingRepository {
  const insert = db.prepare('INSERT INTO ratings (dossier_id, ticket_id, comment, created_at) VALUES (?, ?, ?, ?)');
  const insertScore = db.prepare('INSERT INTO rating_scores (rating_id, criterion, level) VALUES (?, ?, ?)');
  const existing = db.prepare<{ dossierId: number | null; ticketId: number | null }, { id: number }>(
    'SELECT id FROM ratings WHERE (dossier_id = @dossierId AND @dossierId IS NOT NULL) OR (ticket_id = @ticketId AND @ticketId IS NOT NULL) LIMIT 1',
  );
  const levelsSince = db.prepare<[string], { criterion: string; level: number; n: number }>(
    `SELECT s.criterion, s.level, count(*) AS n FROM rating_scores s JOIN ratings r ON r.id = s.rating_id
     WHERE r.created_at >= ? GROUP BY s.criterion, s.level`,
  );
  return {
    exists: (dossierId: number | null, ticketId: number | null) => existing.get({ dossierId, ticketId }) !== undefined,
    insert(rating: { dossierId: number | null; ticketId: number | null; comment: string | null; scores: Record<string, number> }, now: Date): number {
      const id = Number(insert.run(rating.dossierId, rating.ticketId, rating.comment, now.toISOString()).lastInsertRowid);
      for (const [criterion, level] of Object.entries(rating.scores)) insertScore.run(id, criterion, level);
      return id;
    },
    levelsSince: (instant: Date) => levelsSince.all(instant.toISOString()),
  };
}
