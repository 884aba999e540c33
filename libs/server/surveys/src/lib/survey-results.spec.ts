import fc from 'fast-check';
import {
  normalizeSurveyAnswers,
  surveyAnswerProblems,
  SurveyAnswers,
  SurveyQuestion,
  surveyQuestionProblems,
} from '@xinzhi/shared-contracts';
import { figure1Choices, FIGURE_1_SHARES } from './demo/demo-surveys';
import { aggregateQuestion, breakdown, cellShown, effectiveStatus, percentOf, questionResults } from './survey-results';

const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const single: SurveyQuestion = { id: id(1), position: 0, kind: 'single', text: 'S', options: ['a', 'b', 'c'], required: true };
const multiple: SurveyQuestion = { id: id(2), position: 1, kind: 'multiple', text: 'M', options: ['x', 'y', 'z'], required: false };
const scale: SurveyQuestion = { id: id(3), position: 2, kind: 'scale', text: 'L', options: [], required: true };
const text: SurveyQuestion = { id: id(4), position: 3, kind: 'text', text: 'T', options: [], required: false };
const questions = [single, multiple, scale, text];
const valid: SurveyAnswers = { [single.id]: 1, [multiple.id]: [2, 0], [scale.id]: 4, [text.id]: ' fine ' };

describe('answer validation', () => {
  it('accepts answers that fit the questions, optional ones left out', () => {
    expect(surveyAnswerProblems(questions, valid)).toEqual([]);
    expect(surveyAnswerProblems(questions, { [single.id]: 0, [scale.id]: 1 })).toEqual([]);
  });

  it.each([
    ['an unknown option', { ...valid, [single.id]: 3 }, single.id, 'isIn'],
    ['a negative option', { ...valid, [single.id]: -1 }, single.id, 'isIn'],
    ['a list for a single choice', { ...valid, [single.id]: [1] }, single.id, 'isInt'],
    ['an unknown option among several', { ...valid, [multiple.id]: [0, 5] }, multiple.id, 'isIn'],
    ['an option twice', { ...valid, [multiple.id]: [1, 1] }, multiple.id, 'unique'],
    ['a scale of 0', { ...valid, [scale.id]: 0 }, scale.id, 'min'],
    ['a scale of 6', { ...valid, [scale.id]: 6 }, scale.id, 'max'],
    ['a fractional scale', { ...valid, [scale.id]: 2.5 }, scale.id, 'isInt'],
    ['a number for a text', { ...valid, [text.id]: 5 }, text.id, 'isString'],
    ['a missing required answer', { [scale.id]: 3 }, single.id, 'required'],
    ['a blank required answer', { ...valid, [single.id]: null }, single.id, 'required'],
  ])('refuses %s, naming the field', (_, answers, qid, code) => {
    expect(surveyAnswerProblems(questions, answers as Record<string, unknown>)).toContainEqual(
      expect.objectContaining({ field: `answers.${qid}`, code }),
    );
  });

  it('refuses an answer to a question the survey does not have', () => {
    expect(surveyAnswerProblems(questions, { ...valid, [id(9)]: 1 })).toEqual([expect.objectContaining({ field: `answers.${id(9)}` })]);
  });

  it('stores trimmed texts, sorted choices and no blank optional answers', () => {
    expect(normalizeSurveyAnswers(questions, { ...valid, [multiple.id]: [], [text.id]: '  ' })).toEqual({ [single.id]: 1, [scale.id]: 4 });
    expect(normalizeSurveyAnswers(questions, valid)).toEqual({ [single.id]: 1, [multiple.id]: [0, 2], [scale.id]: 4, [text.id]: 'fine' });
  });

  it('checks the builder’s options per kind', () => {
    expect(surveyQuestionProblems([{ kind: 'single', text: 'q', options: ['only'] }])).toEqual([
      expect.objectContaining({ field: 'questions.0.options', code: 'minLength' }),
    ]);
    expect(surveyQuestionProblems([{ kind: 'multiple', text: 'q', options: ['a', 'a'] }])).toEqual([
      expect.objectContaining({ code: 'unique' }),
    ]);
    expect(surveyQuestionProblems([{ kind: 'scale', text: 'q', options: ['a'] }])).toEqual([expect.objectContaining({ code: 'invalid' })]);
    expect(
      surveyQuestionProblems([
        { kind: 'text', text: 'q' },
        { kind: 'single', text: 'q', options: ['a', 'b'] },
      ]),
    ).toEqual([]);
  });

  it('every answer it accepts is one the aggregation counts (property)', () => {
    const answer = fc.record({
      s: fc.integer({ min: -2, max: 4 }),
      l: fc.integer({ min: -1, max: 7 }),
      m: fc.array(fc.integer({ min: -1, max: 4 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(answer, ({ s, l, m }) => {
        const a: SurveyAnswers = { [single.id]: s, [scale.id]: l, [multiple.id]: m };
        const ok = surveyAnswerProblems(questions, a).length === 0;
        const fits = s >= 0 && s <= 2 && l >= 1 && l <= 5 && m.every((o) => o >= 0 && o <= 2) && new Set(m).size === m.length;
        expect(ok).toBe(fits);
        if (ok) {
          expect(aggregateQuestion(single, [a]).counts.reduce((n, c) => n + c.count, 0)).toBe(1);
          expect(aggregateQuestion(scale, [a]).mean).toBe(l);
        }
      }),
    );
  });
});

describe('aggregation', () => {
  const answers: SurveyAnswers[] = [
    { [single.id]: 0, [multiple.id]: [0, 1], [scale.id]: 5 },
    { [single.id]: 0, [multiple.id]: [1], [scale.id]: 4 },
    { [single.id]: 2, [scale.id]: 1 },
    { [single.id]: 0, [multiple.id]: [0, 1, 2], [scale.id]: 2 },
  ];

  it('counts a single choice with percents of those that answered', () => {
    expect(aggregateQuestion(single, answers)).toEqual({
      questionId: single.id,
      answered: 4,
      counts: [
        { label: 'a', count: 3, percent: 75 },
        { label: 'b', count: 0, percent: 0 },
        { label: 'c', count: 1, percent: 25 },
      ],
      mean: null,
    });
  });

  it('counts each chosen option of a multiple choice (percents may add up to more than 100)', () => {
    const a = aggregateQuestion(multiple, answers);
    expect(a.answered).toBe(3);
    expect(a.counts.map((c) => c.count)).toEqual([2, 3, 1]);
    expect(a.counts.map((c) => c.percent)).toEqual([66.67, 100, 33.33]);
  });

  it('gives a scale its distribution over 1–5 and its mean', () => {
    const a = aggregateQuestion(scale, answers);
    expect(a.counts.map((c) => [c.label, c.count])).toEqual([
      ['1', 1],
      ['2', 1],
      ['3', 0],
      ['4', 1],
      ['5', 1],
    ]);
    expect(a.mean).toBe(3);
  });

  it('counts nobody as 0 %, never NaN', () => {
    expect(aggregateQuestion(scale, []).mean).toBeNull();
    expect(percentOf(0, 0)).toBe(0);
  });

  it('single-choice counts always add up to the answered count (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 })), (choices) => {
        const a = aggregateQuestion(
          single,
          choices.map((c) => ({ [single.id]: c })),
        );
        expect(a.counts.reduce((n, c) => n + c.count, 0)).toBe(choices.length);
        if (choices.length) expect(Math.abs(a.counts.reduce((n, c) => n + c.percent, 0) - 100)).toBeLessThan(0.05);
      }),
    );
  });

  it('shows text answers without names, in alphabetical order, in an anonymous survey', () => {
    const rs = [
      { tenantName: 'Zeta', group: '', answers: { [text.id]: 'more training' } },
      { tenantName: 'Alpha', group: '', answers: { [text.id]: 'cheaper cloud' } },
      { tenantName: 'Beta', group: '', answers: {} },
    ];
    expect(questionResults([text], true, rs)[0].texts).toEqual([
      { text: 'cheaper cloud', tenantName: null },
      { text: 'more training', tenantName: null },
    ]);
    expect(questionResults([text], false, rs)[0].texts.map((t) => t.tenantName)).toEqual(['Zeta', 'Alpha']);
  });
});

