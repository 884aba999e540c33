import {
  AssessmentFrameworkDefinitionSchema,
  AssessmentResultSchema,
  PROBLEM_CODES,
  type AssessmentFrameworkDefinition,
  type AssessmentItem,
  type AssessmentResult,
  type ItemAnswer,
  type SceneAnswer,
} from '@xinzhi/shared-contracts';
import miitDocument from '../frameworks/miit-sme-dl-2024.json';
import euDmaDocument from '../frameworks/eu-dma-2024.json';
import { answerProblems, compareResults, scoreAssessment } from './index';

const text = (en: string) => ({ 'zh-CN': `测试${en}`, 'en-US': en });

/**
 * A small framework worked by hand (20 points):
 * - `base` (18): sub-dimension `kit` (8) with t1 (single, 4: 0 / 0.5 / 1, evidence share bands
 *   [0,10] (10,50] (50,100]) and t2 (multi, 4: none / 0.25 / 0.25 / 0.5); sub-dimension `data` (10)
 *   with t3 (multi, 10: none, 14 options of 0.07 and one of 0.09 — the MIIT Q4 shape).
 * - `org` (2): t4 (single, 2: 0 / 0.5 / 1, evidence change rule: up c, flat b, down a).
 * - Scenes s1, s2 (constraint, group g1), s3, s4 (group g2).
 * - Levels: 1 ≥ 5 points, 2 scenes, 1 constraint; 2 ≥ 10, 3, 2; 3 ≥ 15, 4, 2.
 */
function tinyFramework(overrides: Partial<AssessmentFrameworkDefinition> = {}): AssessmentFrameworkDefinition {
  const item = (
    id: string,
    sub: string,
    type: 'single' | 'multi',
    points: number,
    fractions: number[],
    extra: Partial<AssessmentItem> = {},
  ) => ({
    id,
    code: id.toUpperCase(),
    subDimensionId: sub,
    type,
    points,
    prompt: text(`question ${id}`),
    help: text(`help ${id}`),
    official: `官方 ${id}`,
    businessArea: 'production' as const,
    options: fractions.map((fraction, i) => ({
      id: `${id}-${String.fromCharCode(97 + i)}`,
      label: text(i === 0 && type === 'multi' ? 'None' : `option ${i}`),
      fraction,
      ...(i === 0 && type === 'multi' ? { exclusive: true } : {}),
    })),
    ...extra,
  });
  const def = {
    key: 'tiny',
    version: '1',
    industryTable: 'manufacturing',
    name: text('Tiny'),
    source: text('hand-built for tests'),
    overall: 'sum' as const,
    maxPoints: 20,
    dimensions: [
      {
        id: 'base',
        name: text('Base'),
        points: 18,
        subDimensions: [
          { id: 'kit', name: text('Kit'), points: 8 },
          { id: 'data', name: text('Data'), points: 10 },
        ],
        items: [
          item('t1', 'kit', 'single', 4, [0, 0.5, 1], {
            evidence: {
              fields: [
                { id: 'total', label: text('Total'), unit: text('pcs') },
                { id: 'done', label: text('Done'), unit: text('pcs') },
              ],
              rule: {
                kind: 'share',
                numerator: 'done',
                denominator: 'total',
                bands: [
                  { optionId: 't1-a', abovePercent: null, upToPercent: 10 },
                  { optionId: 't1-b', abovePercent: 10, upToPercent: 50 },
                  { optionId: 't1-c', abovePercent: 50, upToPercent: 100 },
                ],
              },
            },
          }),
          item('t2', 'kit', 'multi', 4, [0, 0.25, 0.25, 0.5]),
          item('t3', 'data', 'multi', 10, [0, ...Array(14).fill(0.07), 0.09]),
        ],
      },
      {
        id: 'org',
        name: text('Organisation'),
        points: 2,
        subDimensions: [{ id: 'plan', name: text('Plan'), points: 2 }],
        items: [
          item('t4', 'plan', 'single', 2, [0, 0.5, 1], {
            businessArea: 'management',
            evidence: {
              fields: [
                { id: 'now', label: text('This year'), unit: text('t') },
                { id: 'before', label: text('Last year'), unit: text('t') },
              ],
              rule: {
                kind: 'change',
                current: 'now',
                previous: 'before',
                flatWithin: 0.02,
                upOptionId: 't4-c',
                flatOptionId: 't4-b',
                downOptionId: 't4-a',
              },
            },
          }),
        ],
      },
    ],
    sceneGroups: [
      { id: 'g1', name: text('Group 1') },
      { id: 'g2', name: text('Group 2') },
    ],
    scenes: ['s1', 's2', 's3', 's4'].map((id, i) => ({
      id,
      group: i < 2 ? 'g1' : 'g2',
      name: text(`scene ${id}`),
      official: `场景 ${id}`,
      constraint: i < 2,
      businessArea: i % 2 ? ('finance' as const) : ('procurement' as const),
      levels: [1, 2, 3, 4].map((level) => ({ level, plain: text(`${id} level ${level}`), official: `${id} 级 ${level}` })),
    })),
    levelRules: [
      { level: 1, name: text('One'), minPoints: 5, minScenes: 2, minConstraintScenes: 1 },
      { level: 2, name: text('Two'), minPoints: 10, minScenes: 3, minConstraintScenes: 2 },
      { level: 3, name: text('Three'), minPoints: 15, minScenes: 4, minConstraintScenes: 2 },
    ],
    ...overrides,
  };
  return AssessmentFrameworkDefinitionSchema.parse(def);
}

const TINY = tinyFramework();
const T3_ALL = ['t3-b', 't3-c', 't3-d', 't3-e', 't3-f', 't3-g', 't3-h', 't3-i', 't3-j', 't3-k', 't3-l', 't3-m', 't3-n', 't3-o', 't3-p'];

function score(def: AssessmentFrameworkDefinition, items: ItemAnswer[], scenes: SceneAnswer[] = []): AssessmentResult {
  const result = scoreAssessment(def, { items, scenes });
  // Every result is a valid contract value.
  expect(AssessmentResultSchema.parse(result)).toEqual(result);
  return result;
}

const scenesAt = (levels: Record<string, number>): SceneAnswer[] => Object.entries(levels).map(([sceneId, level]) => ({ sceneId, level }));

