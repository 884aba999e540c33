import { RequestContext } from '@xinzhi/server-core';
import { markProjectChanged, TransactionRunner } from '@xinzhi/server-db';
import { KpiCategory, KpiDirection } from '@xinzhi/shared-contracts';
import { countKpis, insertDemoKpi, insertDemoReading } from '../kpis.data';

type Spec = [
  name: string,
  unit: string,
  direction: KpiDirection,
  category: KpiCategory,
  baseline: number,
  target: number,
  ownerEmailPrefix: string,
  reachedShare: number,
];

/**
 * Measurable goals of each demo project, with monthly readings over the last six months moving a
 * share of the way from baseline to target (e.g. offices 89 % networked, devices 35 %).
 */
export const DEMO_KPIS: Record<string, Spec[]> = {
  acme: [
    ['设备联网率', '%', 'higher_is_better', 'digital_foundation', 35, 80, 'zhou.qiang', 0.55],
    ['订单交付周期', '天', 'lower_is_better', 'efficiency', 30, 21, 'sun.li', 0.4],
    ['产品不良率', '%', 'lower_is_better', 'quality', 2.4, 1.0, 'lead', 0.5],
    ['单位产值能耗', 'kWh', 'lower_is_better', 'green', 85, 70, 'zheng.hao', 0.3],
  ],
  brightchem: [
    ['批次可追溯率', '%', 'higher_is_better', 'quality', 40, 100, 'employee', 0.35],
    ['单位产品能耗', 'kWh/t', 'lower_is_better', 'green', 410, 360, 'hu.bin', 0.25],
    ['库存周转天数', '天', 'lower_is_better', 'cost', 48, 35, 'luo.jie', 0.3],
  ],
  cloudway: [
    ['准时交付率', '%', 'higher_is_better', 'efficiency', 91, 98, 'employee', 0.6],
    ['单票调度时间', 'min', 'lower_is_better', 'efficiency', 12, 5, 'feng.kai', 0.5],
  ],
  delta: [
    ['食品安全追溯覆盖率', '%', 'higher_is_better', 'quality', 20, 95, 'employee', 0.2],
    ['设备综合效率 OEE', '%', 'higher_is_better', 'efficiency', 62, 72, 'pan.tao', 0.15],
  ],
};

const monthsAgo = (n: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
};

/** Adds the demo KPIs and six monthly readings to a project that has no KPIs yet. */
export async function seedDemoKpis(
  tx: TransactionRunner,
  tenantId: string,
  projectId: string,
  key: string,
  userIdByPrefix: (prefix: string) => string | null,
  /** Whose demo KPIs to use (another demo enterprise's, for generated ones); the tenant's own key unless given. */
  profile: string = key,
): Promise<number> {
  const specs = DEMO_KPIS[profile] ?? [];
  return tx.runAs(RequestContext.forTenant(tenantId, 'seed'), async (m) => {
    if ((await countKpis(m, projectId)) > 0) return 0;
    for (const [name, unit, direction, category, baseline, target, owner, share] of specs) {
      const kpiId = await insertDemoKpi(m, projectId, {
        name,
        unit,
        direction,
        category,
        baseline,
        target,
        ownerId: userIdByPrefix(owner),
      });
      for (let month = 5; month >= 0; month--) {
        const progress = share * ((6 - month) / 6) * (0.9 + (0.2 * ((month * 37) % 10)) / 10);
        const value = Math.round((baseline + (target - baseline) * progress) * 100) / 100;
        await insertDemoReading(m, kpiId, monthsAgo(month), value, userIdByPrefix(owner));
      }
    }
    await markProjectChanged(m, projectId);
    return specs.length;
  });
}
