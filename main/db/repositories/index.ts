/**
 * All repositories of one database, built once: every statement is prepared at
 * start and reused, never assembled from strings at call time.
 */
import type { Db } from '../connection';
import { auditRepository } from './auditRepository';
import { catalogueRepository } from './catalogueRepository';
import { outboxRepository } from './outboxRepository';
import { queueRepository } from './queueRepository';
import { sessionRepository } from './sessionRepository';
import { settingsRepository } from './settingsRepository';
import { siteRepository } from './siteRepository';
import { userRepository } from './userRepository';

export function createRepositories(db: Db) {
  return {
    audit: auditRepository(db),
    catalogue: catalogueRepository(db),
    outbox: outboxRepository(db),
    queue: queueRepository(db),
    sessions: sessionRepository(db),
    settings: settingsRepository(db),
    site: siteRepository(db),
    users: userRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