describe('scoreAssessment on a hand-built framework', () => {
  it('scores nothing answered as 0 points, level 0, and lists the cheapest way to level 1', () => {
    const result = score(TINY, []);
    expect(result.totalPoints).toBe(0);
    expect(result.level).toBe(0);
    expect(result.sceneLevels.map((s) => s.level)).toEqual([0, 0, 0, 0]);
    expect(result.decidedBy).toEqual({
      level: 0,
      minPoints: null,
      minScenes: null,
      minConstraintScenes: null,
      scenesAtLevel: 0,
      constraintScenesAtLevel: 0,
    });
    // Next steps from nothing: t1 → b (0.5 × 4 = 2), t2 → d (0.5 × 4 = 2), t3 → p (0.09 × 10 = 0.9),
    // t4 → b (0.5 × 2 = 1). By gain: t1 2, t2 2, t4 1, t3 0.9; 5 short → t1 + t2 + t4 = 5 covers it.
    // Scenes: 2 short, 1 constraint short → s1 (constraint, first in order), then s2 (all at 0; order).
    expect(result.gaps).toEqual({
      nextLevel: 1,
      pointsShort: 5,
      scenesShort: 2,
      constraintScenesShort: 1,
      items: [
        { kind: 'item', key: 'item:t1', itemId: 't1', dimensionId: 'base', businessArea: 'production', toOptionId: 't1-b', gain: 2 },
        { kind: 'item', key: 'item:t2', itemId: 't2', dimensionId: 'base', businessArea: 'production', toOptionId: 't2-d', gain: 2 },
        { kind: 'item', key: 'item:t4', itemId: 't4', dimensionId: 'org', businessArea: 'management', toOptionId: 't4-b', gain: 1 },
        { kind: 'scene', key: 'scene:s1', sceneId: 's1', businessArea: 'procurement', constraint: true, fromLevel: 0, toLevel: 1 },
        { kind: 'scene', key: 'scene:s2', sceneId: 's2', businessArea: 'finance', constraint: true, fromLevel: 0, toLevel: 1 },
      ],
    });
  });

  it('scores every "none" / lowest option like nothing answered', () => {
    const result = score(TINY, [
      { itemId: 't1', optionIds: ['t1-a'] },
      { itemId: 't2', optionIds: ['t2-a'] },
      { itemId: 't3', optionIds: ['t3-a'] },
      { itemId: 't4', optionIds: ['t4-a'] },
    ]);
    expect(result.totalPoints).toBe(0);
    expect(result.level).toBe(0);
    expect(result.itemPoints).toEqual([
      { itemId: 't1', points: 0 },
      { itemId: 't2', points: 0 },
      { itemId: 't3', points: 0 },
      { itemId: 't4', points: 0 },
    ]);
    expect(result.gaps.items.filter((g) => g.kind === 'item').map((g) => g.key)).toEqual(['item:t1', 'item:t2', 'item:t4']);
  });

  it('scores every highest option and every scene at 4 as full points and the top level, with no gaps', () => {
    const result = score(
      TINY,
      [
        { itemId: 't1', optionIds: ['t1-c'] },
        { itemId: 't2', optionIds: ['t2-b', 't2-c', 't2-d'] },
        { itemId: 't3', optionIds: T3_ALL },
        { itemId: 't4', optionIds: ['t4-c'] },
      ],
      scenesAt({ s1: 4, s2: 4, s3: 4, s4: 4 }),
    );
    // t3: 14 × 0.7 + 0.9 = 10 exactly (in floating point 0.07 × 10 added 14 times is not).
    expect(result.itemPoints).toEqual([
      { itemId: 't1', points: 4 },
      { itemId: 't2', points: 4 },
      { itemId: 't3', points: 10 },
      { itemId: 't4', points: 2 },
    ]);
    expect(result.totalPoints).toBe(20);
    expect(result.level).toBe(3);
    expect(result.decidedBy).toEqual({
      level: 3,
      minPoints: 15,
      minScenes: 4,
      minConstraintScenes: 2,
      scenesAtLevel: 4,
      constraintScenesAtLevel: 2,
    });
    expect(result.dimensionPoints).toEqual([
      {
        dimensionId: 'base',
        points: 18,
        maxPoints: 18,
        share: 1,
        subDimensions: [
          { subDimensionId: 'kit', points: 8, maxPoints: 8 },
          { subDimensionId: 'data', points: 10, maxPoints: 10 },
        ],
      },
      { dimensionId: 'org', points: 2, maxPoints: 2, share: 1, subDimensions: [{ subDimensionId: 'plan', points: 2, maxPoints: 2 }] },
    ]);
    expect(result.gaps).toEqual({ nextLevel: null, pointsShort: 0, scenesShort: 0, constraintScenesShort: 0, items: [] });
  });

  it('scores a mixed set with a multi-select sum (worked by hand)', () => {
    const result = score(
      TINY,
      [
        { itemId: 't1', optionIds: ['t1-b'] }, // 0.5 × 4 = 2
        { itemId: 't2', optionIds: ['t2-b', 't2-d'] }, // (0.25 + 0.5) × 4 = 3
        { itemId: 't3', optionIds: ['t3-b', 't3-c', 't3-p'] }, // (0.07 + 0.07 + 0.09) × 10 = 2.3
        { itemId: 't4', optionIds: ['t4-b'] }, // 0.5 × 2 = 1
      ],
      scenesAt({ s1: 2, s2: 1, s3: 3 }), // s4 not answered → 0
    );
    // base = kit (2 + 3 = 5) + data 2.3 = 7.3; org = 1; total 8.3.
    expect(result.itemPoints.map((i) => i.points)).toEqual([2, 3, 2.3, 1]);
    expect(result.dimensionPoints.map((d) => [d.dimensionId, d.points, d.share])).toEqual([
      ['base', 7.3, 0.4056], // 7.3 / 18 = 0.40555…
      ['org', 1, 0.5],
    ]);
    expect(result.dimensionPoints[0].subDimensions).toEqual([
      { subDimensionId: 'kit', points: 5, maxPoints: 8 },
      { subDimensionId: 'data', points: 2.3, maxPoints: 10 },
    ]);
    expect(result.totalPoints).toBe(8.3);
    // Level 1: 8.3 ≥ 5; scenes ≥ 1: s1, s2, s3 = 3 ≥ 2; constraint s1, s2 = 2 ≥ 1. Level 2 needs 10 points.
    expect(result.level).toBe(1);
    expect(result.decidedBy).toEqual({
      level: 1,
      minPoints: 5,
      minScenes: 2,
      minConstraintScenes: 1,
      scenesAtLevel: 3,
      constraintScenesAtLevel: 2,
    });
    // Level 2: 1.7 points short. Scenes ≥ 2: s1, s3 = 2 (3 needed → 1 short); constraint ≥ 2: s1 = 1 (2 needed → 1 short).
    // Next steps: t1 → c (+2), t2 → c (+1), t3 → d (+0.7), t4 → c (+1). By gain: t1 2 covers 1.7 alone.
    // Scenes: the constraint scene below 2 is s2 (1 → 2); it also covers the one scene short.
    expect(result.gaps).toEqual({
      nextLevel: 2,
      pointsShort: 1.7,
      scenesShort: 1,
      constraintScenesShort: 1,
      items: [
        { kind: 'item', key: 'item:t1', itemId: 't1', dimensionId: 'base', businessArea: 'production', toOptionId: 't1-c', gain: 2 },
        { kind: 'scene', key: 'scene:s2', sceneId: 's2', businessArea: 'finance', constraint: true, fromLevel: 1, toLevel: 2 },
      ],
    });
  });

  it('keeps the level below a rule whose points are met but whose scene counts are not, and names the scenes', () => {
    const result = score(
      TINY,
      [
        { itemId: 't1', optionIds: ['t1-c'] }, // 4
        { itemId: 't2', optionIds: ['t2-d', 't2-b'] }, // 3
        { itemId: 't3', optionIds: ['t3-b', 't3-c', 't3-d', 't3-e', 't3-f'] }, // 5 × 0.7 = 3.5
      ],
      scenesAt({ s1: 1, s3: 3, s4: 2 }),
    );
    // 10.5 points ≥ 10 (level 2), but at ≥ 2 only s3, s4 (2 < 3) and no constraint scene (0 < 2).
    // Level 1: 10.5 ≥ 5, scenes ≥ 1: s1, s3, s4 = 3 ≥ 2, constraint s1 = 1 ≥ 1 → level 1.
    expect(result.totalPoints).toBe(10.5);
    expect(result.level).toBe(1);
    // Gaps to level 2: no points short, so no items; constraint scenes first: s1 (at 1) before s2 (at 0);
    // the two constraint scenes also cover the one scene short.
    expect(result.gaps).toEqual({
      nextLevel: 2,
      pointsShort: 0,
      scenesShort: 1,
      constraintScenesShort: 2,
      items: [
        { kind: 'scene', key: 'scene:s1', sceneId: 's1', businessArea: 'procurement', constraint: true, fromLevel: 1, toLevel: 2 },
        { kind: 'scene', key: 'scene:s2', sceneId: 's2', businessArea: 'finance', constraint: true, fromLevel: 0, toLevel: 2 },
      ],
    });
  });

  it('stays at level 0 when the points of level 1 are met but not its scenes', () => {
    const result = score(TINY, [{ itemId: 't3', optionIds: T3_ALL }], scenesAt({ s3: 1, s4: 4 }));
    // 10 points ≥ 5, scenes ≥ 1: s3, s4 = 2 ≥ 2, but no constraint scene (0 < 1).
    expect(result.totalPoints).toBe(10);
    expect(result.level).toBe(0);
    expect(result.decidedBy).toMatchObject({ level: 0, scenesAtLevel: 2, constraintScenesAtLevel: 0 });
    expect(result.gaps).toMatchObject({ nextLevel: 1, pointsShort: 0, scenesShort: 0, constraintScenesShort: 1 });
    expect(result.gaps.items.map((g) => g.key)).toEqual(['scene:s1']);
  });

  it('orders scene gaps: constraint scenes first while short, then the highest current level, then framework order', () => {
    const def = tinyFramework({
      levelRules: [{ level: 1, name: text('One'), minPoints: 0, minScenes: 4, minConstraintScenes: 1 }],
    });
    // Level 1 needs 4 scenes ≥ 1 of which 1 constraint: s3 is at 1, the rest at 0 → 3 short, 1 constraint short.
    const result = score(def, [], scenesAt({ s3: 1 }));
    expect(result.gaps.scenesShort).toBe(3);
    expect(result.gaps.constraintScenesShort).toBe(1);
    expect(result.gaps.items.map((g) => g.key)).toEqual(['scene:s1', 'scene:s2', 'scene:s4']);

    const higher = tinyFramework({
      levelRules: [
        { level: 1, name: text('One'), minPoints: 0, minScenes: 0, minConstraintScenes: 0 },
        { level: 2, name: text('Two'), minPoints: 0, minScenes: 4, minConstraintScenes: 0 },
        { level: 3, name: text('Three'), minPoints: 0, minScenes: 2, minConstraintScenes: 0 },
      ],
    });
    // Level 1 holds (no conditions); level 2 does not (4 scenes at ≥ 2 needed, s2 and s4 are).
    const two = score(higher, [], scenesAt({ s1: 1, s2: 2, s4: 2 }));
    expect(two.level).toBe(1);
    expect(two.gaps.nextLevel).toBe(2);
    // Level 2 needs 4 scenes at ≥ 2: s2, s4 are; s1 (at 1) before s3 (at 0).
    expect(two.gaps.items).toEqual([
      { kind: 'scene', key: 'scene:s1', sceneId: 's1', businessArea: 'procurement', constraint: true, fromLevel: 1, toLevel: 2 },
      { kind: 'scene', key: 'scene:s3', sceneId: 's3', businessArea: 'procurement', constraint: false, fromLevel: 0, toLevel: 2 },
    ]);
  });

  it('orders item gaps by gain, then framework order, and lists all of them when even all do not cover the shortfall', () => {
    const def = tinyFramework({
      levelRules: [{ level: 1, name: text('One'), minPoints: 20, minScenes: 0, minConstraintScenes: 0 }],
    });
    const result = score(def, [
      { itemId: 't1', optionIds: ['t1-b'] },
      { itemId: 't2', optionIds: ['t2-d'] },
      { itemId: 't4', optionIds: ['t4-c'] },
    ]);
    // 2 + 2 + 0 + 2 = 6 → 14 short. Steps: t1 → c +2, t2 → b +1 (first of the two 0.25 options), t3 → p +0.9; t4 at the top.
    expect(result.gaps.pointsShort).toBe(14);
    expect(result.gaps.items.map((g) => (g.kind === 'item' ? [g.itemId, g.toOptionId, g.gain] : null))).toEqual([
      ['t1', 't1-c', 2],
      ['t2', 't2-b', 1],
      ['t3', 't3-p', 0.9],
    ]);
  });

  it('takes a single-choice item one option up, not to the top', () => {
    const def = tinyFramework({
      levelRules: [{ level: 1, name: text('One'), minPoints: 20, minScenes: 0, minConstraintScenes: 0 }],
    });
    const result = score(def, [{ itemId: 't1', optionIds: ['t1-a'] }]);
    expect(result.gaps.items.find((g) => g.key === 'item:t1')).toMatchObject({ toOptionId: 't1-b', gain: 2 });
  });

  it('caps a multi-select at its points', () => {
    const def = tinyFramework();
    def.dimensions[0].items[1].options[3].fraction = 0.9; // t2: 0.25 + 0.25 + 0.9 = 1.4 → capped at 1 × 4
    const result = score(def, [{ itemId: 't2', optionIds: ['t2-b', 't2-c', 't2-d'] }]);
    expect(result.itemPoints[1]).toEqual({ itemId: 't2', points: 4 });
  });

  it('averages dimension percentages for a mean_percent framework and states gains in total points', () => {
    const def = tinyFramework({
      overall: 'mean_percent',
      maxPoints: 100,
      levelRules: [{ level: 1, name: text('Basic'), minPoints: 90, minScenes: 0, minConstraintScenes: 0 }],
    });
    const result = score(def, [
      { itemId: 't3', optionIds: T3_ALL }, // base 10 / 18 = 55.555… %
      { itemId: 't4', optionIds: ['t4-b'] }, // org 1 / 2 = 50 %
    ]);
    // (55.5556 + 50) / 2 = 52.7778 → 52.78
    expect(result.totalPoints).toBe(52.78);
    expect(result.gaps.pointsShort).toBe(37.22);
    // Gains on the total scale: t4 → c: 1 / 2 × 100 / 2 = 25; t1 → b: 2 / 18 × 100 / 2 = 5.56; t2 → d the same, 5.56 (later).
    // 25 + 5.56 + 5.56 = 36.11 < 37.22 → all three.
    expect(result.gaps.items.map((g) => (g.kind === 'item' ? [g.itemId, g.gain] : null))).toEqual([
      ['t4', 25],
      ['t1', 5.56],
      ['t2', 5.56],
    ]);
  });

  it('ignores answers naming items, options or scenes the framework does not have', () => {
    const result = score(TINY, [
      { itemId: 'zz', optionIds: ['zz-a'] },
      { itemId: 't1', optionIds: ['t2-d'] },
    ]);
    expect(result.totalPoints).toBe(0);
    expect(scoreAssessment(TINY, { items: [], scenes: [{ sceneId: 'nope', level: 4 }] }).sceneLevels.every((s) => s.level === 0)).toBe(
      true,
    );
  });
});

