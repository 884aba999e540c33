import type { AppNotification, Locale, TaskOverdueParams } from '@xinzhi/shared-contracts';
import { DICTIONARIES, interpolate, type TranslationKey, type TranslationParams } from '@xinzhi/web-core';
import { appLink, badgeText, formatDay, notificationText } from './notification-text';

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
      daysOverdue: 3,
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
    const { text, note } = notificationText(overdue(), translator('zh-CN'), 'zh-CN');
    expect(text).toBe('任务“上线设备联网看板”已逾期 3 天 · 截止 2026年3月5日 · 智能工厂');
    expect(note).toBeNull();
  });

  it('words an overdue task in English, one day in the singular', () => {
    expect(notificationText(overdue(), translator('en-US'), 'en-US').text).toBe(
      '“上线设备联网看板” is 3 days overdue · due Mar 5, 2026 · 智能工厂',
    );
    expect(notificationText(overdue({ daysOverdue: 1 }), translator('en-US'), 'en-US').text).toBe(
      '“上线设备联网看板” is 1 day overdue · due Mar 5, 2026 · 智能工厂',
    );
  });

  it('says why a team lead is told', () => {
    expect(notificationText(overdue({ as: 'team_lead' }), translator('zh-CN'), 'zh-CN').note).toBe('你负责的团队');
    expect(notificationText(overdue({ as: 'team_lead' }), translator('en-US'), 'en-US').note).toBe('In a team you lead');
  });

  it('has a generic text for kinds this version does not know', () => {
    const unknown = { ...overdue(), kind: 'something_new' } as unknown as AppNotification;
    expect(notificationText(unknown, translator('en-US'), 'en-US')).toEqual({ text: 'Notification', note: null });
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
