import { ActorContext } from '@xinzhi/server-core';
import { markProjectChanged, TransactionRunner } from '@xinzhi/server-db';
import { z } from 'zod';
import { TemplateKpiSchema, TemplateTaskSchema } from '@xinzhi/shared-contracts';
import {
  demoAdoptionTargets,
  insertAdoptedKpis,
  insertAdoptedTasks,
  insertAdoption,
  insertDemoAdoptedReading,
  linkPainPoints,
  publishedSolution,
} from '../adoptions/adoptions.data';
import { DemoSolutionsDirectory } from './demo-solutions';

/** Which demo enterprise adopts which solution of the first park's catalog, answering which of its pain points. */
export const DEMO_ADOPTIONS: Array<{ tenant: string; by: string; solution: string; painPoint: string; daysAgo: number }> = [
  { tenant: 'acme', by: 'leader', solution: '轻量级仓储管理 WMS（云端）', painPoint: '库存账实不符，月底盘点差异大', daysAgo: 10 },
  {
    tenant: 'brightchem',
    by: 'leader',
    solution: '安全生产智能监测（危化品仓库与重点区域）',
    painPoint: '危化品仓库巡检靠人工，记录不全',
    daysAgo: 14,
  },
];

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/**
 * Adopts one demo solution into Acme's and Brightchem's projects (started `daysAgo` before the
 * seed's business day), as a leader would through the API: template tasks and KPIs with the
 * adoption as their origin, the pain point linked. Idempotent: an enterprise that adopted anything
 * is left alone. The worker's sweep recomputes the projects.
 */
export async function seedDemoAdoptions(tx: TransactionRunner, directory: DemoSolutionsDirectory, today: string): Promise<number> {
  let adopted = 0;
  for (const spec of DEMO_ADOPTIONS) {
    const tenant = directory.tenants[spec.tenant];
    if (!tenant) continue;
    const ctx: ActorContext = {
      requestId: 'seed',
      userId: tenant.people[`${spec.by}@${spec.tenant}.xinzhi.test`]?.userId ?? null,
      tenantId: tenant.id,
      parkId: null,
      role: spec.by,
      platformOperator: false,
    };
    adopted += await tx.runAs(ctx, async (m) => {
      const target = await demoAdoptionTargets(m, spec.solution, spec.painPoint);
      if (target.adopted || !target.projectId || !target.solutionId) return 0;
      const solution = await publishedSolution(m, target.solutionId);
      if (!solution) return 0;
      const startDate = addDays(today, -spec.daysAgo);
      const id = await insertAdoption(m, { projectId: target.projectId, solutionId: solution.id, solutionName: solution.name, startDate });
      await insertAdoptedTasks(m, target.projectId, id, startDate, z.array(TemplateTaskSchema).parse(solution.templateTasks));
      const kpis = z.array(TemplateKpiSchema).parse(solution.templateKpis);
      const kpiIds = await insertAdoptedKpis(m, target.projectId, id, startDate, kpis);
      // First measurements since the start: the baseline moved a fifth, then a third of the way to the target.
      for (const [i, kpiId] of kpiIds.entries()) {
        const { baseline, target: goal } = kpis[i];
        for (const [day, share] of [
          [startDate, 0.2],
          [addDays(today, -1), 0.35],
        ] as const) {
          await insertDemoAdoptedReading(m, kpiId, day, Math.round((baseline + (goal - baseline) * share) * 100) / 100);
        }
      }
      if (target.painPointId) await linkPainPoints(m, id, [target.painPointId]);
      await markProjectChanged(m, target.projectId);
      return 1;
    });
  }
  return adopted;
}
