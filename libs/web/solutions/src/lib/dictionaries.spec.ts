import { enUS, zhCN } from '@xinzhi/web-core';
import { incentivesEnUS } from '@xinzhi/web-incentives-i18n';
import { projectsEnUS } from '@xinzhi/web-projects-i18n';
import { SOLUTIONS_DICTIONARIES, solutionsEnUS, solutionsZhCN } from '@xinzhi/web-solutions-i18n';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('solutions dictionaries (loaded with the feature)', () => {
  const keys = Object.keys(solutionsEnUS) as Array<keyof typeof solutionsEnUS>;

  it('zh-CN and en-US have exactly the same keys, none of them a shell, project-workspace or incentives key', () => {
    expect(Object.keys(solutionsZhCN).sort()).toEqual([...keys].sort());
    const taken = (key: string) => [enUS, projectsEnUS, incentivesEnUS].some((other) => Object.prototype.hasOwnProperty.call(other, key));
    expect(keys.filter(taken)).toEqual([]);
  });

  it('has no empty texts, the same placeholders in both languages, and really Chinese texts', () => {
    expect(keys.filter((key) => solutionsEnUS[key].trim() === '' || solutionsZhCN[key].trim() === '')).toEqual([]);
    expect(keys.filter((key) => placeholders(solutionsEnUS[key]).join() !== placeholders(solutionsZhCN[key]).join())).toEqual([]);
    expect(keys.filter((key) => !/[\u4e00-\u9fff]/.test(solutionsZhCN[key]))).toEqual([]);
  });

  it('registers one dictionary per language', () => {
    expect(SOLUTIONS_DICTIONARIES['en-US']).toBe(solutionsEnUS);
    expect(SOLUTIONS_DICTIONARIES['zh-CN']).toBe(solutionsZhCN);
  });

  it('the shell has the menu entries and page titles in both languages', () => {
    for (const key of [
      'nav.painPoints',
      'nav.solutions',
      'nav.parkSolutions',
      'nav.parkDemand',
      'nav.parkPainPoints',
      'recommend.pageTitle',
      'solution.pageTitle',
    ] as const) {
      expect(enUS[key]).toBeTruthy();
      expect(zhCN[key]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
