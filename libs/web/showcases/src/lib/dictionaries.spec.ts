import { enUS, zhCN } from '@xinzhi/web-core';
import { parkEnUS, parkZhCN } from '@xinzhi/web-park-i18n';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('showcase and benchmark texts (in the park dictionaries)', () => {
  const keys = (Object.keys(parkEnUS) as Array<keyof typeof parkEnUS>).filter(
    (k) => k.startsWith('showcase.') || k.startsWith('benchmark.'),
  );

  it('exist in both languages with the same placeholders, Chinese in zh-CN', () => {
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((key) => !parkZhCN[key]?.trim() || !parkEnUS[key].trim())).toEqual([]);
    expect(keys.filter((key) => placeholders(parkEnUS[key]).join() !== placeholders(parkZhCN[key]).join())).toEqual([]);
    expect(keys.filter((key) => !/[\u4e00-\u9fff]/.test(parkZhCN[key]))).toEqual([]);
  });

  it('has every phase, measure and standing the pages word', () => {
    for (const key of [
      'showcase.phase.diagnose',
      'showcase.phase.plan',
      'showcase.phase.implement',
      'showcase.phase.evaluate',
      'benchmark.measure.transformationIndex',
      'benchmark.measure.maturityPoints',
      'benchmark.measure.maturityLevel',
      'benchmark.standing.top',
      'benchmark.standing.upper',
      'benchmark.standing.lower',
      'benchmark.standing.bottom',
    ])
      expect(keys).toContain(key);
  });

  it('the shell has the menu entries in both languages', () => {
    for (const key of ['nav.showcases', 'nav.myShowcase', 'nav.benchmarks', 'nav.parkShowcases'] as const) {
      expect(enUS[key]).toBeTruthy();
      expect(zhCN[key]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
