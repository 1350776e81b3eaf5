import { describe, expect, it } from 'vitest';
import { dossierStatus, dossierStatuses, type DossierStatusName } from '@domain/dossier';
import en from '../../../renderer/src/i18n/en.json';
import vi from '../../../renderer/src/i18n/vi.json';

describe('dossier status labels on the screens', () => {
  it('are keyed by the domain names, and in Vietnamese are the official names the province uses', () => {
    const names = Object.keys(dossierStatus) as DossierStatusName[];
    expect(Object.keys(vi.dossier.statuses)).toEqual(names);
    expect(Object.keys(en.dossier.statuses)).toEqual(names);
    for (const name of names) expect(vi.dossier.statuses[name]).toBe(dossierStatuses[dossierStatus[name]]);
  });
});