describe('answerProblems', () => {
  it('accepts a valid request', () => {
    expect(
      answerProblems(TINY, {
        items: [
          { itemId: 't1', optionIds: ['t1-b'], evidence: { total: 100, done: 35 } },
          { itemId: 't2', optionIds: ['t2-b', 't2-d'] },
          { itemId: 't3', optionIds: ['t3-a'] },
          { itemId: 't4', optionIds: [] },
        ],
        scenes: [{ sceneId: 's1', level: 3 }],
      }),
    ).toEqual([]);
  });

  it('names unknown questions and scenes, and ones given twice', () => {
    const errors = answerProblems(TINY, {
      items: [
        { itemId: 'q99', optionIds: [] },
        { itemId: 't1', optionIds: ['t1-a'] },
        { itemId: 't1', optionIds: ['t1-b'] },
      ],
      scenes: [
        { sceneId: 'moon', level: 1 },
        { sceneId: 's1', level: 1 },
        { sceneId: 's1', level: 2 },
      ],
    });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['items.0.itemId', PROBLEM_CODES.exists],
      ['items.2.itemId', PROBLEM_CODES.unique],
      ['scenes.0.sceneId', PROBLEM_CODES.exists],
      ['scenes.2.sceneId', PROBLEM_CODES.unique],
    ]);
    expect(errors[0].message).toBe('the framework has no question "q99"');
  });

  it('refuses an option of another question, a duplicate option, two options on a single choice and "none" with another', () => {
    const errors = answerProblems(TINY, {
      items: [
        { itemId: 't1', optionIds: ['t2-b'] },
        { itemId: 't2', optionIds: ['t2-b', 't2-b'] },
        { itemId: 't4', optionIds: ['t4-a', 't4-b'] },
        { itemId: 't3', optionIds: ['t3-a', 't3-b'] },
      ],
    });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['items.0.optionIds', PROBLEM_CODES.oneOf],
      ['items.1.optionIds', PROBLEM_CODES.unique],
      ['items.2.optionIds', PROBLEM_CODES.arrayMaxSize],
      ['items.3.optionIds', PROBLEM_CODES.exclusiveOption],
    ]);
    expect(errors[0].message).toBe('option "t2-b" belongs to question T2, not to T1');
    expect(errors[2].limit).toBe(1);
    expect(errors[3].message).toBe('"None" (t3-a) cannot be chosen together with another option');
  });

  it('refuses evidence for a question without evidence, unknown evidence fields and evidence contradicting the option', () => {
    const errors = answerProblems(TINY, {
      items: [
        { itemId: 't2', optionIds: ['t2-b'], evidence: { total: 3 } },
        { itemId: 't1', optionIds: ['t1-a'], evidence: { total: 100, done: 35, extra: 1 } },
      ],
    });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['items.0.evidence', PROBLEM_CODES.unknownField],
      ['items.1.evidence.extra', PROBLEM_CODES.unknownField],
    ]);
    const mismatch = answerProblems(TINY, {
      items: [
        { itemId: 't1', optionIds: ['t1-a'], evidence: { total: 100, done: 35 } },
        { itemId: 't4', optionIds: ['t4-c'], evidence: { now: 88, before: 100 } },
      ],
    });
    expect(mismatch).toEqual([
      {
        field: 'items.0.optionIds',
        code: PROBLEM_CODES.evidenceMismatch,
        message: 'the evidence gives 35 % — the (10 %, 50 %] option, but another option is chosen',
      },
      {
        field: 'items.1.optionIds',
        code: PROBLEM_CODES.evidenceMismatch,
        message: 'the evidence gives a fall of 12 % — the "option 0" (t4-a) option, but another option is chosen',
      },
    ]);
  });

  it('accepts evidence that agrees, evidence without an option chosen, and partial evidence', () => {
    expect(
      answerProblems(TINY, {
        items: [
          { itemId: 't1', optionIds: ['t1-c'], evidence: { total: 10, done: 10 } },
          { itemId: 't4', optionIds: [], evidence: { now: 5, before: 1 } },
        ],
      }),
    ).toEqual([]);
    expect(answerProblems(TINY, { items: [{ itemId: 't1', optionIds: ['t1-a'], evidence: { done: 35 } }] })).toEqual([]);
  });
});

