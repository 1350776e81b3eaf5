/**
 * All repositories of one database, built once: every statement is prepared at
 * start and reused, never assembled from strings at call time.
 */
import type { Db } from '../connection';
import { attachmentRepository } from './attachmentRepository';
import { auditRepository } from './auditRepository';
import { catalogueRepository } from './catalogueRepository';
import { citizenRepository } from './citizenRepository';
import { dossierRepository } from './dossierRepository';
import { outboxRepository } from './outboxRepository';
import { queueRepository } from './queueRepository';
import { ratingRepository } from './ratingRepository';
import { sessionRepository } from './sessionRepository';
import { settingsRepository } from './settingsRepository';
import { siteRepository } from './siteRepository';
import { syncStateRepository } from './syncStateRepository';
import { userRepository } from './userRepository';

export function createRepositories(db: Db) {
  return {
    attachments: attachmentRepository(db),
    audit: auditRepository(db),
    catalogue: catalogueRepository(db),
    citizens: citizenRepository(db),
    dossiers: dossierRepository(db),
    outbox: outboxRepository(db),
    queue: queueRepository(db),
    ratings: ratingRepository(db),
    sessions: sessionRepository(db),
    settings: settingsRepository(db),
    site: siteRepository(db),
    syncState: syncStateRepository(db),
    users: userRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
