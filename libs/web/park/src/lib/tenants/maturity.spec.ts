import { interpolate, type TranslationKey, type TranslationParams } from '@xinzhi/web-core';
import { assessmentEnUS, assessmentZhCN } from '@xinzhi/web-assessment-i18n';
import { maturityText } from './maturity';

const translator = (dictionary: Record<string, string>) => (key: TranslationKey, params?: TranslationParams) =>
  interpolate(dictionary[key] ?? key, params);

describe('a tenant’s maturity in the park’s list', () => {
  it('words the level, points and day in Chinese and English', () => {
    const tenant = { maturityLevel: 2, maturityPoints: 62.5, assessedOn: '2026-11-20' };
    expect(maturityText(tenant, 'zh-CN', translator(assessmentZhCN))).toEqual({
      level: '二级',
      points: '62.5 分',
      assessedOn: '2026-11-20 评测',
    });
    expect(maturityText(tenant, 'en-US', translator(assessmentEnUS))).toEqual({
      level: 'Level 2',
      points: '62.5 points',
      assessedOn: 'Assessed 2026-11-20',
    });
  });

  it('is null for a tenant never assessed, and says "not graded" for level 0', () => {
    expect(maturityText({ maturityLevel: null, maturityPoints: null, assessedOn: null }, 'zh-CN', translator(assessmentZhCN))).toBeNull();
    expect(
      maturityText({ maturityLevel: 0, maturityPoints: 12, assessedOn: '2026-01-02' }, 'zh-CN', translator(assessmentZhCN))?.level,
    ).toBe('未定级');
  });
});
