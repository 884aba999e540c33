import { EntityManager } from 'typeorm';
import { execute, Row, selectRows } from '@xinzhi/server-db';
import {
  BUSINESS_AREAS,
  BusinessArea,
  ENTERPRISE_SCALES,
  Solution,
  SolutionStatus,
  TECHNOLOGY_TYPES,
  TechnologyType,
  TemplateKpiSchema,
  TemplateTaskSchema,
} from '@xinzhi/shared-contracts';
import { z } from 'zod';

/** What a solution holds besides its park, id and times (the contract's fields, all present). */
export type SolutionFields = Omit<Solution, 'id' | 'parkId' | 'adoptionCount' | 'createdAt' | 'updatedAt'>;

type SolutionRow = Row<'solutions'>;

const StoredScenesSchema = z.array(z.strictObject({ sceneId: z.string(), toLevel: z.number().int() }));
const StoredTasksSchema = z.array(TemplateTaskSchema);
const StoredKpisSchema = z.array(TemplateKpiSchema);

/** Known values in the contract's order, each once (the columns hold known values only). */
const ordered = <T extends string>(all: readonly T[], values: readonly string[]): T[] => all.filter((v) => values.includes(v));

/**
 * A row as the contract's solution. The JSONB columns are read back through the contract's schemas,
 * so a row that drifted from them fails loudly here instead of reaching a client.
 */
