import { EntityManager } from 'typeorm';
import { Row, selectRows } from '@xinzhi/server-db';
import { SolutionOutcomes } from '@xinzhi/shared-contracts';

/** Whether the solution is one of the acting park's (row security shows the park administrator only those). */
export async function parkSolutionExists(m: EntityManager, id: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM solutions WHERE id = $1', [id])).length > 0;
}

type OutcomeRow = {
  tenants: number;
  adoptions: number;
  tasks_total: number;
  tasks_done: number;
  task_progress: number | null;
  kpi_attainment: number | null;
};

type SceneOutcomeRow = { scene_id: string; tenants_compared: number; before: number | null; after: number | null };

/**
 * The solution's outcomes over its adoptions by the acting park's tenants, through the SECURITY
 * DEFINER functions `park_solution_outcomes` and `park_solution_scene_outcomes`: counts and means
 * only (no task titles, people or answers cross the tenants' boundary).
 */
export async function solutionOutcomes(m: EntityManager, solutionId: string): Promise<SolutionOutcomes> {
  const [o] = await selectRows<OutcomeRow>(m, 'SELECT * FROM park_solution_outcomes($1)', [solutionId]);
  const scenes = await selectRows<SceneOutcomeRow>(m, 'SELECT * FROM park_solution_scene_outcomes($1)', [solutionId]);
  return {
    solutionId,
    tenants: o.tenants,
    adoptions: o.adoptions,
    tasksTotal: o.tasks_total,
    tasksDone: o.tasks_done,
    taskProgress: o.task_progress,
    kpiAttainment: o.kpi_attainment,
    scenes: scenes.map((s) => ({ sceneId: s.scene_id, tenantsCompared: s.tenants_compared, before: s.before, after: s.after })),
  };
}

/** Industry section of each of the acting park's tenants, by tenant id. */
export async function tenantSections(m: EntityManager): Promise<Map<string, string>> {
  const rows = await selectRows<Row<'tenants', 'id' | 'industry_section'>>(m, 'SELECT id, industry_section FROM tenants');
  return new Map(rows.map((r) => [r.id, r.industry_section]));
}
