import { auditChanges } from './audit';

describe('auditChanges', () => {
  const before = { title: 'Line IoT', assigneeId: 'u1', assigneeName: '韩梅', percentDone: 0, dueDate: null as string | null, tags: ['a'] };

  it('tells each changed field as from → to, by the name the log shows, and nothing for an unchanged one', () => {
    const after = { ...before, assigneeId: 'u2', assigneeName: '李雷', percentDone: 40, dueDate: '2026-04-30' };
    expect(
      auditChanges(before, after, { title: 'title', assignee: 'assigneeName', percentDone: 'percentDone', dueDate: 'dueDate' }),
    ).toEqual({
      assignee: '韩梅 → 李雷',
      percentDone: '0 → 40',
      dueDate: '∅ → 2026-04-30',
    });
    expect(auditChanges(before, { ...before }, { title: 'title', tags: 'tags' })).toEqual({});
  });

  it('lists arrays and cuts long texts', () => {
    const long = 'x'.repeat(200);
    const changes = auditChanges(before, { ...before, title: long, tags: ['a', 'b'] }, { title: 'title', tags: 'tags' });
    expect(changes['tags']).toBe('a → a, b');
    expect(String(changes['title'])).toMatch(/^Line IoT → x{79}…$/);
  });
});
