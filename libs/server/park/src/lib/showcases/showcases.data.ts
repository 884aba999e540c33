import { EntityManager } from 'typeorm';
import { execute, Json, Row, selectRows } from '@xinzhi/server-db';
import {
  ShowcaseCard,
  ShowcaseConsent,
  ShowcaseKpi,
  ShowcaseKpiPointSchema,
  ShowcaseMaturity,
  ShowcasePage,
} from '@xinzhi/shared-contracts';
import { z } from 'zod';

type ConsentRow = Row<'showcases', 'id' | 'project_id' | 'show_absolute' | 'consented_at' | 'benchmark' | 'benchmark_at'> & {
  project_name: string;
};

/** The acting tenant's active consent (row security: its own rows only), or null. */
export async function activeConsent(m: EntityManager): Promise<ShowcaseConsent | null> {
  const [r] = await selectRows<ConsentRow>(
    m,
    `SELECT s.id, s.project_id, p.name AS project_name, s.show_absolute, s.consented_at, s.benchmark, s.benchmark_at
       FROM showcases s JOIN projects p ON p.tenant_id = s.tenant_id AND p.id = s.project_id
      WHERE s.revoked_at IS NULL`,
  );
  return r
    ? {
        id: r.id,
        projectId: r.project_id,
        projectName: r.project_name,
        showAbsolute: r.show_absolute,
        consentedAt: r.consented_at.toISOString(),
        benchmark: r.benchmark,
        benchmarkAt: r.benchmark_at?.toISOString() ?? null,
      }
    : null;
}

/** Whether the project is one of the acting tenant's. */
export async function projectExists(m: EntityManager, id: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM projects WHERE id = $1', [id])).length > 0;
}

export async function revokeActive(m: EntityManager): Promise<void> {
  await execute(m, 'UPDATE showcases SET revoked_at = now(), updated_at = now() WHERE revoked_at IS NULL');
}

export async function insertConsent(m: EntityManager, projectId: string, showAbsolute: boolean, userId: string | null): Promise<void> {
  await execute(
    m,
    `INSERT INTO showcases (tenant_id, project_id, show_absolute, consented_by)
          VALUES (app_tenant_id(), $1, $2, $3)`,
    [projectId, showAbsolute, userId],
  );
}

/** Renews the active consent with another absolute-values choice: who consented and when are the latest. */
export async function renewConsent(m: EntityManager, showAbsolute: boolean, userId: string | null): Promise<void> {
  await execute(
    m,
    `UPDATE showcases SET show_absolute = $1, consented_by = $2, consented_at = now(), updated_at = now()
      WHERE revoked_at IS NULL`,
    [showAbsolute, userId],
  );
}

type CardRow = {
  id: string;
  tenant_name: string;
  industry_section: string;
  industry_division: string;
  project_name: string;
  goal: string;
  phase: ShowcaseCard['phase'];
  progress: number | null;
  transformation_index: number | null;
  benchmark: boolean;
  benchmark_at: Date | null;
  consented_at: Date;
  own: boolean | null;
};

function toCard(r: CardRow): ShowcaseCard {
  return {
    id: r.id,
    tenantName: r.tenant_name,
    industrySection: r.industry_section,
    industryDivision: r.industry_division,
    projectName: r.project_name,
    goal: r.goal,
    phase: r.phase,
    progress: r.progress,
    transformationIndex: r.transformation_index,
    benchmark: r.benchmark,
    benchmarkAt: r.benchmark_at?.toISOString() ?? null,
    consentedAt: r.consented_at.toISOString(),
    own: r.own === true,
  };
}

/** Active showcases of the acting tenant's (or park administrator's) park, through `showcase_cards()`. */
export async function showcaseCards(m: EntityManager): Promise<ShowcaseCard[]> {
  return (await selectRows<CardRow>(m, 'SELECT * FROM showcase_cards()')).map(toCard);
}

type PageRow = CardRow & {
  status: ShowcasePage['status'];
  start_date: string;
  target_date: string;
  kpi_attainment: number | null;
  show_absolute: boolean;
  solutions: string[];
  kpis: Json;
  maturity_first: Json | null;
  maturity_latest: Json | null;
};

const StoredKpiSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  direction: z.string(),
  unit: z.string().nullable().optional(),
  baseline: z.number().nullable().optional(),
  target: z.number().nullable().optional(),
  points: z.array(z.object({ takenOn: z.string(), attainment: z.number().nullable(), value: z.number().nullable().optional() })),
});

const StoredMaturitySchema = z.object({
  level: z.number().nullable(),
  points: z.coerce.number().nullable(),
  assessedOn: z.string().nullable(),
});

/**
 * The KPIs as the owner consented: without absolute values the keys are left out altogether (the
 * function already returned nulls for them; this keeps them out of the JSON too).
 */
function toKpis(stored: Json, showAbsolute: boolean): ShowcaseKpi[] {
  return z
    .array(StoredKpiSchema)
    .parse(stored)
    .map((k) => ({
      id: k.id,
      name: k.name,
      category: k.category as ShowcaseKpi['category'],
      direction: k.direction as ShowcaseKpi['direction'],
      ...(showAbsolute && k.unit != null ? { unit: k.unit } : {}),
      ...(showAbsolute && k.baseline != null ? { baseline: k.baseline } : {}),
      ...(showAbsolute && k.target != null ? { target: k.target } : {}),
      points: k.points.map((p) =>
        ShowcaseKpiPointSchema.parse({
          takenOn: p.takenOn,
          attainment: p.attainment,
          ...(showAbsolute && p.value != null ? { value: p.value } : {}),
        }),
      ),
    }));
}

function toMaturity(stored: Json | null): ShowcaseMaturity | null {
  return stored == null ? null : StoredMaturitySchema.parse(stored);
}

/** One active showcase of the acting park, through `showcase_page(id)`; null when there is none to show. */
export async function showcasePage(m: EntityManager, id: string): Promise<ShowcasePage | null> {
  const [r] = await selectRows<PageRow>(m, 'SELECT * FROM showcase_page($1)', [id]);
  if (!r) return null;
  return {
    ...toCard(r),
    status: r.status,
    startDate: r.start_date,
    targetDate: r.target_date,
    kpiAttainment: r.kpi_attainment,
    showAbsolute: r.show_absolute,
    solutions: r.solutions,
    kpis: toKpis(r.kpis, r.show_absolute),
    maturityBefore: toMaturity(r.maturity_first),
    maturityAfter: toMaturity(r.maturity_latest),
  };
}

/** The park administrator's benchmark mark, through `park_mark_showcase`; false when no active showcase of its park has the id. */
export async function markShowcase(m: EntityManager, id: string, benchmark: boolean): Promise<boolean> {
  const [r] = await selectRows<{ marked: boolean }>(m, 'SELECT park_mark_showcase($1, $2) AS marked', [id, benchmark]);
  return r.marked;
}
