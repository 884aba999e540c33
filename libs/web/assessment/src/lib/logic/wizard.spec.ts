import type { AssessmentFramework, AssessmentItem } from '@xinzhi/shared-contracts';
import {
  bandText,
  draftFrom,
  evidenceReading,
  questionOfField,
  resumeStepIndex,
  stepContent,
  stepProgress,
  toggleOption,
  withEvidence,
  wizardProgress,
} from './wizard';

const t = (zh: string, en = zh) => ({ 'zh-CN': zh, 'en-US': en });

const q1: AssessmentItem = {
  id: 'q1',
  code: 'Q1',
  subDimensionId: 'equipment',
  type: 'multi',
  points: 8,
  prompt: t('网络', 'Network'),
  help: t('帮助', 'Help'),
  official: '企业网络建设连接情况',
  businessArea: 'production',
  options: [
    { id: 'q1-a', label: t('无', 'None'), fraction: 0, exclusive: true },
    { id: 'q1-b', label: t('工控网络', 'Control network'), fraction: 0.25 },
    { id: 'q1-c', label: t('应用网络', 'Application network'), fraction: 0.25 },
  ],
};

const q3: AssessmentItem = {
  ...q1,
  id: 'q3',
  code: 'Q3',
  type: 'single',
  points: 6,
  options: [
    { id: 'q3-a', label: t('0–10%'), fraction: 0 },
    { id: 'q3-b', label: t('10–20%'), fraction: 0.25 },
    { id: 'q3-c', label: t('20–40%'), fraction: 0.5 },
    { id: 'q3-d', label: t('40–60%'), fraction: 0.75 },
    { id: 'q3-e', label: t('60–100%'), fraction: 1 },
  ],
  evidence: {
    fields: [
      { id: 'devices', label: t('设备', 'Devices'), unit: t('台', 'units') },
      { id: 'networked', label: t('联网', 'Networked'), unit: t('台', 'units') },
    ],
    rule: {
      kind: 'share',
      numerator: 'networked',
      denominator: 'devices',
      bands: [
        { optionId: 'q3-a', abovePercent: null, upToPercent: 10 },
        { optionId: 'q3-b', abovePercent: 10, upToPercent: 20 },
        { optionId: 'q3-c', abovePercent: 20, upToPercent: 40 },
        { optionId: 'q3-d', abovePercent: 40, upToPercent: 60 },
        { optionId: 'q3-e', abovePercent: 60, upToPercent: 100 },
      ],
    },
  },
};

const levels = [1, 2, 3, 4].map((level) => ({ level, plain: t(`L${level}`), official: `官方 L${level}` }));
const framework = {
  dimensions: [
    { id: 'foundation', name: t('基础'), points: 14, subDimensions: [{ id: 'equipment', name: t('设备'), points: 14 }], items: [q1, q3] },
  ],
  scenes: [
    {
      id: 'quality',
      group: 'production',
      name: t('质量管理'),
      official: '质量管理',
      constraint: true,
      businessArea: 'production' as const,
      levels,
    },
    {
      id: 'energy',
      group: 'production',
      name: t('能耗管理'),
      official: '能耗管理',
      constraint: true,
      businessArea: 'production' as const,
      levels,
    },
  ],
} as unknown as Pick<AssessmentFramework, 'dimensions' | 'scenes'>;
const steps = [
  { id: 'foundation', kind: 'dimension' as const, name: t('基础') },
  { id: 'production', kind: 'scenes' as const, name: t('生产') },
];

describe('toggleOption', () => {
  it('a single-choice item takes just the option chosen', () => {
    expect(toggleOption(q3, ['q3-b'], 'q3-d', true)).toEqual(['q3-d']);
  });

  it('"none" unticks every other option, and another option unticks "none"', () => {
    expect(toggleOption(q1, ['q1-b', 'q1-c'], 'q1-a', true)).toEqual(['q1-a']);
    expect(toggleOption(q1, ['q1-a'], 'q1-c', true)).toEqual(['q1-c']);
  });

  it('adds options in the question’s order and removes an unticked one', () => {
    expect(toggleOption(q1, ['q1-c'], 'q1-b', true)).toEqual(['q1-b', 'q1-c']);
    expect(toggleOption(q1, ['q1-b', 'q1-c'], 'q1-b', false)).toEqual(['q1-c']);
  });
});

describe('step progress and resuming', () => {
  const draft = draftFrom({
    items: [{ itemId: 'q1', optionIds: ['q1-b'], evidence: null, answeredBy: null, answeredAt: '2026-12-01T08:00:00Z' }],
    scenes: [],
  });

  it('counts answered questions per step and over all steps', () => {
    const perStep = steps.map((step) => stepProgress(stepContent(framework, step), draft));
    expect(perStep).toEqual([
      { stepId: 'foundation', answered: 1, total: 2, complete: false },
      { stepId: 'production', answered: 0, total: 2, complete: false },
    ]);
    expect(wizardProgress(perStep)).toEqual({ answered: 1, total: 4, stepsComplete: 0, steps: 2, percent: 25 });
  });

  it('a scene answered "not reached" (0) counts as answered; an item without options does not', () => {
    const d = {
      items: { q1: { optionIds: [], evidence: {} }, q3: { optionIds: ['q3-a'], evidence: {} } },
      scenes: { quality: 0, energy: 2 },
    };
    const perStep = steps.map((step) => stepProgress(stepContent(framework, step), d));
    expect(perStep.map((s) => [s.answered, s.complete])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('resumes at the first step with an open question, or the first step when all are done', () => {
    const open = [
      { stepId: 'a', answered: 2, total: 2, complete: true },
      { stepId: 'b', answered: 1, total: 3, complete: false },
    ];
    expect(resumeStepIndex(open)).toBe(1);
    expect(resumeStepIndex(open.map((s) => ({ ...s, complete: true })))).toBe(0);
    expect(resumeStepIndex([])).toBe(0);
  });
});

describe('evidence', () => {
  it('35 of 100 devices networked chooses the (20 %, 40 %] band and says how', () => {
    const reading = evidenceReading(q3, { devices: 100, networked: 35 });
    expect(reading).toEqual({ kind: 'share', optionId: 'q3-c', numerator: 35, denominator: 100, percent: 35, band: '(20 %, 40 %]' });
  });

  it('chooses nothing until the numbers it needs are there, or with no devices', () => {
    expect(evidenceReading(q3, { devices: 100 })).toBeNull();
    expect(evidenceReading(q3, { devices: 0, networked: 0 })).toBeNull();
  });

  it('a cleared field is removed', () => {
    expect(withEvidence({ devices: 5, networked: 2 }, 'networked', null)).toEqual({ devices: 5 });
    expect(withEvidence({}, 'devices', 7)).toEqual({ devices: 7 });
  });

  it('writes bands as intervals', () => {
    expect(bandText(null, 10)).toBe('[0 %, 10 %]');
    expect(bandText(20, 40)).toBe('(20 %, 40 %]');
  });
});

describe('questionOfField', () => {
  it('finds the question a field error of the save names', () => {
    const sent = { items: [{ itemId: 'q1' }, { itemId: 'q3' }], scenes: [{ sceneId: 'quality' }] };
    expect(questionOfField('items.1.optionIds', sent)).toBe('q3');
    expect(questionOfField('items.0.evidence.devices', sent)).toBe('q1');
    expect(questionOfField('scenes.0.level', sent)).toBe('quality');
    expect(questionOfField('items', sent)).toBeNull();
    expect(questionOfField('items.5.optionIds', sent)).toBeNull();
  });
});
