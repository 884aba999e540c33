import type { TaskEvent } from '@xinzhi/shared-contracts';
import { enUS, interpolate, type TranslationKey, type TranslationParams, zhCN } from '@xinzhi/web-core';
import { projectsEnUS, projectsZhCN } from '@xinzhi/web-projects-i18n';
import { type ActivityNames, describeActivity, describeChange, describeEvent } from './activity';

const english: Record<string, string> = { ...enUS, ...projectsEnUS };
const chinese: Record<string, string> = { ...zhCN, ...projectsZhCN };
const en = (key: TranslationKey, params?: TranslationParams) => interpolate(english[key], params);
const zh = (key: TranslationKey, params?: TranslationParams) => interpolate(chinese[key], params);
const names: ActivityNames = {
  user: (id) => ({ u1: '陈静', u2: 'Li Wei' })[id] ?? null,
  team: (id) => ({ t1: 'MES team' })[id] ?? null,
  task: (id) => ({ k1: 'Network survey' })[id] ?? null,
};

function event(change: Partial<TaskEvent>): TaskEvent {
  return {
    id: 'e1',
    at: '2026-05-01T08:00:00Z',
    kind: 'updated',
    actorId: 'u2',
    actorName: 'Li Wei',
    changes: null,
    comment: null,
    mentions: [],
    ...change,
  };
}

describe('reading the activity of a task', () => {
  it('says who created the task and who commented what', () => {
    expect(describeEvent(event({ kind: 'created' }), en, names)).toMatchObject({ headline: 'Li Wei created the task', details: [] });
    expect(describeEvent(event({ kind: 'comment', comment: 'Parts arrive Monday' }), zh, names)).toMatchObject({
      headline: 'Li Wei 发表了评论',
      comment: 'Parts arrive Monday',
    });
  });

  it('describes a status change with the status names of the language', () => {
    const moved = event({ kind: 'status', changes: { status: ['todo', 'in_progress'] } });
    expect(describeEvent(moved, en, names).details).toEqual(['Status: To do → In progress']);
    expect(describeEvent(moved, zh, names).details).toEqual(['状态由 待办 改为 进行中']);
  });

  it('lists the most telling change first', () => {
    const done = event({ kind: 'status', changes: { percentDone: [40, 100], status: ['in_progress', 'done'] } });
    expect(describeEvent(done, en, names).details).toEqual(['Status: In progress → Done', 'Percent done: 40% → 100%']);
  });

  it('names people, teams and tasks instead of ids, and says when one is unknown', () => {
    expect(describeChange('assigneeId', null, 'u1', en, names)).toBe('Assignee: none → 陈静');
    expect(describeChange('assigneeId', 'u9', 'u1', en, names)).toBe('Assignee: someone → 陈静');
    expect(describeChange('teamId', 't1', 't9', zh, names)).toBe('项目组由 MES team 改为 已删除的项目组');
    expect(describeChange('dependsOnId', null, 'k1', en, names)).toBe('Dependency: none → Network survey');
  });

  it('translates areas and technologies, quotes titles, and keeps dates and weights as they are', () => {
    expect(describeChange('businessArea', 'production', 'procurement', en, names)).toBe('Business area: Production → Procurement');
    expect(describeChange('technologyType', 'big_data', 'internet_of_things', zh, names)).toBe('技术类型由 大数据 改为 物联网');
    expect(describeChange('title', 'Old', 'New', en, names)).toBe('Title: “Old” → “New”');
    expect(describeChange('dueDate', '2026-05-01', null, en, names)).toBe('Due date: 2026-05-01 → none');
    expect(describeChange('weight', 1, 3, en, names)).toBe('Weight: 1 → 3');
  });

  it('shows the blocking reason given, or that it was cleared, and only that the description changed', () => {
    expect(describeChange('blockedReason', null, 'No parts', en, names)).toBe('Blocking reason: No parts');
    expect(describeChange('blockedReason', 'No parts', null, zh, names)).toBe('已清除受阻原因');
    expect(describeChange('description', 'a', 'b', en, names)).toBe('Description changed');
  });

  it('keeps an unknown field readable', () => {
    expect(describeChange('colour', 'red', 'blue', en, names)).toBe('colour: red → blue');
  });

  it('falls back to "System" without an actor and orders the history newest first', () => {
    const list = describeActivity(
      [
        event({ id: 'e1', at: '2026-05-01T08:00:00Z', kind: 'created', actorName: null }),
        event({ id: 'e2', at: '2026-05-02T08:00:00Z', kind: 'comment', comment: 'ok' }),
      ],
      en,
      names,
    );
    expect(list.map((entry) => entry.id)).toEqual(['e2', 'e1']);
    expect(list[1].headline).toBe('System created the task');
  });
});
