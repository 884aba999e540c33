import { ATTENTION_LIST_MAX } from '@xinzhi/shared-contracts';
import type { ParkRollupRow } from '../summaries/summaries.data';
import { tenantTable } from '../summaries/table-rules';
import { buildDashboard, trendPoint } from './dashboard-rules';

let n = 0;
function row(over: Partial<ParkRollupRow>): ParkRollupRow {
  n += 1;
  return {
    tenantId: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    name: `T${n}`,
    industrySection: 'C',
    industryDivision: '34',
    scale: 'small',
    region: 'East',
    emerging: false,
    manufacturingType: 'discrete',
    activeProjects: 1,
    onTrackProjects: 1,
    atRiskProjects: 0,
    lateProjects: 0,
    progress: 0.5,
    transformationIndex: 0.5,
    health: 'on_track',
    kpisStale: 0,
    maturityLevel: 2,
    maturityPoints: 50,
    openPainPoints: 0,
    unansweredPainPoints: 0,
    lastActivityAt: new Date('2026-12-06T00:00:00Z'),
    lastActivityDay: '2026-12-06',
    ...over,
  };
}

const today = '2026-12-07';

describe('buildDashboard', () => {
  it('tiles count tenants, active, assessed, levels, and shares over active projects with a health', () => {
    const rows = [
      row({ maturityLevel: 1, maturityPoints: 30 }),
      row({ onTrackProjects: 0, lateProjects: 1, health: 'late', maturityLevel: 3, maturityPoints: 70 }),
      row({
        activeProjects: 0,
        onTrackProjects: 0,
        progress: null,
        transformationIndex: null,
        health: null,
        maturityLevel: null,
        maturityPoints: null,
      }),
      row({ activeProjects: 2, onTrackProjects: 1, atRiskProjects: 1, health: 'at_risk', maturityLevel: 1, maturityPoints: 20 }),
    ];
    const d = buildDashboard(rows, today, []);
    expect(d.tiles).toMatchObject({
      tenants: 4,
      withActiveProject: 3,
      assessed: 3,
      levels: [
        { level: 1, tenants: 2 },
        { level: 3, tenants: 1 },
      ],
      activeProjects: 4,
      onTrackProjects: 2,
      atRiskProjects: 1,
      lateProjects: 1,
      shareOnTrack: 0.5,
      shareAtRisk: 0.25,
      shareLate: 0.25,
      meanMaturityPoints: 40,
    });
    expect(d.tiles.meanIndex).toBeCloseTo(0.5);
  });

  it('the attention queue: most reasons first, totals per reason, capped list', () => {
    const rows = [
      row({ name: 'Calm' }),
      row({ name: 'B late', lateProjects: 1 }),
      row({ name: 'A everything', lateProjects: 1, kpisStale: 2, maturityLevel: null, unansweredPainPoints: 1, lastActivityDay: null }),
    ];
    const d = buildDashboard(rows, today, []);
    expect(d.attention.tenants).toBe(2);
    expect(d.attention.items.map((e) => e.name)).toEqual(['A everything', 'B late']);
    expect(d.attention.totals).toEqual({ late: 2, inactive: 1, staleKpis: 1, neverAssessed: 1, unansweredPainPoints: 1 });
    const many = Array.from({ length: ATTENTION_LIST_MAX + 5 }, () => row({ kpisStale: 1 }));
    const big = buildDashboard(many, today, []);
    expect(big.attention.items).toHaveLength(ATTENTION_LIST_MAX);
    expect(big.attention.totals.staleKpis).toBe(ATTENTION_LIST_MAX + 5);
  });

  it('the trend ends with today computed from the rollups (a snapshot of today is replaced)', () => {
    const rows = [row({})];
    const yesterday = { ...trendPoint([], '2026-12-06') };
    const stale = { ...trendPoint([], today) };
    const d = buildDashboard(rows, today, [yesterday, stale]);
    expect(d.trend.map((p) => p.day)).toEqual(['2026-12-06', today]);
    expect(d.trend[1].tenants).toBe(1);
  });
});

describe('tenantTable', () => {
  const rows = [
    row({ name: 'Alpha Foods', industrySection: 'C', scale: 'micro', region: 'North', transformationIndex: 0.2 }),
    row({
      name: 'Beta Logistics',
      industrySection: 'G',
      scale: 'small',
      emerging: true,
      manufacturingType: 'none',
      transformationIndex: null,
    }),
    row({
      name: 'Gamma Chem',
      industrySection: 'C',
      scale: 'medium',
      manufacturingType: 'process',
      transformationIndex: 0.9,
      lateProjects: 1,
    }),
  ];

  it('filters by classification, name and reason', () => {
    expect(tenantTable(rows, { industry: 'C' }, today).items.map((r) => r.name)).toEqual(['Alpha Foods', 'Gamma Chem']);
    expect(tenantTable(rows, { q: 'beta' }, today).total).toBe(1);
    expect(tenantTable(rows, { emerging: true }, today).items[0].name).toBe('Beta Logistics');
    expect(tenantTable(rows, { manufacturingType: 'process' }, today).items[0].name).toBe('Gamma Chem');
    expect(tenantTable(rows, { scale: 'micro' }, today).total).toBe(1);
    expect(tenantTable(rows, { region: 'North' }, today).total).toBe(1);
    expect(tenantTable(rows, { reason: 'late' }, today).items.map((r) => r.name)).toEqual(['Gamma Chem']);
  });

  it('sorts with nulls last in both directions and pages', () => {
    expect(tenantTable(rows, { sort: 'transformationIndex', dir: 'desc' }, today).items.map((r) => r.transformationIndex)).toEqual([
      0.9,
      0.2,
      null,
    ]);
    expect(tenantTable(rows, { sort: 'transformationIndex', dir: 'asc' }, today).items.map((r) => r.transformationIndex)).toEqual([
      0.2,
      0.9,
      null,
    ]);
    const page2 = tenantTable(rows, { pageSize: 2, page: 2 }, today);
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items).toHaveLength(1);
    expect(page2.regions).toEqual(['East', 'North']);
  });
});
