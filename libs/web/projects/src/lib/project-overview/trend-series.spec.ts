import type { ProgressSnapshot, ProjectOverview } from '@xinzhi/shared-contracts';
import { asPercent, axisLabelShown, plannedFromSpi, shortDay, trendChartOption, trendPoints, type TrendLabels } from './trend-series';

function snapshot(day: string, change: Partial<ProgressSnapshot> = {}): ProgressSnapshot {
  return { day, progress: 0.2, planned: 0.25, kpiAttainment: null, transformationIndex: 0.2, spi: 0.8, health: 'at_risk', ...change };
}

function overview(change: Partial<ProjectOverview> = {}): ProjectOverview {
  return {
    id: 'p1',
    name: 'P',
    goal: '',
    phase: 'implement',
    status: 'active',
    startDate: '2026-01-01',
    targetDate: '2026-12-31',
    taskWeight: 0.5,
    progress: 0.5,
    kpiAttainment: null,
    transformationIndex: 0.5,
    spi: 1,
    health: 'on_track',
    progressComputedAt: '2026-03-10T08:00:00Z',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    taskCounts: {
      byStatus: { todo: 0, in_progress: 0, blocked: 0, done: 0, cancelled: 0 },
      byArea: {} as ProjectOverview['taskCounts']['byArea'],
      overdue: 0,
      total: 0,
    },
    leadership: [],
    teams: [],
    ...change,
  };
}

const LABELS: TrendLabels = { progress: 'Progress', planned: 'Planned', index: 'Index', kpi: 'KPI', today: 'Today' };

describe('asPercent', () => {
  it('rounds to one decimal and clamps to 0–100', () => {
    expect(asPercent(0.12345)).toBe(12.3);
    expect(asPercent(1.2)).toBe(100);
    expect(asPercent(-0.1)).toBe(0);
  });
});

describe('plannedFromSpi', () => {
  it('is progress ÷ SPI', () => {
    expect(plannedFromSpi(0.4, 0.8)).toBeCloseTo(0.5);
  });

  it('is 0 with no work done while SPI is 1 (nothing planned yet)', () => {
    expect(plannedFromSpi(0, 1)).toBe(0);
  });

  it('cannot be told with SPI 0 or unknown', () => {
    expect(plannedFromSpi(0, 0)).toBeNull();
    expect(plannedFromSpi(0.3, null)).toBeNull();
    expect(plannedFromSpi(null, 1)).toBeNull();
  });

  it('never exceeds the whole plan', () => {
    expect(plannedFromSpi(0.9, 0.5)).toBe(1);
  });
});

describe('trendPoints', () => {
  it('maps the snapshots oldest first and appends today from the live figures', () => {
    const points = trendPoints(
      [snapshot('2026-03-09', { progress: 0.3, planned: 0.35 }), snapshot('2026-03-08', { progress: 0.25, kpiAttainment: 0.1 })],
      overview({ progress: 0.4, spi: 0.8, transformationIndex: 0.45, kpiAttainment: 0.5 }),
      '2026-03-10',
    );
    expect(points.map((p) => p.day)).toEqual(['2026-03-08', '2026-03-09', '2026-03-10']);
    expect(points[0]).toEqual({ day: '2026-03-08', progress: 25, planned: 25, index: 20, kpi: 10, live: false });
    expect(points[1].planned).toBe(35);
    expect(points[2]).toEqual({ day: '2026-03-10', progress: 40, planned: 50, index: 45, kpi: 50, live: true });
  });

  it('lets the live point replace a snapshot dated today', () => {
    const points = trendPoints(
      [snapshot('2026-03-09'), snapshot('2026-03-10', { progress: 0.9 })],
      overview({ progress: 0.6 }),
      '2026-03-10',
    );
    expect(points).toHaveLength(2);
    expect(points[1]).toMatchObject({ day: '2026-03-10', progress: 60, live: true });
  });

  it('leaves today out until the worker has computed the project', () => {
    const points = trendPoints(
      [snapshot('2026-03-09')],
      overview({ progress: null, transformationIndex: null, spi: null, progressComputedAt: null }),
      '2026-03-10',
    );
    expect(points.map((p) => p.live)).toEqual([false]);
    expect(trendPoints([], null, '2026-03-10')).toEqual([]);
  });

  it('uses task progress as the index while the project has no index yet', () => {
    const [today] = trendPoints([], overview({ progress: 0.3, transformationIndex: null }), '2026-03-10');
    expect(today.index).toBe(30);
  });

  it('keeps one point per day', () => {
    const points = trendPoints([snapshot('2026-03-08', { progress: 0.1 }), snapshot('2026-03-08', { progress: 0.2 })], null, '2026-03-10');
    expect(points).toHaveLength(1);
    expect(points[0].progress).toBe(20);
  });
});

