import type { AssessmentFramework, AssessmentGap } from '@xinzhi/shared-contracts';
import { interpolate, type TranslationKey, type TranslationParams } from '@xinzhi/web-core';
import { assessmentEnUS, assessmentZhCN } from '@xinzhi/web-assessment-i18n';
import { compareRoute } from './history';
import {
  decidedByWording,
  deltaDirection,
  gapPainDraft,
  gapTaskDraft,
  gapWording,
  levelShort,
  levelTitle,
  sceneGrid,
  signed,
} from './results';

const t = (zh: string, en = zh) => ({ 'zh-CN': zh, 'en-US': en });
const levels = [1, 2, 3, 4].map((level) => ({ level, plain: t(`水平 ${level}`, `Level ${level} text`), official: `官方 ${level}` }));
const framework = {
  dimensions: [
    {
      id: 'foundation',
      name: t('数字化基础', 'Digital foundation'),
      points: 50,
      subDimensions: [],
      items: [
        {
          id: 'q3',
          code: 'Q3',
          type: 'single',
          points: 6,
          prompt: t('设备联网率', 'Devices networked'),
          options: [
            { id: 'q3-b', label: t('10%–20%', '10–20 %'), fraction: 0.25 },
            { id: 'q3-c', label: t('20%–40%', '20–40 %'), fraction: 0.5 },
          ],
        },
      ],
    },
  ],
  sceneGroups: [{ id: 'production', name: t('生产执行', 'Production') }],
  scenes: [
    { id: 'quality', group: 'production', name: t('质量管理', 'Quality'), constraint: true, levels },
    { id: 'scheduling', group: 'production', name: t('计划排程', 'Scheduling'), constraint: false, levels },
  ],
  levelRules: [
    { level: 1, name: t('一级', 'Initial'), minPoints: 20, minScenes: 6, minConstraintScenes: 3 },
    { level: 2, name: t('规范级', 'Standardised'), minPoints: 40, minScenes: 6, minConstraintScenes: 3 },
  ],
} as unknown as AssessmentFramework;

const translator = (dictionary: Record<string, string>) => (key: TranslationKey, params?: TranslationParams) =>
  interpolate(dictionary[key] ?? key, params);
const en = translator(assessmentEnUS);
const zh = translator(assessmentZhCN);

const itemGap: AssessmentGap = {
  kind: 'item',
  key: 'item:q3',
  itemId: 'q3',
  dimensionId: 'foundation',
  businessArea: 'production',
  toOptionId: 'q3-c',
  gain: 1.5,
};
const sceneGap: AssessmentGap = {
  kind: 'scene',
  key: 'scene:quality',
  sceneId: 'quality',
  businessArea: 'production',
  constraint: true,
  fromLevel: 1,
  toLevel: 2,
};

describe('gap wording', () => {
  it('says which next option of a question earns how much', () => {
    const w = gapWording(framework, itemGap, 'en-US');
    expect(en(w.key, w.params)).toBe('Q3 Devices networked: next “20–40 %” earns +1.5');
  });

  it('says which scene to raise to which level, and that it is a constraint scene', () => {
    const w = gapWording(framework, sceneGap, 'zh-CN');
    expect(zh(w.key, w.params)).toBe('将质量管理从 1 级提升到 2 级（约束性场景）');
    const plain = gapWording(framework, { ...sceneGap, sceneId: 'scheduling', constraint: false }, 'en-US');
    expect(en(plain.key, plain.params)).toBe('Raise Scheduling from level 1 to 2');
  });

  it('prefills the task: title, a description naming the assessment and the target level, the business area', () => {
    const draft = gapTaskDraft(framework, sceneGap, '2026 自评', 'zh-CN', zh);
    expect(draft.title).toBe('将质量管理提升到 2 级');
    expect(draft.description).toContain('来自评测“2026 自评”：将质量管理从 1 级提升到 2 级（约束性场景）。');
    expect(draft.description).toContain('水平 2');
    expect(draft.businessArea).toBe('production');
    expect(gapTaskDraft(framework, itemGap, 'T1', 'en-US', en).title).toBe('Q3: reach “20–40 %”');
  });

  it('records a gap as a pain point worded like its task: scene for scene gaps, severity 4 for constraint scenes, else 3', () => {
    const scene = gapPainDraft(framework, sceneGap, '2026 自评', 'zh-CN', zh);
    expect(scene).toMatchObject({ title: '将质量管理提升到 2 级', businessArea: 'production', sceneId: 'quality', severity: 4 });
    expect(scene.description).toContain('来自评测“2026 自评”');
    expect(gapPainDraft(framework, { ...sceneGap, sceneId: 'scheduling', constraint: false }, 'T1', 'en-US', en)).toMatchObject({
      sceneId: 'scheduling',
      severity: 3,
    });
    const item = gapPainDraft(framework, itemGap, 'T1', 'en-US', en);
    expect(item).toMatchObject({ title: 'Q3: reach “20–40 %”', sceneId: null, severity: 3, businessArea: itemGap.businessArea });
  });
});

