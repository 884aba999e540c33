import { ActorContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { BusinessArea, CreateSolutionRequest, CreateSolutionRequestSchema } from '@xinzhi/shared-contracts';
import { catalogProblems } from '../catalog/catalog-rules';
import { insertSolution, SolutionFields } from '../catalog/catalog.data';
import { insertPainPoint } from '../pain-points/pain-points.data';
import { DEMO_CATALOG, DEMO_CATALOG_RIVERSIDE, DEMO_PAIN_POINTS } from './demo-catalog';
import { ownParkId, painPointCount, parkAdminId, parkSolutionCount } from './demo.data';

const ctx = (over: Partial<ActorContext>): ActorContext => ({
  requestId: 'seed',
  userId: null,
  tenantId: null,
  parkId: null,
  role: null,
  platformOperator: false,
  ...over,
});

/** A demo solution as the API would store it: parsed by the request schema and the catalog's rules. */
export function demoSolutionFields(request: CreateSolutionRequest): SolutionFields {
  const body = CreateSolutionRequestSchema.parse(request);
  const fields: SolutionFields = {
    name: body.name,
    providerName: body.providerName,
    providerContact: body.providerContact ?? '',
    summary: body.summary ?? '',
    technologyTypes: body.technologyTypes,
    businessAreas: body.businessAreas,
    scenes: body.scenes ?? [],
    industries: body.industries ?? [],
    scales: body.scales ?? [],
    priceBand: body.priceBand,
    deployWeeks: body.deployWeeks,
    delivery: body.delivery,
    templateTasks: body.templateTasks.map((t) => ({ ...t, description: t.description ?? '' })),
    templateKpis: body.templateKpis ?? [],
    status: body.status ?? 'draft',
  };
  const problems = catalogProblems(fields);
  if (problems.length) throw new Error(`demo solution “${body.name}”: ${problems.map((p) => p.message).join('; ')}`);
  return fields;
}

export interface DemoSolutionsDirectory {
  parks: Record<string, string>;
  tenants: Record<string, { id: string; people: Record<string, { userId: string }> }>;
}

/**
 * Loads the demo catalogs (the first park's, the second park's) and the demo enterprises' pain
 * points, idempotently: a catalog only into a park without solutions, pain points only into an
 * empty register. Each row is written in its owner's context (the park administrator's, or the
 * enterprise member who records it), as the API would.
 */
export async function seedDemoSolutions(
  tx: TransactionRunner,
  directory: DemoSolutionsDirectory,
): Promise<{ solutions: number; painPoints: number }> {
  let solutions = 0;
  let painPoints = 0;
  const catalogs: Array<[string | undefined, CreateSolutionRequest[]]> = [
    [directory.parks['demo'], DEMO_CATALOG],
    [directory.parks['riverside'], DEMO_CATALOG_RIVERSIDE],
  ];
  const admins = new Map<string, string | null>();
  const adminOf = async (parkId: string) => {
    if (!admins.has(parkId)) admins.set(parkId, await tx.runAs(ctx({ parkId }), (m) => parkAdminId(m)));
    return admins.get(parkId) ?? null;
  };
  for (const [parkId, catalog] of catalogs) {
    if (!parkId) continue;
    const userId = await adminOf(parkId);
    solutions += await tx.runAs(ctx({ parkId, userId, role: 'park_admin' }), async (m) => {
      if ((await parkSolutionCount(m)) > 0) return 0;
      for (const request of catalog) await insertSolution(m, demoSolutionFields(request));
      return catalog.length;
    });
  }

  for (const [key, points] of Object.entries(DEMO_PAIN_POINTS)) {
    const tenant = directory.tenants[key];
    if (!tenant) continue;
    const tenantCtx = (prefix: string) => {
      const person = tenant.people[`${prefix}@${key}.xinzhi.test`];
      return ctx({ tenantId: tenant.id, userId: person?.userId ?? null, role: prefix });
    };
    const [empty, parkId] = await tx.runAs(
      ctx({ tenantId: tenant.id }),
      async (m) => [(await painPointCount(m)) === 0, await ownParkId(m)] as const,
    );
    if (!empty) continue;
    for (const p of points) {
      const fields = {
        title: p.title,
        description: p.description ?? '',
        businessArea: p.businessArea,
        sceneId: p.sceneId ?? null,
        severity: p.severity,
        status: p.status ?? 'open',
      };
      if (p.by === 'park') {
        const userId = await adminOf(parkId);
        await tx.runAs(ctx({ parkId, userId, role: 'park_admin' }), (m) =>
          insertPainPoint(m, tenant.id, { ...fields, status: 'open' }, { recordedByPark: true, fromGap: null }),
        );
      } else {
        await tx.runAs(tenantCtx(p.by), (m) => insertPainPoint(m, tenant.id, fields, { recordedByPark: false, fromGap: null }));
      }
      painPoints++;
    }
  }
  return { solutions, painPoints };
}

/**
 * Open pain points of a generated demo enterprise, recorded by its owner, unless it has pain points
 * already (idempotent). Returns how many were added.
 */
export async function seedDemoTenantPainPoints(
  tx: TransactionRunner,
  tenantId: string,
  ownerUserId: string | null,
  points: Array<{ title: string; businessArea: BusinessArea; severity: number }>,
): Promise<number> {
  const owner = ctx({ tenantId, userId: ownerUserId, role: 'owner' });
  return tx.runAs(owner, async (m) => {
    if ((await painPointCount(m)) > 0) return 0;
    for (const p of points)
      await insertPainPoint(
        m,
        tenantId,
        { title: p.title, description: '', businessArea: p.businessArea, sceneId: null, severity: p.severity, status: 'open' },
        { recordedByPark: false, fromGap: null },
      );
    return points.length;
  });
}
