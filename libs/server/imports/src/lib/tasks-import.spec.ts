import { matchHeaders, planTasks, TasksContext } from './tasks-import';
import { ReadSheet } from './workbook';

const ctx = (): TasksContext => ({
  tasks: [
    {
      id: '01a21f4d-0000-7000-8000-000000000001',
      title: 'Existing',
      description: '',
      businessArea: 'production',
      technologyType: 'big_data',
      teamId: null,
      assigneeId: null,
      status: 'todo',
      percentDone: 0,
      weight: 1,
      startDate: null,
      dueDate: null,
      dependsOnId: null,
      blockedReason: null,
    },
  ],
  teams: [{ id: '01a21f4d-0000-7000-8000-0000000000aa', name: '装配组' }],
  members: [{ userId: '01a21f4d-0000-7000-8000-0000000000bb', email: 'a@x.test' }],
});

const sheet = (headers: string[], rows: ReadSheet['rows'][number]['cells'][]): ReadSheet => ({
  headers,
  rows: rows.map((cells, i) => ({ row: i + 2, cells, percentCells: new Set<number>() })),
});

describe('planning a tasks sheet', () => {
  it('matches headers in either language, in any order, ignoring case and the required mark', () => {
    expect(matchHeaders(['权重', 'TITLE', 'Business area*', '技术类型', 'nonsense'])).toEqual([
      'weight',
      'title',
      'businessArea',
      'technologyType',
      null,
    ]);
  });

  it('counts an unchanged keyed row, a changed one and a new one, and the tasks left out', () => {
    const s = sheet(
      ['ID', 'Title', 'Business area', 'Technology type', 'Team', 'Assignee', 'Depends on'],
      [
        ['01a21f4d-0000-7000-8000-000000000001', 'Existing', '生产制造', 'Big data', null, null, null],
        [null, 'New', 'finance', '云计算', '装配组', 'A@X.test', 'Existing'],
      ],
    );
    const plan = planTasks(s, ctx(), 'en-US');
    expect(plan.errors).toEqual([]);
    expect(plan.counts).toEqual({ new: 1, changed: 0, unchanged: 1, removed: 0 });
    expect(plan.creates[0].fields).toMatchObject({
      teamId: '01a21f4d-0000-7000-8000-0000000000aa',
      assigneeId: '01a21f4d-0000-7000-8000-0000000000bb',
      dependsOnId: '01a21f4d-0000-7000-8000-000000000001',
    });
  });

  it('names row and column of every error, in Chinese for a Chinese uploader, and plans nothing', () => {
    const s = sheet(
      ['标题', '业务领域', '技术类型', '权重', '开始日期', '截止日期', '负责人'],
      [['坏', '生产制造', '物联网', 'abc', '2026-03-01', '2026-02-01', 'nobody@x.test']],
    );
    const plan = planTasks(s, ctx(), 'zh-CN');
    expect(plan.errors.map((e) => [e.row, e.column]).sort()).toEqual(
      [
        [2, '截止日期'],
        [2, '权重'],
        [2, '负责人'],
      ].sort(),
    );
    expect(plan.creates).toEqual([]);
    expect(plan.errors.find((e) => e.column === '权重')?.message).toContain('整数');
  });

  it('refuses a sheet without a required column, and a cycle of new rows', () => {
    expect(planTasks(sheet(['Title'], [['x']]), ctx(), 'en-US').errors[0]).toMatchObject({ row: 1, column: 'Business area' });
    const cyc = planTasks(
      sheet(
        ['Title', 'Business area', 'Technology type', 'Depends on'],
        [
          ['A', 'hr', 'big_data', 'B'],
          ['B', 'hr', 'big_data', 'A'],
        ],
      ),
      ctx(),
      'en-US',
    );
    expect(cyc.errors.map((e) => e.column)).toEqual(['Depends on', 'Depends on']);
  });
});
