import type { Counter, Procedure, ServiceArea, TimeLimit } from '@contract/schemas';
import type { Db } from '../connection';

interface AreaRow {
  id: number;
  code: string;
  name: string;
  ticket_prefix: string;
  icon: string | null;
  sort_order: number;
  active: number;
}
interface ProcedureRow {
  id: number;
  code: string;
  name: string;
  area_id: number;
  time_limit_kind: TimeLimit['kind'];
  time_limit_value: number | null;
  result_place: string | null;
  active: number;
}

export interface NewProcedure {
  code: string;
  name: string;
  nameFolded: string;
  areaId: number;
  timeLimit: TimeLimit;
  resultPlace: string | null;
  fees: { code: string | null; name: string; amount: number }[];
  components: { code: string | null; name: string; originals: number; copies: number; mandatory: boolean }[];
}

function timeLimitOf(row: ProcedureRow): TimeLimit {
  return row.time_limit_kind === 'same_day'
    ? { kind: 'same_day' }
    : { kind: row.time_limit_kind, value: row.time_limit_value ?? 1 };
}

/** Service areas, counters and procedures: what the centre offers and where. */
export interface CatalogueRepository {
  serviceAreas(): ServiceArea[];
  insertServiceArea(area: { code: string; name: string; ticketPrefix: string; icon: string | null; sortOrder: number }): number;
  counters(): Counter[];
  counterById(id: number): Counter | null;
  insertCounter(counter: { number: number; name: string; areaIds: number[] }): number;
  procedureById(id: number): Procedure | null;
  /** `foldedQuery` must already be folded (see foldVietnamese) and LIKE-escaped. */
  procedures(foldedQuery: string, areaId: number | null): Procedure[];
  /** Inserts a procedure or brings an existing one (same code) up to date; dropped components are retired. */
  upsertProcedure(procedure: NewProcedure, now: Date): number;
  insertProcedure(procedure: NewProcedure, now: Date): number;
}

