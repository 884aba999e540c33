import { enUS, zhCN } from '@xinzhi/web-core';
import { ASSESSMENT_DICTIONARIES, assessmentEnUS, assessmentZhCN } from '@xinzhi/web-assessment-i18n';
import { projectsEnUS } from '@xinzhi/web-projects-i18n';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('assessment dictionaries (loaded with the feature)', () => {
  const keys = Object.keys(assessmentEnUS) as Array<keyof typeof assessmentEnUS>;

  it('zh-CN and en-US have exactly the same keys, none of them a shell or project-workspace key', () => {
    expect(Object.keys(assessmentZhCN).sort()).toEqual([...keys].sort());
    const taken = (key: string) =>
      Object.prototype.hasOwnProperty.call(enUS, key) || Object.prototype.hasOwnProperty.call(projectsEnUS, key);
    expect(keys.filter(taken)).toEqual([]);
  });

  it('has no empty texts, the same placeholders in both languages, and really Chinese texts', () => {
    expect(keys.filter((key) => assessmentEnUS[key].trim() === '' || assessmentZhCN[key].trim() === '')).toEqual([]);
    expect(keys.filter((key) => placeholders(assessmentEnUS[key]).join() !== placeholders(assessmentZhCN[key]).join())).toEqual([]);
    expect(keys.filter((key) => !/[\u4e00-\u9fff]/.test(assessmentZhCN[key]))).toEqual([]);
  });

  it('registers one dictionary per language', () => {
    expect(ASSESSMENT_DICTIONARIES['en-US']).toBe(assessmentEnUS);
    expect(ASSESSMENT_DICTIONARIES['zh-CN']).toBe(assessmentZhCN);
  });

  it('the shell has the menu entry and the page titles in both languages', () => {
    for (const key of ['nav.assessments', 'assessments.pageTitle', 'assessmentCompare.pageTitle'] as const) {
      expect(enUS[key]).toBeTruthy();
      expect(zhCN[key]).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('words the levels as MIIT does (二级 / Level 2)', () => {
    expect(assessmentZhCN['maturityLevel.2']).toBe('二级');
    expect(assessmentEnUS['maturityLevel.2']).toBe('Level 2');
    expect(assessmentZhCN['maturityLevel.0']).toBe('未定级');
  });
});