describe('compareResults', () => {
  it('gives total, level, per-dimension and per-scene differences for what both have', () => {
    const t0 = score(TINY, [{ itemId: 't1', optionIds: ['t1-b'] }], scenesAt({ s1: 1, s3: 2 }));
    const t1 = score(
      TINY,
      [
        { itemId: 't1', optionIds: ['t1-c'] },
        { itemId: 't3', optionIds: ['t3-b'] },
        { itemId: 't4', optionIds: ['t4-c'] },
      ],
      scenesAt({ s1: 2, s2: 1, s3: 1 }),
    );
    // t0: 2 points; t1: 4 + 0.7 + 2 = 6.7. Levels: t0 0 (2 < 5), t1 1 (6.7 ≥ 5; s1, s2, s3 ≥ 1; s1, s2 constraint).
    expect(compareResults({ def: TINY, result: t0 }, { def: TINY, result: t1 })).toEqual({
      totalDelta: 4.7,
      levelDelta: 1,
      dimensions: [
        { dimensionId: 'base', from: 2, to: 4.7, delta: 2.7 },
        { dimensionId: 'org', from: 0, to: 2, delta: 2 },
      ],
      scenes: [
        { sceneId: 's1', from: 1, to: 2, delta: 1 },
        { sceneId: 's2', from: 0, to: 1, delta: 1 },
        { sceneId: 's3', from: 2, to: 1, delta: -1 },
        { sceneId: 's4', from: 0, to: 0, delta: 0 },
      ],
    });
  });

  it('compares only the dimensions and scenes present in both versions', () => {
    const v2 = tinyFramework({ version: '2' });
    v2.dimensions = v2.dimensions.filter((d) => d.id === 'base');
    v2.maxPoints = 18;
    v2.scenes = v2.scenes.filter((s) => s.id !== 's4');
    const t0 = score(TINY, [{ itemId: 't4', optionIds: ['t4-c'] }]);
    const t1 = score(v2, [{ itemId: 't1', optionIds: ['t1-c'] }]);
    const diff = compareResults({ def: TINY, result: t0 }, { def: v2, result: t1 });
    expect(diff.totalDelta).toBe(2);
    expect(diff.dimensions).toEqual([{ dimensionId: 'base', from: 0, to: 4, delta: 4 }]);
    expect(diff.scenes.map((s) => s.sceneId)).toEqual(['s1', 's2', 's3']);
  });
});

