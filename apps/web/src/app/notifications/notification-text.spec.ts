import type { AppNotification, Locale, TaskOverdueParams } from '@xinzhi/shared-contracts';
import { DICTIONARIES, interpolate, type TranslationKey, type TranslationParams } from '@xinzhi/web-core';
import { appLink, badgeText, daysBetween, formatDay, notificationText } from './notification-text';

const TODAY = '2026-03-08';

function overdue(params: Partial<TaskOverdueParams> = {}): AppNotification {
  return {
    id: 'n1',
    kind: 'task_overdue',
    params: {
      taskId: 't1',
      taskTitle: '上线设备联网看板',
      projectId: 'p1',
      projectName: '智能工厂',
      dueDate: '2026-03-05',
      as: 'assignee',
      ...params,
    },
    link: '/projects/p1?task=t1',
    createdAt: '2026-03-08T00:00:00Z',
    readAt: null,
  };
}

const translator = (locale: Locale) => (key: TranslationKey, params?: TranslationParams) =>
  interpolate((DICTIONARIES[locale] as Record<string, string>)[key] ?? key, params);

describe('notificationText', () => {
  it('words an overdue task in Chinese', () => {
    const { text, note } = notificationText(overdue(), translator('zh-CN'), 'zh-CN', TODAY);
    expect(text).toBe('任务“上线设备联网看板”已逾期 3 天 · 截止 2026年3月5日 · 智能工厂');
    expect(note).toBeNull();
  });

  it('words an overdue task in English, one day in the singular', () => {
    expect(notificationText(overdue(), translator('en-US'), 'en-US', TODAY).text).toBe(
      '“上线设备联网看板” is 3 days overdue · due Mar 5, 2026 · 智能工厂',
    );
    expect(notificationText(overdue({ dueDate: '2026-03-07' }), translator('en-US'), 'en-US', TODAY).text).toBe(
      '“上线设备联网看板” is 1 day overdue · due Mar 7, 2026 · 智能工厂',
    );
  });

  it('counts how late when shown, not when written: the same notice is later tomorrow, whatever it stored', () => {
    const stored = overdue({ daysOverdue: 3 });
    expect(notificationText(stored, translator('zh-CN'), 'zh-CN', '2026-03-09').text).toContain('已逾期 4 天');
    expect(notificationText(stored, translator('en-US'), 'en-US', '2026-04-16').text).toContain('is 42 days overdue');
    // Across a month end and a leap day.
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-05', '2026-03-05')).toBe(0);
  });

  it('says why a team lead is told', () => {
    expect(notificationText(overdue({ as: 'team_lead' }), translator('zh-CN'), 'zh-CN', TODAY).note).toBe('你负责的团队');
    expect(notificationText(overdue({ as: 'team_lead' }), translator('en-US'), 'en-US', TODAY).note).toBe('In a team you lead');
  });

  it('has a generic text for kinds this version does not know', () => {
    const unknown = { ...overdue(), kind: 'something_new' } as unknown as AppNotification;
    expect(notificationText(unknown, translator('en-US'), 'en-US', TODAY)).toEqual({ text: 'Notification', note: null });
  });

  const base = { id: 'n2', link: '/tasks/t1', createdAt: '2026-03-08T00:00:00Z', readAt: null };
  const task = { taskId: 't1', taskTitle: '上线看板', projectId: 'p1', projectName: '智能工厂', actorName: '陈静' };

  it('words every event kind in both languages, naming who did it and what', () => {
    const cases: Array<[AppNotification, string, string, string | null]> = [
      [
        { ...base, kind: 'task_assigned', params: task },
        '陈静 把任务“上线看板”分配给了你 · 智能工厂',
        '陈静 assigned “上线看板” to you · 智能工厂',
        null,
      ],
      [
        { ...base, kind: 'task_commented', params: { ...task, excerpt: '请更新进度' } },
        '陈静 评论了你的任务“上线看板” · 智能工厂',
        '陈静 commented on your task “上线看板” · 智能工厂',
        '请更新进度',
      ],
      [
        { ...base, kind: 'mentioned', params: { ...task, excerpt: '@李伟 看一下' } },
        '陈静 在任务“上线看板”的评论中提及了你 · 智能工厂',
        '陈静 mentioned you on “上线看板” · 智能工厂',
        '@李伟 看一下',
      ],
      [
        { ...base, kind: 'task_blocked', params: { ...task, reason: '缺零件', as: 'assignee' } },
        '陈静 将任务“上线看板”标为受阻：缺零件',
        '陈静 marked “上线看板” blocked: 缺零件',
        null,
      ],
      [
        { ...base, kind: 'task_unblocked', params: { ...task, reason: null, as: 'assignee' } },
        '陈静 解除了任务“上线看板”的受阻',
        '陈静 unblocked “上线看板”',
        null,
      ],
      [
        {
          ...base,
          kind: 'award_approved',
          params: { actorName: '王总', awardId: 'a1', schemeName: '季度奖', amount: 1000, unit: 'cny', reason: null },
        },
        '王总 批准了你的奖励“季度奖”（1,000 元）',
        '王总 approved your award “季度奖” (¥1,000)',
        null,
      ],
      [
        {
          ...base,
          kind: 'award_rejected',
          params: { actorName: '王总', awardId: 'a1', schemeName: '积分', amount: 50, unit: 'points', reason: '重复' },
        },
        '王总 驳回了你的奖励“积分”（50 积分）',
        '王总 rejected your award “积分” (50 points)',
        '重复',
      ],
      [
        {
          ...base,
          kind: 'award_paid',
          params: { actorName: '王总', awardId: 'a1', schemeName: '季度奖', amount: 1000, unit: 'cny', reason: null },
        },
        '你的奖励“季度奖”（1,000 元）已发放 · 王总',
        'Your award “季度奖” (¥1,000) was paid · 王总',
        null,
      ],
      [
        { ...base, kind: 'invitation_accepted', params: { actorName: '李伟', email: 'li@x.test', role: 'employee' } },
        '李伟（li@x.test）接受了你的邀请并已加入',
        '李伟 (li@x.test) accepted your invitation and joined',
        null,
      ],
    ];
    for (const [notice, zhText, enText, note] of cases) {
      expect(notificationText(notice, translator('zh-CN'), 'zh-CN', TODAY)).toEqual({ text: zhText, note });
      expect(notificationText(notice, translator('en-US'), 'en-US', TODAY).text).toBe(enText);
    }
  });

  it('says why a team lead hears of a blocked task', () => {
    const notice: AppNotification = { ...base, kind: 'task_blocked', params: { ...task, reason: 'x', as: 'team_lead' } };
    expect(notificationText(notice, translator('en-US'), 'en-US', TODAY).note).toBe('In a team you lead');
  });
});

describe('formatDay', () => {
  it('formats the calendar day without shifting it, and leaves other text alone', () => {
    expect(formatDay('2026-12-31', 'en-US')).toBe('Dec 31, 2026');
    expect(formatDay('2026-01-01', 'zh-CN')).toBe('2026年1月1日');
    expect(formatDay('soon', 'en-US')).toBe('soon');
  });
});

describe('badgeText', () => {
  it('caps at 99+', () => {
    expect(badgeText(0)).toBe('0');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(100)).toBe('99+');
  });
});

describe('appLink', () => {
  it('follows only links inside the app', () => {
    expect(appLink('/projects/p1?task=t1')).toBe('/projects/p1?task=t1');
    expect(appLink('//evil.example/x')).toBeNull();
    expect(appLink('https://evil.example/x')).toBeNull();
    expect(appLink(null)).toBeNull();
  });
});