const toSolution = (r: SolutionRow, adoptionCount: number | null): Solution => ({
  id: r.id,
  parkId: r.park_id,
  name: r.name,
  providerName: r.provider_name,
  providerContact: r.provider_contact,
  summary: r.summary,
  technologyTypes: ordered(TECHNOLOGY_TYPES, r.technology_types),
  businessAreas: ordered(BUSINESS_AREAS, r.business_areas),
  scenes: StoredScenesSchema.parse(r.scenes),
  industries: [...r.industries],
  scales: ordered(ENTERPRISE_SCALES, r.scales),
  priceBand: { min: r.price_min, max: r.price_max },
  deployWeeks: r.deploy_weeks,
  delivery: r.delivery,
  templateTasks: StoredTasksSchema.parse(r.template_tasks).map((t) => ({ ...t, description: t.description ?? '' })),
  templateKpis: StoredKpisSchema.parse(r.template_kpis),
  status: r.status,
  adoptionCount,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** The columns a solution's fields are written to, checked against the schema. */
function solutionColumns(f: SolutionFields): Omit<Row<'solutions'>, 'park_id' | 'id' | 'created_by' | 'created_at' | 'updated_at'> {
  return {
    name: f.name,
    provider_name: f.providerName,
    provider_contact: f.providerContact,
    summary: f.summary,
    technology_types: ordered(TECHNOLOGY_TYPES, f.technologyTypes),
    business_areas: ordered(BUSINESS_AREAS, f.businessAreas),
    scenes: f.scenes,
    industries: [...new Set(f.industries)],
    scales: ordered(ENTERPRISE_SCALES, f.scales),
    price_min: f.priceBand.min,
    price_max: f.priceBand.max,
    deploy_weeks: f.deployWeeks,
    delivery: f.delivery,
    template_tasks: f.templateTasks,
    template_kpis: f.templateKpis.map((k) => ({ ...k })),
    status: f.status,
  };
}

/**
 * Tenants that adopted each solution, by solution id (the park reads its tenants' adoptions through
 * their `park_reads` policy; a tenant context counts only its own, and is never shown the count).
 */
export async function adoptionCountsOf(m: EntityManager, ids: string[]): Promise<Map<string, number>> {
  const rows = await selectRows<{ solution_id: string; n: number }>(
    m,
    `SELECT solution_id, count(DISTINCT tenant_id)::int AS n FROM solution_adoptions WHERE solution_id = ANY ($1::uuid[]) GROUP BY solution_id`,
    [ids],
  );
  const counts = new Map(ids.map((id) => [id, 0]));
  for (const r of rows) counts.set(r.solution_id, r.n);
  return counts;
}

export interface SolutionFilter {
  businessArea: BusinessArea | null;
  technologyType: TechnologyType | null;
  sceneId: string | null;
  status: SolutionStatus | null;
  q: string | null;
  before: string | null;
  limit: number;
}

/**
 * Solutions the context may read, newest first (ids below `before`), at most `limit`: the park
 * administrator's own park's (any status), a tenant's park's published ones (row security decides).
 */
export async function listSolutions(m: EntityManager, f: SolutionFilter, withAdoptions: boolean): Promise<Solution[]> {
  const pattern = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await selectRows<SolutionRow>(
    m,
    `SELECT * FROM solutions s
      WHERE ($1::text IS NULL OR $1 = ANY (s.business_areas))
        AND ($2::text IS NULL OR $2 = ANY (s.technology_types))
        AND ($3::text IS NULL OR s.scenes @> jsonb_build_array(jsonb_build_object('sceneId', $3::text)))
        AND ($4::text IS NULL OR s.status = $4)
        AND ($5::text IS NULL OR s.name ILIKE $5 OR s.provider_name ILIKE $5 OR s.summary ILIKE $5)
        AND ($6::uuid IS NULL OR s.id < $6)
      ORDER BY s.id DESC LIMIT $7`,
    [f.businessArea, f.technologyType, f.sceneId, f.status, pattern, f.before, f.limit],
  );
  const counts = withAdoptions
    ? await adoptionCountsOf(
        m,
        rows.map((r) => r.id),
      )
    : null;
  return rows.map((r) => toSolution(r, counts ? (counts.get(r.id) ?? 0) : null));
}

/** One solution the context may read; `withAdoptions` for the park's view. */
export async function findSolution(m: EntityManager, id: string, withAdoptions: boolean): Promise<Solution | null> {
  const [row] = await selectRows<SolutionRow>(m, 'SELECT * FROM solutions WHERE id = $1', [id]);
  if (!row) return null;
  const counts = withAdoptions ? await adoptionCountsOf(m, [row.id]) : null;
  return toSolution(row, counts ? (counts.get(row.id) ?? 0) : null);
}

/** Adds a solution to the acting park's catalog, created by the acting user; returns its id. */
export async function insertSolution(m: EntityManager, fields: SolutionFields): Promise<string> {
  const c = solutionColumns(fields);
  const [row] = await selectRows<Row<'solutions', 'id'>>(
    m,
    `INSERT INTO solutions (park_id, name, provider_name, provider_contact, summary, technology_types, business_areas, scenes, industries,
                            scales, price_min, price_max, deploy_weeks, delivery, template_tasks, template_kpis, status, created_by)
     VALUES (app_park_id(), $1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11, $12, $13, $14::jsonb, $15::jsonb, $16, app_user_id())
     RETURNING id`,
    [
      c.name,
      c.provider_name,
      c.provider_contact,
      c.summary,
      c.technology_types,
      c.business_areas,
      JSON.stringify(c.scenes),
      c.industries,
      c.scales,
      c.price_min,
      c.price_max,
      c.deploy_weeks,
      c.delivery,
      JSON.stringify(c.template_tasks),
      JSON.stringify(c.template_kpis),
      c.status,
    ],
  );
  return row.id;
}

export async function updateSolution(m: EntityManager, id: string, fields: SolutionFields): Promise<void> {
  const c = solutionColumns(fields);
  await execute(
    m,
    `UPDATE solutions SET name = $2, provider_name = $3, provider_contact = $4, summary = $5, technology_types = $6, business_areas = $7,
            scenes = $8::jsonb, industries = $9, scales = $10, price_min = $11, price_max = $12, deploy_weeks = $13, delivery = $14,
            template_tasks = $15::jsonb, template_kpis = $16::jsonb, status = $17, updated_at = now()
      WHERE id = $1`,
    [
      id,
      c.name,
      c.provider_name,
      c.provider_contact,
      c.summary,
      c.technology_types,
      c.business_areas,
      JSON.stringify(c.scenes),
      c.industries,
      c.scales,
      c.price_min,
      c.price_max,
      c.deploy_weeks,
      c.delivery,
      JSON.stringify(c.template_tasks),
      JSON.stringify(c.template_kpis),
      c.status,
    ],
  );
}

/** Deletes a solution of the acting park; a solution that adoptions refer to makes this fail with a foreign-key violation. */
export async function deleteSolution(m: EntityManager, id: string): Promise<void> {
  await execute(m, 'DELETE FROM solutions WHERE id = $1', [id]);
}

/** Whether the acting park already has a solution of this name (case-insensitive), other than `except`. */
export async function solutionNameTaken(m: EntityManager, name: string, except: string | null): Promise<boolean> {
  const rows = await selectRows<object>(m, 'SELECT 1 FROM solutions WHERE lower(name) = lower($1) AND ($2::uuid IS NULL OR id <> $2)', [
    name,
    except,
  ]);
  return rows.length > 0;
}
