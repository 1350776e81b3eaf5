/**
 * The list of migrations, in order. A new migration is a new numbered file added
 * here; an applied one is never edited.
 */
import { initial } from './0001-initial';
import { queue } from './0002-queue';
import { intake } from './0003-intake';
import { catalogueSync } from './0004-catalogue-sync';
import { queueIndexes } from './0005-queue-indexes';
import { outboxPayloads } from './0006-outbox-payloads';
import { queueHotPath } from './0007-queue-hot-path';
import { callsByTime } from './0008-calls-by-time';
import { postponements } from './0009-postponements';
import type { Migration } from './types';

export type { Migration } from './types';
export const migrations: readonly Migration[] = [initial, queue, intake, catalogueSync, queueIndexes, outboxPayloads, queueHotPath, callsByTime, postponements];
