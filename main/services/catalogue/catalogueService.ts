import type { Counter, Procedure, ServiceArea } from '@contract';
import type { Repositories } from '../../db/repositories';
import { foldVietnamese } from '@domain/text/foldVietnamese';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** What the centre offers, as the kiosk and the counters read it. */
export interface CatalogueService {
  /** Active areas only: a retired one is no longer offered. */
  serviceAreas(): ServiceArea[];
  counters(): Counter[];
  /** Finds procedures by code prefix or by name typed with or without diacritics. */
  procedures(input: { query?: string | undefined; areaId?: number | undefined }): Procedure[];
}

export function catalogueService(repos: Repositories): CatalogueService {
  return {
    serviceAreas: (): ServiceArea[] => repos.catalogue.serviceAreas().filter((area) => area.active),
    counters: (): Counter[] => repos.catalogue.counters(),
    procedures(input: { query?: string | undefined; areaId?: number | undefined }): Procedure[] {
      return repos.catalogue.procedures(escapeLike(foldVietnamese(input.query ?? '')), input.areaId ?? null);
    },
  };
}