describe('the fewer-than-3 rule', () => {
  const tenant = (group: string, option: number) => ({ tenantName: group + option, group, answers: { [single.id]: option } });
  const rs = [tenant('C', 0), tenant('C', 1), tenant('I', 0), tenant('I', 0), tenant('I', 2), tenant('F', 1)];

  it('hides a group of 2 (and of 1) in an anonymous survey and shows one of 3', () => {
    const cells = breakdown([single], true, rs);
    expect(cells.map((c) => [c.group, c.hidden, c.tenants])).toEqual([
      ['C', true, null],
      ['F', true, null],
      ['I', false, 3],
    ]);
    expect(cells[0].questions).toBeNull();
    expect(cells[2].questions?.[0].counts.map((c) => c.count)).toEqual([2, 0, 1]);
  });

  it('shows every group of a named survey', () => {
    expect(breakdown([single], false, rs).every((c) => !c.hidden)).toBe(true);
  });

  it('no shown cell of an anonymous survey ever has fewer than 3 tenants (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('A', 'C', 'I'), fc.integer({ min: 0, max: 2 }))), (list) => {
        for (const c of breakdown(
          [single],
          true,
          list.map(([g, o]) => tenant(g, o)),
        )) {
          expect(c.hidden).toBe(!cellShown(true, list.filter(([g]) => g === c.group).length));
          if (!c.hidden) expect(c.tenants).toBeGreaterThanOrEqual(3);
        }
      }),
    );
  });
});

describe('the deadline', () => {
  it('closes an open survey the day after its deadline, not on it', () => {
    expect(effectiveStatus('open', '2026-12-07', '2026-12-07')).toBe('open');
    expect(effectiveStatus('open', '2026-12-07', '2026-12-08')).toBe('closed');
    expect(effectiveStatus('draft', '2026-12-01', '2026-12-08')).toBe('draft');
  });
});

describe('the demo’s Figure 1 answers', () => {
  it.each([3, 10, 23, 40])('come close to the paper’s shares with %i tenants', (n) => {
    const choices = figure1Choices(n);
    expect(choices).toHaveLength(n);
    expect(choices.every((c) => c >= 0 && c <= 3)).toBe(true);
    FIGURE_1_SHARES.forEach((share, option) => {
      const got = choices.filter((c) => c === option).length;
      expect(Math.abs(got - (share / 100) * n)).toBeLessThan(1);
    });
  });
});