// ---------------------------------------------------------------------------------------------
// The MIIT 2024 table, as published: foundation 50, management 30, results 20; 16 scenes, 10 of them
// constraint scenes; level 1 ≥ 20 points, 6 scenes, 3 constraint; 2 ≥ 40, 6, 3; 3 ≥ 60, 8, 5; 4 ≥ 80, 10, 6.

const MIIT = AssessmentFrameworkDefinitionSchema.parse(miitDocument);
const MIIT_ITEMS = MIIT.dimensions.flatMap((d) => d.items);
const MIIT_SCENES = MIIT.scenes.map((s) => s.id);

const itemGap = (itemId: string, toOptionId: string, gain: number) => {
  const dimension = MIIT.dimensions.find((d) => d.items.some((i) => i.id === itemId));
  const item = MIIT_ITEMS.find((i) => i.id === itemId);
  return { kind: 'item', key: `item:${itemId}`, itemId, dimensionId: dimension?.id, businessArea: item?.businessArea, toOptionId, gain };
};
const sceneGap = (sceneId: string, fromLevel: number, toLevel: number) => {
  const scene = MIIT.scenes.find((s) => s.id === sceneId);
  return {
    kind: 'scene',
    key: `scene:${sceneId}`,
    sceneId,
    businessArea: scene?.businessArea,
    constraint: scene?.constraint,
    fromLevel,
    toLevel,
  };
};