describe('levels and the rule that decided', () => {
  it('words levels as MIIT does, with the framework’s name', () => {
    expect(levelShort(2, zh)).toBe('二级');
    expect(levelShort(0, en)).toBe('Not graded');
    expect(levelShort(7, en)).toBe('Level 7');
    expect(levelTitle(framework, 2, 'en-US', en)).toBe('Level 2 · Standardised');
    // The name equal to the short word is not repeated.
    expect(levelTitle(framework, 1, 'zh-CN', zh)).toBe('一级');
    // A name that begins with the level (MIIT's "二级 规范级") is shown as it is.
    expect(
      levelTitle({ levelRules: [{ ...framework.levelRules[1], name: t('二级 规范级', 'Level 2 Standardised') }] }, 2, 'zh-CN', zh),
    ).toBe('二级 规范级');
  });

  it('states the thresholds met for a level reached', () => {
    const w = decidedByWording(
      framework,
      {
        totalPoints: 45.5,
        decidedBy: { level: 2, minPoints: 40, minScenes: 6, minConstraintScenes: 3, scenesAtLevel: 7, constraintScenesAtLevel: 4 },
      },
      'en-US',
      en,
    );
    expect(w && en(w.key, w.params)).toBe(
      'Level 2: 45.5 points ≥ 40, 7 scenes at level 2 or higher (≥ 6), of which 4 constraint scenes (≥ 3).',
    );
  });

  it('says what level 1 would need when not graded', () => {
    const w = decidedByWording(
      framework,
      {
        totalPoints: 30,
        decidedBy: { level: 0, minPoints: null, minScenes: null, minConstraintScenes: null, scenesAtLevel: 2, constraintScenesAtLevel: 1 },
      },
      'en-US',
      en,
    );
    expect(w && en(w.key, w.params)).toContain('Level 1 needs 20 points, 6 scenes');
    expect(w && en(w.key, w.params)).toContain('you have 30 points, 2 scenes and 1 constraint scenes');
  });
});

describe('scene grid', () => {
  it('lists scenes by group with the levels they reach', () => {
    const grid = sceneGrid(framework, [{ sceneId: 'quality', level: 2 }], 'zh-CN');
    expect(grid).toHaveLength(1);
    expect(grid[0].name).toBe('生产执行');
    expect(grid[0].rows.map((r) => [r.name, r.constraint, r.level, r.cells])).toEqual([
      ['质量管理', true, 2, [true, true, false, false]],
      ['计划排程', false, 0, [false, false, false, false]],
    ]);
  });
});

describe('comparison', () => {
  const summary = (id: string, status: 'scored' | 'draft', assessedOn: string | null, createdAt: string) =>
    ({ id, status, assessedOn, createdAt }) as never;

  it('puts the later of two scored assessments as T1', () => {
    const items = [
      summary('b', 'scored', '2026-11-01', '2026-10-30T00:00:00Z'),
      summary('a', 'scored', '2025-11-01', '2025-10-30T00:00:00Z'),
    ];
    expect(compareRoute(items, ['b', 'a'])).toEqual(['/assessments', 'b', 'compare', 'a']);
    expect(compareRoute(items, ['a', 'b'])).toEqual(['/assessments', 'b', 'compare', 'a']);
  });

  it('needs exactly two scored ones', () => {
    const items = [summary('a', 'scored', '2025-11-01', 'x'), summary('d', 'draft', null, 'y')];
    expect(compareRoute(items, ['a'])).toBeNull();
    expect(compareRoute(items, ['a', 'd'])).toBeNull();
  });

  it('signs changes and tells their direction', () => {
    expect(signed(2.5, 'en-US')).toBe('+2.5');
    expect(signed(-1, 'en-US')).toBe('−1');
    expect(signed(0, 'en-US')).toBe('±0');
    expect([deltaDirection(1), deltaDirection(-1), deltaDirection(0)]).toEqual(['up', 'down', 'same']);
  });
});
