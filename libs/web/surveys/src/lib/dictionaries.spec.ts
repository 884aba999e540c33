import { enUS, zhCN } from '@xinzhi/web-core';
import { SURVEYS_DICTIONARIES, surveysEnUS, surveysZhCN } from '@xinzhi/web-surveys-i18n';

describe('surveys dictionaries (loaded with the feature)', () => {
  it('registers one dictionary per language with the same keys', () => {
    expect(SURVEYS_DICTIONARIES['en-US']).toBe(surveysEnUS);
    expect(SURVEYS_DICTIONARIES['zh-CN']).toBe(surveysZhCN);
    expect(Object.keys(surveysZhCN).sort()).toEqual(Object.keys(surveysEnUS).sort());
  });

  it('the shell has both menu entries in both languages', () => {
    for (const key of ['nav.surveys', 'nav.parkSurveys'] as const) {
      expect(enUS[key]).toBeTruthy();
      expect(zhCN[key]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