export function catalogueRepository(db: Db): CatalogueRepository {
  const areas = db.prepare<[], AreaRow>('SELECT * FROM service_areas ORDER BY sort_order, id');
  const insertArea = db.prepare(`INSERT INTO service_areas (code, name, ticket_prefix, icon, sort_order)
    VALUES (@code, @name, @ticketPrefix, @icon, @sortOrder)`);
  const counters = db.prepare<[], { id: number; number: number; name: string; active: number; area_ids: string | null }>(
    `SELECT c.id, c.number, c.name, c.active, group_concat(ca.area_id) AS area_ids
     FROM counters c LEFT JOIN counter_areas ca ON ca.counter_id = c.id GROUP BY c.id ORDER BY c.number`,
  );
  const counterById = db.prepare<[number], { id: number; number: number; name: string; active: number; area_ids: string | null }>(
    `SELECT c.id, c.number, c.name, c.active, group_concat(ca.area_id) AS area_ids
     FROM counters c LEFT JOIN counter_areas ca ON ca.counter_id = c.id WHERE c.id = ? GROUP BY c.id`,
  );
  const insertCounter = db.prepare('INSERT INTO counters (number, name) VALUES (@number, @name)');
  const linkCounterArea = db.prepare('INSERT INTO counter_areas (counter_id, area_id) VALUES (?, ?)');
  const searchProcedures = db.prepare<{ query: string; areaId: number | null }, ProcedureRow>(
    `SELECT id, code, name, area_id, time_limit_kind, time_limit_value, result_place, active FROM procedures
     WHERE active = 1 AND (@areaId IS NULL OR area_id = @areaId)
       AND (@query = '' OR name_folded LIKE '%' || @query || '%' ESCAPE '\\' OR code LIKE @query || '%' ESCAPE '\\')
     ORDER BY area_id, name LIMIT 200`,
  );
  const procedureById = db.prepare<[number], ProcedureRow>(
    'SELECT id, code, name, area_id, time_limit_kind, time_limit_value, result_place, active FROM procedures WHERE id = ?',
  );
  const feesOf = db.prepare<[number], { code: string | null; name: string; amount: number }>(
    'SELECT code, name, amount FROM procedure_fees WHERE procedure_id = ? ORDER BY sort_order, id',
  );
  const componentsOf = db.prepare<
    [number],
    { id: number; code: string | null; name: string; originals: number; copies: number; mandatory: number }
  >('SELECT id, code, name, originals, copies, mandatory FROM procedure_components WHERE procedure_id = ? AND retired = 0 ORDER BY sort_order, id');
  const insertProcedure = db.prepare(`INSERT INTO procedures
    (code, name, name_folded, area_id, time_limit_kind, time_limit_value, result_place, updated_at)
    VALUES (@code, @name, @nameFolded, @areaId, @kind, @value, @resultPlace, @now)`);
  const insertFee = db.prepare(
    'INSERT INTO procedure_fees (procedure_id, code, name, amount, sort_order) VALUES (?, ?, ?, ?, ?)',
  );
  const procedureByCode = db.prepare<[string], { id: number }>('SELECT id FROM procedures WHERE code = ?');
  const updateProcedure = db.prepare(`UPDATE procedures SET name = @name, name_folded = @nameFolded, area_id = @areaId,
    time_limit_kind = @kind, time_limit_value = @value, result_place = @resultPlace, active = 1, updated_at = @now WHERE id = @id`);
  const deleteFees = db.prepare('DELETE FROM procedure_fees WHERE procedure_id = ?');
  const retireComponents = db.prepare('UPDATE procedure_components SET retired = 1 WHERE procedure_id = ?');
  const allComponents = db.prepare<[number], { id: number; code: string | null; name: string }>(
    'SELECT id, code, name FROM procedure_components WHERE procedure_id = ?',
  );
  const updateComponent = db.prepare(`UPDATE procedure_components SET name = ?, originals = ?, copies = ?, mandatory = ?, sort_order = ?, retired = 0
    WHERE id = ?`);
  const insertComponent = db.prepare(`INSERT INTO procedure_components
    (procedure_id, code, name, originals, copies, mandatory, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)`);

  function toCounter(row: { id: number; number: number; name: string; active: number; area_ids: string | null }): Counter {
    return {
      id: row.id,
      number: row.number,
      name: row.name,
      active: row.active === 1,
      areaIds: row.area_ids ? row.area_ids.split(',').map(Number).sort((a, b) => a - b) : [],
    };
  }

  /** The named parameters both the insert and the update of a procedure take. */
  function procedureParams(procedure: NewProcedure, now: Date) {
    const { timeLimit } = procedure;
    return {
      name: procedure.name,
      nameFolded: procedure.nameFolded,
      areaId: procedure.areaId,
      kind: timeLimit.kind,
      value: timeLimit.kind === 'same_day' ? null : timeLimit.value,
      resultPlace: procedure.resultPlace,
      now: now.toISOString(),
    };
  }

  function toProcedure(row: ProcedureRow): Procedure {
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      areaId: row.area_id,
      timeLimit: timeLimitOf(row),
      resultPlace: row.result_place,
      active: row.active === 1,
      fees: feesOf.all(row.id),
      components: componentsOf.all(row.id).map((c) => ({ ...c, mandatory: c.mandatory === 1 })),
    };
  }

  return {
    serviceAreas(): ServiceArea[] {
      return areas.all().map((row) => ({
        id: row.id,
        code: row.code,
        name: row.name,
        ticketPrefix: row.ticket_prefix,
        icon: row.icon,
        sortOrder: row.sort_order,
        active: row.active === 1,
      }));
    },
    insertServiceArea(area: { code: string; name: string; ticketPrefix: string; icon: string | null; sortOrder: number }): number {
      return Number(insertArea.run(area).lastInsertRowid);
    },
    counters: (): Counter[] => counters.all().map(toCounter),
    counterById(id: number): Counter | null {
      const row = counterById.get(id);
      return row ? toCounter(row) : null;
    },
    insertCounter(counter: { number: number; name: string; areaIds: number[] }): number {
      const id = Number(insertCounter.run(counter).lastInsertRowid);
      for (const areaId of counter.areaIds) linkCounterArea.run(id, areaId);
      return id;
    },
    procedureById(id: number): Procedure | null {
      const row = procedureById.get(id);
      return row ? toProcedure(row) : null;
    },
    procedures(foldedQuery: string, areaId: number | null): Procedure[] {
      return searchProcedures.all({ query: foldedQuery, areaId }).map(toProcedure);
    },
    upsertProcedure(procedure: NewProcedure, now: Date): number {
      const existing = procedureByCode.get(procedure.code);
      if (!existing) return this.insertProcedure(procedure, now);
      updateProcedure.run({ id: existing.id, ...procedureParams(procedure, now) });
      deleteFees.run(existing.id);
      procedure.fees.forEach((fee, index) => insertFee.run(existing.id, fee.code, fee.name, fee.amount, index));
      const known = allComponents.all(existing.id);
      retireComponents.run(existing.id);
      procedure.components.forEach((component, index) => {
        const match = known.find((k) => (component.code ? k.code === component.code : k.name === component.name));
        if (match) updateComponent.run(component.name, component.originals, component.copies, component.mandatory ? 1 : 0, index, match.id);
        else insertComponent.run(existing.id, component.code, component.name, component.originals, component.copies, component.mandatory ? 1 : 0, index);
      });
      return existing.id;
    },
    insertProcedure(procedure: NewProcedure, now: Date): number {
      const id = Number(insertProcedure.run({ code: procedure.code, ...procedureParams(procedure, now) }).lastInsertRowid);
      procedure.fees.forEach((fee, index) => insertFee.run(id, fee.code, fee.name, fee.amount, index));
      procedure.components.forEach((component, index) =>
        insertComponent.run(id, component.code, component.name, component.originals, component.copies, component.mandatory ? 1 : 0, index),
      );
      return id;
    },
  };
}