describe('scoreAssessment on the MIIT 2024 table', () => {
  it('has the published shape', () => {
    expect(MIIT.dimensions.map((d) => [d.id, d.points])).toEqual([
      ['foundation', 50],
      ['management', 30],
      ['results', 20],
    ]);
    expect(MIIT_ITEMS.map((i) => i.id)).toEqual(Array.from({ length: 15 }, (_, i) => `q${i + 1}`));
    expect(MIIT.scenes.filter((s) => s.constraint)).toHaveLength(10);
  });

  it('scores every "none" / lowest option and no scene as 0 points, level 0', () => {
    const result = score(
      MIIT,
      MIIT_ITEMS.map((item) => ({ itemId: item.id, optionIds: [item.options[0].id] })),
    );
    expect(result.totalPoints).toBe(0);
    expect(result.dimensionPoints.map((d) => d.points)).toEqual([0, 0, 0]);
    expect(result.level).toBe(0);
    expect(result.decidedBy).toEqual({
      level: 0,
      minPoints: null,
      minScenes: null,
      minConstraintScenes: null,
      scenesAtLevel: 0,
      constraintScenesAtLevel: 0,
    });
    // Next steps from the bottom, by gain: Q12 B 3.5, Q13 B 3.5, Q5 B 2.5, Q1 one network 2, Q9 one rule 1.875,
    // Q11 B 1.875, then the 1.5 steps Q2, Q3, Q8, Q10 (Q14, Q15 too, later), Q6, Q7 1.25, Q4 O 0.9.
    // 20 short: 3.5 + 3.5 + 2.5 + 2 + 1.875 + 1.875 + 1.5 + 1.5 + 1.5 = 19.75 < 20; + Q10 1.5 = 21.25 ≥ 20.
    // Scenes: 6 short, 3 constraint: product_design, marketing, production_control (constraint, in order),
    // then process_design, after_sales, scheduling (any, in order; all at 0).
    expect(result.gaps).toEqual({
      nextLevel: 1,
      pointsShort: 20,
      scenesShort: 6,
      constraintScenesShort: 3,
      items: [
        itemGap('q12', 'q12-b', 3.5),
        itemGap('q13', 'q13-b', 3.5),
        itemGap('q5', 'q5-b', 2.5),
        itemGap('q1', 'q1-b', 2),
        itemGap('q9', 'q9-b', 1.88),
        itemGap('q11', 'q11-b', 1.88),
        itemGap('q2', 'q2-b', 1.5),
        itemGap('q3', 'q3-b', 1.5),
        itemGap('q8', 'q8-b', 1.5),
        itemGap('q10', 'q10-b', 1.5),
        sceneGap('product_design', 0, 1),
        sceneGap('marketing', 0, 1),
        sceneGap('production_control', 0, 1),
        sceneGap('process_design', 0, 1),
        sceneGap('after_sales', 0, 1),
        sceneGap('scheduling', 0, 1),
      ],
    });
  });

  it('scores every highest option (all of each multi-select) and every scene at 4 as 100 points, level 4', () => {
    const result = score(
      MIIT,
      MIIT_ITEMS.map((item) => ({
        itemId: item.id,
        optionIds:
          item.type === 'multi' ? item.options.filter((o) => !o.exclusive).map((o) => o.id) : [item.options[item.options.length - 1].id],
      })),
      MIIT_SCENES.map((sceneId) => ({ sceneId, level: 4 })),
    );
    // Q4: 13 links × 0.7 + … = 14 × 0.7 + 0.9 = 10, exactly.
    expect(result.itemPoints.find((i) => i.itemId === 'q4')?.points).toBe(10);
    expect(result.dimensionPoints.map((d) => [d.dimensionId, d.points, d.share])).toEqual([
      ['foundation', 50, 1],
      ['management', 30, 1],
      ['results', 20, 1],
    ]);
    expect(result.totalPoints).toBe(100);
    expect(result.level).toBe(4);
    expect(result.decidedBy).toEqual({
      level: 4,
      minPoints: 80,
      minScenes: 10,
      minConstraintScenes: 6,
      scenesAtLevel: 16,
      constraintScenesAtLevel: 10,
    });
    expect(result.gaps).toEqual({ nextLevel: null, pointsShort: 0, scenesShort: 0, constraintScenesShort: 0, items: [] });
  });

  it('scores a mixed set with multi-select sums (worked by hand)', () => {
    const result = score(
      MIIT,
      [
        { itemId: 'q1', optionIds: ['q1-b', 'q1-c'] }, // 2 × 0.25 × 8 = 4
        { itemId: 'q2', optionIds: ['q2-c'] }, // 0.5 × 6 = 3
        { itemId: 'q3', optionIds: ['q3-b'] }, // 0.25 × 6 = 1.5
        { itemId: 'q4', optionIds: ['q4-b', 'q4-c', 'q4-d', 'q4-e', 'q4-f', 'q4-g', 'q4-o'] }, // 6 × 0.7 + 0.9 = 5.1
        { itemId: 'q5', optionIds: ['q5-c'] }, // 5
        { itemId: 'q6', optionIds: ['q6-b', 'q6-c', 'q6-d'] }, // 3 × 1.25 = 3.75
        { itemId: 'q7', optionIds: ['q7-a'] }, // none: 0
        { itemId: 'q8', optionIds: ['q8-d'] }, // 0.6 × 7.5 = 4.5
        { itemId: 'q9', optionIds: ['q9-b', 'q9-d'] }, // 2 × 1.875 = 3.75
        { itemId: 'q10', optionIds: ['q10-b', 'q10-c', 'q10-d'] }, // 3 × 1.5 = 4.5
        { itemId: 'q11', optionIds: ['q11-b'] }, // 1.875
        { itemId: 'q12', optionIds: ['q12-b'] }, // 3.5
        { itemId: 'q13', optionIds: ['q13-c'] }, // 7
        { itemId: 'q14', optionIds: ['q14-c'] }, // 3
        { itemId: 'q15', optionIds: ['q15-a'] }, // 0
      ],
      [
        { sceneId: 'product_design', level: 3 }, // constraint
        { sceneId: 'marketing', level: 3 }, // constraint
        { sceneId: 'production_control', level: 2 }, // constraint
        { sceneId: 'quality', level: 2 }, // constraint
        { sceneId: 'equipment', level: 1 }, // constraint
        { sceneId: 'purchasing', level: 3 }, // constraint
        { sceneId: 'finance', level: 2 }, // constraint
        { sceneId: 'process_design', level: 2 },
        { sceneId: 'hr', level: 3 },
        { sceneId: 'office', level: 1 },
        { sceneId: 'decision', level: 0 },
      ],
    );
    expect(result.itemPoints.map((i) => i.points)).toEqual([4, 3, 1.5, 5.1, 5, 3.75, 0, 4.5, 3.75, 4.5, 1.88, 3.5, 7, 3, 0]);
    // foundation = 4 + 3 + 1.5 + 5.1 + 5 + 3.75 + 0 = 22.35; management = 4.5 + 3.75 + 4.5 + 1.875 = 14.625 → 14.63;
    // results = 3.5 + 7 + 3 + 0 = 13.5; total = 50.475 → 50.48 (summed exactly, rounded once).
    expect(result.dimensionPoints).toEqual([
      {
        dimensionId: 'foundation',
        points: 22.35,
        maxPoints: 50,
        share: 0.447,
        subDimensions: [
          { subDimensionId: 'equipment_systems', points: 8.5, maxPoints: 20 },
          { subDimensionId: 'data_collection', points: 5.1, maxPoints: 10 },
          { subDimensionId: 'information_systems', points: 5, maxPoints: 10 },
          { subDimensionId: 'security', points: 3.75, maxPoints: 10 },
        ],
      },
      {
        dimensionId: 'management',
        points: 14.63,
        maxPoints: 30,
        share: 0.4875,
        subDimensions: [
          { subDimensionId: 'planning', points: 8.25, maxPoints: 15 },
          { subDimensionId: 'resources', points: 6.38, maxPoints: 15 },
        ],
      },
      {
        dimensionId: 'results',
        points: 13.5,
        maxPoints: 20,
        share: 0.675,
        subDimensions: [
          { subDimensionId: 'green', points: 3.5, maxPoints: 7 },
          { subDimensionId: 'quality', points: 7, maxPoints: 7 },
          { subDimensionId: 'market', points: 3, maxPoints: 6 },
        ],
      },
    ]);
    expect(result.totalPoints).toBe(50.48);
    // Scenes at ≥ 2: product_design, marketing, production_control, quality, purchasing, finance, process_design,
    // hr = 8, of them constraint 6 → level 2 holds (50.475 ≥ 40, 8 ≥ 6, 6 ≥ 3); level 3 needs 60 points.
    expect(result.level).toBe(2);
    expect(result.decidedBy).toEqual({
      level: 2,
      minPoints: 40,
      minScenes: 6,
      minConstraintScenes: 3,
      scenesAtLevel: 8,
      constraintScenesAtLevel: 6,
    });
    // Level 3: 60 − 50.475 = 9.525 → 9.53 short. At ≥ 3: product_design, marketing, purchasing, hr = 4 (8 − 4 = 4 short),
    // constraint 3 (5 − 3 = 2 short).
    // Next steps: Q12 B → C 3.5, Q5 C → D 2.5, Q1 + D 2, Q9 + C 1.875, Q11 B → C 1.875, Q2/Q3/Q8/Q10/Q15 1.5, Q6/Q7 1.25,
    // Q4 + H 0.7 (Q13, Q14 at the top). 3.5 + 2.5 + 2 = 8 < 9.525; + 1.875 = 9.875 ≥ 9.525 → four items.
    // Scenes: constraint scenes below 3, highest first: production_control (2), quality (2) — then 2 more of any:
    // process_design (2) and finance (2), in framework order.
    expect(result.gaps).toEqual({
      nextLevel: 3,
      pointsShort: 9.53,
      scenesShort: 4,
      constraintScenesShort: 2,
      items: [
        itemGap('q12', 'q12-c', 3.5),
        itemGap('q5', 'q5-d', 2.5),
        itemGap('q1', 'q1-d', 2),
        itemGap('q9', 'q9-c', 1.88),
        sceneGap('production_control', 2, 3),
        sceneGap('quality', 2, 3),
        sceneGap('process_design', 2, 3),
        sceneGap('finance', 2, 3),
      ],
    });
  });

  it('stays at level 1 when the points of level 2 are met but not its scene count', () => {
    const result = score(
      MIIT,
      [
        { itemId: 'q1', optionIds: ['q1-b', 'q1-c', 'q1-d', 'q1-e'] }, // 8
        { itemId: 'q2', optionIds: ['q2-e'] }, // 6
        { itemId: 'q3', optionIds: ['q3-e'] }, // 6
        { itemId: 'q5', optionIds: ['q5-e'] }, // 10
        { itemId: 'q8', optionIds: ['q8-f'] }, // 7.5
        { itemId: 'q12', optionIds: ['q12-c'] }, // 7
      ],
      [
        { sceneId: 'product_design', level: 2 },
        { sceneId: 'marketing', level: 2 },
        { sceneId: 'production_control', level: 2 },
        { sceneId: 'quality', level: 2 },
        { sceneId: 'hr', level: 2 },
        { sceneId: 'office', level: 1 },
      ],
    );
    // 44.5 points ≥ 40, but only 5 scenes at ≥ 2 (6 needed). Level 1: 44.5 ≥ 20, 6 scenes at ≥ 1, 4 constraint ≥ 3.
    expect(result.totalPoints).toBe(44.5);
    expect(result.level).toBe(1);
    expect(result.decidedBy).toEqual({
      level: 1,
      minPoints: 20,
      minScenes: 6,
      minConstraintScenes: 3,
      scenesAtLevel: 6,
      constraintScenesAtLevel: 4,
    });
    // Nothing short in points or constraint scenes; one scene to raise to 2: office (at 1, the highest below 2).
    expect(result.gaps).toEqual({
      nextLevel: 2,
      pointsShort: 0,
      scenesShort: 1,
      constraintScenesShort: 0,
      items: [sceneGap('office', 1, 2)],
    });
  });

  it('refuses answers the MIIT table does not allow', () => {
    const errors = answerProblems(MIIT, {
      items: [
        { itemId: 'q1', optionIds: ['q1-a', 'q1-b'] },
        { itemId: 'q2', optionIds: ['q3-c'] },
        { itemId: 'q3', optionIds: ['q3-a'], evidence: { devices_total: 100, devices_networked: 35 } },
        { itemId: 'q13', optionIds: ['q13-c'], evidence: { pass_rate_before: 98, pass_rate_after: 90 } },
      ],
      scenes: [{ sceneId: 'moonshot', level: 2 }],
    });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['items.0.optionIds', PROBLEM_CODES.exclusiveOption],
      ['items.1.optionIds', PROBLEM_CODES.oneOf],
      ['items.2.optionIds', PROBLEM_CODES.evidenceMismatch],
      ['items.3.optionIds', PROBLEM_CODES.evidenceMismatch],
      ['scenes.0.sceneId', PROBLEM_CODES.exists],
    ]);
    expect(errors[2].message).toBe('the evidence gives 35 % — the (20 %, 40 %] option, but another option is chosen');
    expect(errors[3].message).toMatch(/^the evidence gives a fall of 8\.2 % — the ".+" \(q13-a\) option, but another option is chosen$/);
    // 35 of 100 networked with the (20 %, 40 %] option is fine.
    expect(
      answerProblems(MIIT, { items: [{ itemId: 'q3', optionIds: ['q3-c'], evidence: { devices_total: 100, devices_networked: 35 } }] }),
    ).toEqual([]);
  });
});

