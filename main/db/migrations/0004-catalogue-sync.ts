import type { Migration } from './types';

/**
 * Catalogue updates from the province: a component the province drops is retired,
 * not deleted, because dossiers already received still list it.
 */
export const catalogueSync: Migration = {
  version: 4,
  name: 'catalogue-sync',
  sql: `
ALTER TABLE procedure_components ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));
`,
};
