import { enUS, zhCN } from '@xinzhi/web-core';
import { INCENTIVES_DICTIONARIES, incentivesEnUS, incentivesZhCN } from '@xinzhi/web-incentives-i18n';
import { projectsEnUS } from '@xinzhi/web-projects-i18n';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('incentives dictionaries (loaded with the feature)', () => {
  const keys = Object.keys(incentivesEnUS) as Array<keyof typeof incentivesEnUS>;

  it('zh-CN and en-US have exactly the same keys, none of them a shell or project-workspace key', () => {
    expect(Object.keys(incentivesZhCN).sort()).toEqual([...keys].sort());
    const taken = (key: string) =>
      Object.prototype.hasOwnProperty.call(enUS, key) || Object.prototype.hasOwnProperty.call(projectsEnUS, key);
    expect(keys.filter(taken)).toEqual([]);
  });

  it('has no empty texts, the same placeholders in both languages, and really Chinese texts', () => {
    expect(keys.filter((key) => incentivesEnUS[key].trim() === '' || incentivesZhCN[key].trim() === '')).toEqual([]);
    expect(keys.filter((key) => placeholders(incentivesEnUS[key]).join() !== placeholders(incentivesZhCN[key]).join())).toEqual([]);
    expect(keys.filter((key) => !/[\u4e00-\u9fff]/.test(incentivesZhCN[key]))).toEqual([]);
  });

  it('registers one dictionary per language', () => {
    expect(INCENTIVES_DICTIONARIES['en-US']).toBe(incentivesEnUS);
    expect(INCENTIVES_DICTIONARIES['zh-CN']).toBe(incentivesZhCN);
  });

  it('the shell has the menu entries and page titles in both languages', () => {
    for (const key of [
      'nav.incentives',
      'nav.myAwards',
      'nav.myTraining',
      'awardQueue.pageTitle',
      'schemes.pageTitle',
      'leaderboard.pageTitle',
      'skills.pageTitle',
      'training.pageTitle',
    ] as const) {
      expect(enUS[key]).toBeTruthy();
      expect(zhCN[key]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
