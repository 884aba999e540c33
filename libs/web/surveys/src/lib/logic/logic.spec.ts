import type { SurveyQuestion } from '@xinzhi/shared-contracts';
import { missingRequired, questionIdsOf, tenantSurveyState, toggledOption, withAnswer } from './answers';
import { builderProblems, emptyDraft, moveQuestion, newQuestion, surveyRequest, toggled } from './builder';
import { questionChartOption } from './charts';

describe('the builder', () => {
  const today = '2026-12-07';
  const valid = () => ({
    ...emptyDraft('2026-12-20'),
    title: ' 培训需求 ',
    questions: [
      { ...newQuestion('single'), text: '提升作用', options: '大幅提升\n 略有提升 \n\n' },
      { ...newQuestion('scale'), text: '紧迫程度', options: 'ignored' },
    ],
  });

  it('makes the request: trimmed, options one per line for choice questions only, regions split on commas', () => {
    const request = surveyRequest({ ...valid(), regions: '苏州, 无锡，苏州\n常州' });
    expect(request.title).toBe('培训需求');
    expect(request.questions).toEqual([
      { kind: 'single', text: '提升作用', options: ['大幅提升', '略有提升'], required: true },
      { kind: 'scale', text: '紧迫程度', required: true },
    ]);
    expect(request.target?.regions).toEqual(['苏州', '无锡', '常州']);
  });

  it('accepts a complete draft and names each problem of an incomplete one', () => {
    expect(builderProblems(valid(), today)).toEqual([]);
    const bad = { ...valid(), title: ' ', deadline: '2026-12-06', questions: [{ ...newQuestion('multiple'), options: 'a\na' }] };
    expect(builderProblems(bad, today).map((p) => [p.field, p.key])).toEqual([
      ['title', 'surveys.builder.error.title'],
      ['deadline', 'surveys.builder.error.deadlinePast'],
      ['questions.0.text', 'surveys.builder.error.questionText'],
      ['questions.0.options', 'surveys.builder.error.duplicateOption'],
    ]);
    expect(builderProblems({ ...valid(), questions: [] }, today).map((p) => p.field)).toEqual(['questions']);
    expect(builderProblems({ ...valid(), questions: [{ ...newQuestion('single'), text: 'q', options: 'only' }] }, today)[0].key).toBe(
      'surveys.builder.error.fewOptions',
    );
  });

  it('moves questions up and down and ignores moves past either end', () => {
    expect(moveQuestion(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveQuestion(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveQuestion(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveQuestion(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('toggles filter values', () => {
    expect(toggled(['C'], 'F', true)).toEqual(['C', 'F']);
    expect(toggled(['C', 'F'], 'C', false)).toEqual(['F']);
    expect(toggled(['C'], 'C', true)).toEqual(['C']);
  });
});

describe('answering', () => {
  const q = (id: string, required: boolean): SurveyQuestion => ({
    id,
    position: 0,
    kind: 'multiple',
    text: id,
    options: ['a', 'b', 'c'],
    required,
  });

  it('says to answer, answered or closed', () => {
    expect(tenantSurveyState({ status: 'open', answers: null })).toBe('toAnswer');
    expect(tenantSurveyState({ status: 'open', answers: { x: 1 } })).toBe('answered');
    expect(tenantSurveyState({ status: 'closed', answers: { x: 1 } })).toBe('closed');
  });

  it('keeps multiple choices in option order and drops emptied answers', () => {
    expect(toggledOption([2], 0, true)).toEqual([0, 2]);
    expect(toggledOption([0, 2], 2, false)).toEqual([0]);
    expect(withAnswer({ a: [1] }, 'a', [])).toEqual({});
    expect(withAnswer({}, 'b', '')).toEqual({});
    expect(withAnswer({}, 'b', 3)).toEqual({ b: 3 });
  });

  it('finds required questions left blank and the questions the API refused', () => {
    expect(missingRequired([q('a', true), q('b', false), q('c', true)], { a: [0], c: [] })).toEqual(['c']);
    expect(
      questionIdsOf([
        { field: 'answers.q1', code: 'isIn', message: '' },
        { field: 'other', code: 'x', message: '' },
      ]),
    ).toEqual(['q1']);
  });
});

describe('charts', () => {
  const counts = [
    { label: '大幅提升', count: 3, percent: 60 },
    { label: '略有提升', count: 2, percent: 40 },
  ];

  it('draws a single choice as a pie with counts and percents', () => {
    const option = questionChartOption('single', counts) as {
      series: Array<{ type: string; data: Array<{ name: string; value: number; percent: number }> }>;
    };
    expect(option.series[0].type).toBe('pie');
    expect(option.series[0].data.map((d) => [d.name, d.value, d.percent])).toEqual([
      ['大幅提升', 3, 60],
      ['略有提升', 2, 40],
    ]);
  });

  it('draws multiple choice as horizontal bars and a scale as vertical bars', () => {
    const multiple = questionChartOption('multiple', counts) as { series: Array<{ type: string }>; yAxis: { type: string } };
    expect(multiple.series[0].type).toBe('bar');
    expect(multiple.yAxis.type).toBe('category');
    const scale = questionChartOption('scale', counts) as { xAxis: { type: string } };
    expect(scale.xAxis.type).toBe('category');
  });
});
