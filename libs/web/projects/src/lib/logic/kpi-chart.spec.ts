import { healthExplanation, healthOf, linePoints, polyline, sparkline, valueRange, valueY } from './kpi-chart';

describe('kpi chart geometry', () => {
  it('draws nothing without readings', () => {
    expect(sparkline([])).toBe('');
  });

  it('spreads readings across the width, higher values higher', () => {
    expect(linePoints([0, 5, 10], 104, 24, 2)).toEqual([
      { x: 2, y: 22 },
      { x: 52, y: 12 },
      { x: 102, y: 2 },
    ]);
    expect(sparkline([10, 0], 104, 24)).toBe('2,2 102,22');
  });

  it('draws one reading as a flat line in the middle', () => {
    expect(polyline(linePoints([7], 100, 20, 0))).toBe('0,10 100,10');
  });

  it('widens the range by reference lines and pads flat ones', () => {
    expect(valueRange([5, 6], [0, 10])).toEqual({ min: 0, max: 10 });
    expect(valueRange([4, 4])).toEqual({ min: 3.6, max: 4.4 });
    expect(valueRange([0])).toEqual({ min: -1, max: 1 });
    expect(valueY(10, 100, 0, { min: 0, max: 10 })).toBe(0);
    expect(valueY(0, 100, 0, { min: 0, max: 10 })).toBe(100);
  });
});

describe('health explanation', () => {
  it('classifies SPI by the thresholds', () => {
    expect(healthOf(1)).toBe('on_track');
    expect(healthOf(0.95)).toBe('on_track');
    expect(healthOf(0.949)).toBe('at_risk');
    expect(healthOf(0.8)).toBe('at_risk');
    expect(healthOf(0.79)).toBe('late');
    expect(healthOf(null)).toBeNull();
  });

  it('explains SPI, the current verdict and the thresholds', () => {
    expect(healthExplanation('at_risk', 0.8712)).toEqual([
      { key: 'dashboard.health.what' },
      { key: 'dashboard.health.now.at_risk', params: { spi: '0.87' } },
      { key: 'dashboard.health.thresholds', params: { onTrack: '0.95', atRisk: '0.80' } },
    ]);
  });

  it('says when it is not computed yet', () => {
    expect(healthExplanation(null, null)[1]).toEqual({ key: 'dashboard.health.unknown' });
  });
});
