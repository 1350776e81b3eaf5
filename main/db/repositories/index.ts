/**
 * All repositories of one database, built once: every statement is prepared at
 * start and reused, never assembled from strings at call time.
 */
import type { Db } from '../connection';
import { attachmentRepository, type AttachmentRepository } from './attachmentRepository';
import { auditRepository, type AuditRepository } from './auditRepository';
import { catalogueRepository, type CatalogueRepository } from './catalogueRepository';
import { citizenRepository, type CitizenRepository } from './citizenRepository';
import { dossierRepository, type DossierRepository } from './dossierRepository';
import { outboxRepository, type OutboxRepository } from './outboxRepository';
import { queueRepository, type QueueRepository } from './queueRepository';
import { ratingRepository, type RatingRepository } from './ratingRepository';
import { sessionRepository, type SessionRepository } from './sessionRepository';
import { settingsRepository, type SettingsRepository } from './settingsRepository';
import { siteRepository, type SiteRepository } from './siteRepository';
import { syncStateRepository, type SyncStateRepository } from './syncStateRepository';
import { userRepository, type UserRepository } from './userRepository';

/** What the station reads and writes, one repository per aggregate (each interface sits above its SQL). */
export interface Repositories {
  attachments: AttachmentRepository;
  audit: AuditRepository;
  catalogue: CatalogueRepository;
  citizens: CitizenRepository;
  dossiers: DossierRepository;
  outbox: OutboxRepository;
  queue: QueueRepository;
  ratings: RatingRepository;
  sessions: SessionRepository;
  settings: SettingsRepository;
  site: SiteRepository;
  syncState: SyncStateRepository;
  users: UserRepository;
}

export function createRepositories(db: Db): Repositories {
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
