import type { Counter, Procedure, ServiceArea } from '@contract';
import type { Repositories } from '../../db/repositories';
import { foldVietnamese } from '@domain/text/foldVietnamese';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function catalogueService(repos: Repositories) {
  return {
    serviceAreas: (): ServiceArea[] => repos.catalogue.serviceAreas().filter((area) => area.active),
    counters: (): Counter[] => repos.catalogue.counters(),
    /** Finds procedures by code prefix or by name typed with or without diacritics. */
    procedures(input: { query?: string | undefined; areaId?: number | undefined }): Procedure[] {
      return repos.catalogue.procedures(escapeLike(foldVietnamese(input.query ?? '')), input.areaId ?? null);
    },
  };
}
export type CatalogueService = ReturnType<typeof catalogueService>;