describe('scoreAssessment on the EU DMA (mean of dimension percentages)', () => {
  const DMA = AssessmentFrameworkDefinitionSchema.parse(euDmaDocument);

  it('averages the six dimension percentages and states gains in total points (worked by hand)', () => {
    const result = score(DMA, [
      { itemId: 'ds1', optionIds: ['ds1-c'] }, // 25 of 50
      { itemId: 'ds2', optionIds: ['ds2-b', 'ds2-c'] }, // 25 of 50 → digital strategy 50 %
      { itemId: 'dr1', optionIds: ['dr1-a'] }, // none
      { itemId: 'dr2', optionIds: ['dr2-e'] }, // 50 → digital readiness 50 %
      { itemId: 'hc2', optionIds: ['hc2-c'] }, // 50 → human-centric 50 %
      { itemId: 'dm1', optionIds: ['dm1-c'] },
      { itemId: 'dm2', optionIds: ['dm2-b', 'dm2-c', 'dm2-d', 'dm2-e'] }, // data management 100 %
      { itemId: 'gr1', optionIds: ['gr1-b'] }, // 12.5 → green 12.5 %; automation & AI unanswered: 0 %
    ]);
    // (50 + 50 + 50 + 100 + 0 + 12.5) / 6 = 43.75 → level 2 (≥ 26), level 3 needs 51: 7.25 short.
    expect(result.totalPoints).toBe(43.75);
    expect(result.level).toBe(2);
    // A gain of g points in a 100-point dimension adds g / 100 × 100 / 6 to the total: aa2 → b and gr2 → b
    // (25 each) add 4.17; every other next step adds 12.5 / 6 = 2.08. 4.17 + 4.17 = 8.33 ≥ 7.25.
    expect(result.gaps).toEqual({
      nextLevel: 3,
      pointsShort: 7.25,
      scenesShort: 0,
      constraintScenesShort: 0,
      items: [
        {
          kind: 'item',
          key: 'item:aa2',
          itemId: 'aa2',
          dimensionId: 'automation_ai',
          businessArea: expect.any(String),
          toOptionId: 'aa2-b',
          gain: 4.17,
        },
        {
          kind: 'item',
          key: 'item:gr2',
          itemId: 'gr2',
          dimensionId: 'green',
          businessArea: expect.any(String),
          toOptionId: 'gr2-b',
          gain: 4.17,
        },
      ],
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random answer sets. fast-check is not a dependency of the repository, so the
// answers come from a small seeded generator: every run sees the same cases, a failure names its seed.

/** mulberry32: a tiny deterministic PRNG (returns [0, 1)). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface AnswerSet {
  items: ItemAnswer[];
  scenes: SceneAnswer[];
}

/** Valid random answers: some items unanswered, "none" alone, any subset of a multi-select. */
function randomAnswers(def: AssessmentFrameworkDefinition, random: () => number): AnswerSet {
  const items: ItemAnswer[] = [];
  for (const item of def.dimensions.flatMap((d) => d.items)) {
    if (random() < 0.15) continue;
    if (item.type === 'single') {
      items.push({ itemId: item.id, optionIds: [item.options[Math.floor(random() * item.options.length)].id] });
    } else if (random() < 0.2) {
      items.push({ itemId: item.id, optionIds: item.options.filter((o) => o.exclusive).map((o) => o.id) });
    } else {
      items.push({ itemId: item.id, optionIds: item.options.filter((o) => !o.exclusive && random() < 0.5).map((o) => o.id) });
    }
  }
  const scenes = def.scenes.filter(() => random() < 0.85).map((s) => ({ sceneId: s.id, level: Math.floor(random() * 5) }));
  return { items, scenes };
}

function forAll(
  def: AssessmentFrameworkDefinition,
  runs: number,
  check: (answers: AnswerSet, random: () => number, seed: number) => void,
): void {
  for (let seed = 1; seed <= runs; seed += 1) {
    const random = prng(seed);
    check(randomAnswers(def, random), random, seed);
  }
}

/** The highest level the points alone allow (scene conditions ignored). */
function levelByPointsAlone(def: AssessmentFrameworkDefinition, total: number): number {
  return Math.max(0, ...def.levelRules.filter((r) => total >= r.minPoints).map((r) => r.level));
}

function checkProperties(def: AssessmentFrameworkDefinition, runs: number): void {
  forAll(def, runs, (answers, random, seed) => {
    const result = scoreAssessment(def, answers);
    const where = `seed ${seed}`;
    // The total stays within [0, maxPoints]; the level never exceeds what the points alone allow.
    expect({ where, inRange: result.totalPoints >= 0 && result.totalPoints <= def.maxPoints }).toEqual({ where, inRange: true });
    expect({ where, level: result.level <= levelByPointsAlone(def, result.totalPoints) }).toEqual({ where, level: true });
    expect(AssessmentResultSchema.safeParse(result).success).toBe(true);

    // Adding an option to a multi-select never lowers the total.
    const multis = def.dimensions.flatMap((d) => d.items).filter((it) => it.type === 'multi');
    const item = multis[Math.floor(random() * multis.length)];
    if (item) {
      const current = answers.items.find((a) => a.itemId === item.id)?.optionIds ?? [];
      const free = item.options.filter((o) => !o.exclusive && !current.includes(o.id));
      if (free.length) {
        const added = free[Math.floor(random() * free.length)].id;
        const optionIds = [...current.filter((id) => !item.options.find((o) => o.id === id)?.exclusive), added];
        const more = scoreAssessment(def, {
          ...answers,
          items: [...answers.items.filter((a) => a.itemId !== item.id), { itemId: item.id, optionIds }],
        });
        expect({ where, lowered: more.totalPoints < result.totalPoints }).toEqual({ where, lowered: false });
      }
    }

    // Raising a scene never lowers the level.
    const scene = def.scenes[Math.floor(random() * def.scenes.length)];
    const was = scene ? (answers.scenes.find((s) => s.sceneId === scene.id)?.level ?? 0) : 4;
    if (was < 4) {
      const level = was + 1 + Math.floor(random() * (4 - was));
      const raised = scoreAssessment(def, {
        ...answers,
        scenes: [...answers.scenes.filter((s) => s.sceneId !== scene.id), { sceneId: scene.id, level }],
      });
      expect({ where, lowered: raised.level < result.level }).toEqual({ where, lowered: false });
    }

    // Taking every gap reaches at least the points of the next level when the item gaps say they cover it.
    const gapGain = result.gaps.items.reduce((sum, g) => sum + (g.kind === 'item' ? g.gain : 0), 0);
    if (result.gaps.pointsShort === 0) expect(result.gaps.items.some((g) => g.kind === 'item')).toBe(false);
    else expect(gapGain).toBeGreaterThan(0);
  });
}

describe('properties', () => {
  it('hold for the hand-built framework', () => checkProperties(TINY, 500));
  it('hold for a mean_percent framework', () => checkProperties(tinyFramework({ overall: 'mean_percent', maxPoints: 100 }), 300));
  it('hold for the MIIT 2024 table', () => checkProperties(MIIT, 500));
  it('hold for the EU DMA', () => checkProperties(AssessmentFrameworkDefinitionSchema.parse(euDmaDocument), 300));
});
