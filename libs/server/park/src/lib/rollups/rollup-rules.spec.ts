import { addMonths, attentionReasons, buildRollup, intervalCutoff, isKpiStale, RollupInput, worstHealth } from './rollup-rules';

describe('addMonths', () => {
  it('moves by calendar months and clamps to the month end', () => {
    expect(addMonths('2026-12-07', -1)).toBe('2026-11-07');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2026-01-15', -3)).toBe('2025-10-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});

describe('isKpiStale', () => {
  const today = '2026-12-07';
  const old = '2026-01-01';

  it('uses the interval for the cutoff', () => {
    expect(intervalCutoff('weekly', today)).toBe('2026-11-30');
    expect(intervalCutoff('monthly', today)).toBe('2026-11-07');
    expect(intervalCutoff('quarterly', today)).toBe('2026-09-07');
  });

  it('weekly: a reading in the last 7 days keeps it fresh, one 7 days old does not', () => {
    expect(isKpiStale({ interval: 'weekly', lastReadingOn: '2026-12-01', createdOn: old }, today)).toBe(false);
    expect(isKpiStale({ interval: 'weekly', lastReadingOn: '2026-11-30', createdOn: old }, today)).toBe(true);
  });

  it('monthly and quarterly differ on the same reading', () => {
    const k = { lastReadingOn: '2026-10-01', createdOn: old };
    expect(isKpiStale({ ...k, interval: 'monthly' }, today)).toBe(true);
    expect(isKpiStale({ ...k, interval: 'quarterly' }, today)).toBe(false);
  });

  it('without readings: fresh for one interval after it was defined, stale after', () => {
    expect(isKpiStale({ interval: 'monthly', lastReadingOn: null, createdOn: '2026-11-20' }, today)).toBe(false);
    expect(isKpiStale({ interval: 'monthly', lastReadingOn: null, createdOn: '2026-11-07' }, today)).toBe(true);
  });

  it('a reading dated after today does not count', () => {
    expect(isKpiStale({ interval: 'weekly', lastReadingOn: '2026-12-20', createdOn: old }, today)).toBe(true);
  });
});

describe('worstHealth', () => {
  it('late beats at risk beats on track; null without any', () => {
    expect(worstHealth(['on_track', 'late', 'at_risk'])).toBe('late');
    expect(worstHealth(['on_track', null, 'at_risk'])).toBe('at_risk');
    expect(worstHealth(['on_track'])).toBe('on_track');
    expect(worstHealth([null])).toBeNull();
    expect(worstHealth([])).toBeNull();
  });
});

describe('attentionReasons', () => {
  const calm = { lateProjects: 0, kpisStale: 0, maturityLevel: 2, unansweredPainPoints: 0, lastActivityDay: '2026-12-01' };
  const today = '2026-12-07';

  it('none for a tenant with recent activity, fresh KPIs, an assessment and answered pain points', () => {
    expect(attentionReasons(calm, today)).toEqual([]);
  });

  it('each reason on its own', () => {
    expect(attentionReasons({ ...calm, lateProjects: 1 }, today)).toEqual(['late']);
    expect(attentionReasons({ ...calm, kpisStale: 2 }, today)).toEqual(['staleKpis']);
    expect(attentionReasons({ ...calm, maturityLevel: null }, today)).toEqual(['neverAssessed']);
    expect(attentionReasons({ ...calm, unansweredPainPoints: 1 }, today)).toEqual(['unansweredPainPoints']);
    expect(attentionReasons({ ...calm, lastActivityDay: null }, today)).toEqual(['inactive']);
  });

  it('inactive from 30 days without activity on', () => {
    expect(attentionReasons({ ...calm, lastActivityDay: '2026-11-08' }, today)).toEqual([]);
    expect(attentionReasons({ ...calm, lastActivityDay: '2026-11-07' }, today)).toEqual(['inactive']);
  });

  it('all reasons in a fixed order', () => {
    expect(
      attentionReasons({ lateProjects: 1, kpisStale: 1, maturityLevel: null, unansweredPainPoints: 1, lastActivityDay: null }, today),
    ).toEqual(['late', 'inactive', 'staleKpis', 'neverAssessed', 'unansweredPainPoints']);
  });
});

describe('buildRollup', () => {
  const project = (
    id: string,
    status: 'active' | 'completed' | 'archived',
    health: 'on_track' | 'at_risk' | 'late' | null,
    index: number | null,
  ) => ({
    id,
    name: `P${id}`,
    phase: 'implement' as const,
    status,
    progress: index,
    transformationIndex: index,
    spi: 1,
    kpiAttainment: null,
    health,
  });
  const input: RollupInput = {
    tenantId: '00000000-0000-7000-8000-000000000001',
    projects: [
      project('a', 'active', 'on_track', 0.4),
      project('b', 'active', 'late', 0.2),
      project('c', 'completed', 'late', 1),
      project('d', 'archived', null, null),
    ],
    kpis: [
      { projectId: 'a', interval: 'weekly', lastReadingOn: '2026-12-06', createdOn: '2026-01-01' },
      { projectId: 'a', interval: 'weekly', lastReadingOn: null, createdOn: '2026-01-01' },
      { projectId: 'c', interval: 'weekly', lastReadingOn: null, createdOn: '2026-01-01' },
    ],
    assessment: { level: 2, points: 55.5, assessedOn: '2026-10-01' },
    painPoints: [
      { area: 'production', count: 2, severitySum: 7, unanswered: 1 },
      { area: 'finance', count: 1, severitySum: 3, unanswered: 1 },
    ],
    adoptedSolutions: 1,
    lastActivityAt: new Date('2026-12-06T10:00:00Z'),
  };

  it('counts all but archived projects, averages and worst health over active ones, KPIs of active projects only', () => {
    const r = buildRollup(input, '2026-12-07');
    expect(r).toMatchObject({
      projectsTotal: 3,
      activeProjects: 2,
      onTrackProjects: 1,
      lateProjects: 1,
      health: 'late',
      kpisTotal: 2,
      kpisStale: 1,
      maturityLevel: 2,
      maturityPoints: 55.5,
      openPainPoints: 3,
      unansweredPainPoints: 2,
      painPointsByArea: { production: { count: 2, severitySum: 7 }, finance: { count: 1, severitySum: 3 } },
      lastActivityAt: '2026-12-06T10:00:00.000Z',
    });
    expect(r.progress).toBeCloseTo(0.3);
    // Archived projects are left out of the counts and the per-project list; the completed one stays with its own KPI counts.
    expect(r.projects.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(r.projects.find((p) => p.id === 'c')).toMatchObject({ kpisTotal: 1, kpisStale: 1 });
  });

  it('null means and health without active projects', () => {
    const r = buildRollup({ ...input, projects: [], kpis: [], assessment: null, painPoints: [] }, '2026-12-07');
    expect(r).toMatchObject({
      activeProjects: 0,
      progress: null,
      transformationIndex: null,
      health: null,
      maturityLevel: null,
      painPointsByArea: {},
    });
  });
});
