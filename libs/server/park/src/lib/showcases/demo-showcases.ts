import { ActorContext } from '@xinzhi/server-core';
import { selectRows, TransactionRunner } from '@xinzhi/server-db';
import { insertConsent, markShowcase } from './showcases.data';

/** What the seed needs of the identity seed's directory: the parks and the enterprises' people. */
export interface DemoShowcasesDirectory {
  parks: Record<string, string>;
  tenants: Record<string, { id: string; people: Record<string, { userId: string }> }>;
}

const ctx = (over: Partial<ActorContext>): ActorContext => ({
  requestId: 'seed',
  userId: null,
  tenantId: null,
  parkId: null,
  role: null,
  platformOperator: false,
  ...over,
});

/**
 * The demo park's showcase: Acme's owner shows its project (percent of target only) and the park
 * marks it as a benchmark. Only for an enterprise that never had a showcase — a consent revoked in
 * the demo stays revoked when the seed runs again.
 */
export async function seedDemoShowcases(tx: TransactionRunner, directory: DemoShowcasesDirectory): Promise<number> {
  const acme = directory.tenants['acme'];
  const parkId = directory.parks['demo'];
  if (!acme || !parkId) return 0;
  const ownerId = acme.people['owner@acme.xinzhi.test']?.userId ?? null;
  const showcaseId = await tx.runAs(ctx({ userId: ownerId, tenantId: acme.id, role: 'owner' }), async (m) => {
    if ((await selectRows<object>(m, 'SELECT 1 FROM showcases LIMIT 1')).length) return null;
    const [project] = await selectRows<{ id: string }>(
      m,
      `SELECT id FROM projects WHERE status = 'active' ORDER BY created_at, id LIMIT 1`,
    );
    if (!project) return null;
    await insertConsent(m, project.id, false, ownerId);
    const [row] = await selectRows<{ id: string }>(m, 'SELECT id FROM showcases WHERE revoked_at IS NULL');
    return row.id;
  });
  if (!showcaseId) return 0;
  await tx.runAs(ctx({ parkId, role: 'park_admin' }), (m) => markShowcase(m, showcaseId, true));
  return 1;
}