describe('trendChartOption', () => {
  type Series = { name: string; data: Array<number | null>; lineStyle: { type: string } };
  const seriesOf = (option: ReturnType<typeof trendChartOption>) => option['series'] as Series[];

  it('draws progress, dashed planned and index, and KPI only when some point has it', () => {
    const without = trendPoints([snapshot('2026-03-09')], overview(), '2026-03-10');
    expect(seriesOf(trendChartOption(without, LABELS)).map((s) => s.name)).toEqual(['Progress', 'Planned', 'Index']);
    const planned = seriesOf(trendChartOption(without, LABELS)).find((s) => s.name === 'Planned');
    expect(planned?.lineStyle.type).toBe('dashed');
    expect(seriesOf(trendChartOption(without, LABELS))[0].lineStyle.type).toBe('solid');

    const withKpi = trendPoints([snapshot('2026-03-09', { kpiAttainment: 0.4 })], overview(), '2026-03-10');
    const kpi = seriesOf(trendChartOption(withKpi, LABELS)).find((s) => s.name === 'KPI');
    expect(kpi?.data).toEqual([40, null]);
  });

  it('has a 0–100 % value axis and the days on the category axis, today labelled as such', () => {
    const points = trendPoints([snapshot('2026-03-09')], overview(), '2026-03-10');
    const option = trendChartOption(points, LABELS);
    expect(option['yAxis']).toMatchObject({ min: 0, max: 100 });
    const xAxis = option['xAxis'] as { data: string[]; axisLabel: { formatter: (value: string, index: number) => string } };
    expect(xAxis.data).toEqual(['2026-03-09', 'Today']);
    expect(xAxis.axisLabel.formatter('2026-03-09', 0)).toBe('03-09');
    expect(xAxis.axisLabel.formatter('Today', 1)).toBe('Today');
    const tooltip = option['tooltip'] as { valueFormatter: (value: unknown) => string };
    expect(tooltip.valueFormatter(42.5)).toBe('42.5%');
    expect(tooltip.valueFormatter(null)).toBe('—');
  });
});

describe('shortDay', () => {
  it('drops the year', () => {
    expect(shortDay('2026-12-01')).toBe('12-01');
    expect(shortDay('later')).toBe('later');
  });
});

describe('the legend and the axis labels on a phone', () => {
  it('uses a plain legend below the chart (wrapping, never paged) with room left for it', () => {
    const points = trendPoints([snapshot('2026-03-09', { kpiAttainment: 0.4 })], overview(), '2026-03-10');
    const option = trendChartOption(points, LABELS, true);
    const legend = option['legend'] as { type: string; bottom: number; data: string[] };
    expect(legend.type).toBe('plain');
    expect(legend.bottom).toBe(0);
    expect(legend.data).toEqual(['Progress', 'Planned', 'Index', 'KPI']);
    expect((option['grid'] as { bottom: number }).bottom).toBeGreaterThanOrEqual(60);
  });

  it('always shows the first and the last (today) label, and a few spaced ones in between', () => {
    const shown = Array.from({ length: 91 }, (_, index) => index).filter((index) => axisLabelShown(index, 91, 4));
    expect(shown[0]).toBe(0);
    expect(shown[shown.length - 1]).toBe(90);
    expect(shown.length).toBeLessThanOrEqual(6);
    expect(axisLabelShown(0, 0, 4)).toBe(false);
    expect([0, 1].filter((index) => axisLabelShown(index, 2, 4))).toEqual([0, 1]);
  });
});
