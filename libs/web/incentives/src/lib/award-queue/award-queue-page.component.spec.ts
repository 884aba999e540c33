import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { IncentiveAward, LiveEvent } from '@xinzhi/shared-contracts';
import { AuthService, I18nService, LiveEventsService } from '@xinzhi/web-core';
import { INCENTIVES_DICTIONARIES } from '@xinzhi/web-incentives-i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { NzModalService } from 'ng-zorro-antd/modal';
import { Subject } from 'rxjs';
import { AwardQueuePageComponent } from './award-queue-page.component';

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const award = (id: string, over: Partial<IncentiveAward> = {}): IncentiveAward => ({
  id,
  schemeId: 's1',
  schemeName: '智能化积分 Smart-tech points',
  kind: 'points',
  unit: 'points',
  recipientId: 'u-emp',
  recipientName: '陈静',
  amount: 20,
  status: 'proposed',
  reason: { type: 'task', id: `t-${id}`, title: `网关联调 ${id}`, projectId: 'p1', projectName: '2026 智能制造' },
  basis: { trigger: 'task_done', achievedOn: '2026-11-20', weight: 2, rate: 10, scaled: true },
  rejectionReason: null,
  decidedBy: null,
  decidedByName: null,
  decidedAt: null,
  paidAt: null,
  createdAt: '2026-11-20T08:00:00.000Z',
  ...over,
});

describe('AwardQueuePageComponent (leader)', () => {
  let fixture: ComponentFixture<AwardQueuePageComponent>;
  let backend: HttpTestingController;
  let events: Subject<LiveEvent>;

  const awardsRequest = (): TestRequest => backend.expectOne((r) => r.url === '/api/incentive-awards' && r.method === 'GET');
  const rows = () => Array.from(document.querySelectorAll<HTMLElement>('[data-testid="award-row"]'));
  const row = (id: string) => document.querySelector<HTMLElement>(`[data-testid="award-row"][data-id="${id}"]`) as HTMLElement;
  const inRow = (id: string, testId: string) => row(id).querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  /** Approve opens a confirmation first; its OK button sits in the overlay with the class `award-approve-confirm`. */
  const openApprove = async (id: string): Promise<HTMLElement | null> => {
    inRow(id, 'award-approve')?.click();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
    return document.querySelector<HTMLElement>('.award-approve-confirm');
  };
  const confirmApprove = async (id: string) => {
    const popover = await openApprove(id);
    popover?.querySelector<HTMLElement>('.ant-popover-buttons .ant-btn-primary')?.click();
    fixture.detectChanges();
  };

  beforeEach(async () => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    events = new Subject<LiveEvent>();
    TestBed.configureTestingModule({
      providers: [
        provideNzIconsTesting(),
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        NzModalService,
        { provide: LiveEventsService, useValue: { events: events.asObservable(), ready: new Subject<void>().asObservable() } },
      ],
    });
    TestBed.inject(I18nService).register(INCENTIVES_DICTIONARIES);
    backend = TestBed.inject(HttpTestingController);
    const loaded = TestBed.inject(AuthService).loadMe();
    backend.expectOne('/api/me').flush({
      user: { id: 'u-leader', email: 'leader@a.test', displayName: '李娜', locale: 'zh-CN', platformOperator: false },
      memberships: [{ type: 'tenant', id: 't1', name: 'Acme', role: 'leader' }],
      context: { type: 'tenant', id: 't1', role: 'leader' },
    });
    await loaded;
    fixture = TestBed.createComponent(AwardQueuePageComponent);
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/incentive-schemes').flush({ items: [], nextCursor: null });
    const first = awardsRequest();
    expect(first.request.params.get('status')).toBe('proposed');
    first.flush({ items: [award('a1'), award('own', { recipientId: 'u-leader', recipientName: '李娜' })], nextCursor: null });
    fixture.detectChanges();
  });

  afterEach(() => {
    fixture.destroy();
    backend.verify();
    jest.restoreAllMocks();
  });

  it('lists proposals with amount, Chinese explanation and project link; a leader’s own award has no buttons', () => {
    expect(rows().map((r) => r.dataset['id'])).toEqual(['a1', 'own']);
    expect(inRow('a1', 'award-amount')?.textContent).toContain('20 分');
    expect(inRow('a1', 'award-explanation')?.textContent).toContain('任务“网关联调 a1”（权重 2）于 2026年11月20日 完成：2 × 10 分 = 20 分');
    expect(inRow('a1', 'award-reason')?.getAttribute('href')).toBe('/projects/p1');
    expect(inRow('a1', 'award-approve')).not.toBeNull();
    expect(inRow('own', 'award-approve')).toBeNull();
    expect(inRow('own', 'award-reject')).toBeNull();
    expect(inRow('own', 'award-own')?.textContent).toContain('由企业所有者审批');
  });

  it('asks before approving, and approves nothing when cancelled', async () => {
    const popover = await openApprove('a1');
    expect(popover?.textContent).toContain('批准 陈静 的 20 分？');
    backend.expectNone({ method: 'PATCH' });
    popover?.querySelector<HTMLElement>('.ant-popover-buttons button:not(.ant-btn-primary)')?.click();
    fixture.detectChanges();
    await settle();
    backend.expectNone({ method: 'PATCH' });
    expect(row('a1').dataset['status']).toBe('proposed');
  });

  it('approves once confirmed, then offers to mark the award paid', async () => {
    await confirmApprove('a1');
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/incentive-awards/a1' });
    expect(patch.request.body).toEqual({ action: 'approve' });
    patch.flush(award('a1', { status: 'approved', decidedBy: 'u-leader', decidedByName: '李娜', decidedAt: '2026-11-21T02:00:00.000Z' }));
    fixture.detectChanges();
    expect(row('a1').dataset['status']).toBe('approved');
    expect(inRow('a1', 'award-approve')).toBeNull();
    expect(inRow('a1', 'award-pay')).not.toBeNull();

    // The decision's own live event reloads the "proposed" queue, which no longer lists a1: it stays in view, approved.
    events.next({ type: 'awards', projectId: 'p1', at: new Date().toISOString() });
    await settle(50);
    awardsRequest().flush({ items: [award('a3'), award('own', { recipientId: 'u-leader' })], nextCursor: null });
    fixture.detectChanges();
    // Ordered newest first by (time-ordered) id, as the API lists them.
    expect(rows().map((r) => r.dataset['id'])).toEqual(['own', 'a3', 'a1']);
    expect(row('a1').dataset['status']).toBe('approved');
    expect(inRow('a1', 'award-pay')).not.toBeNull();
  });

  it('asks for a reason before rejecting', async () => {
    inRow('a1', 'award-reject')?.click();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
    const confirm = document.querySelector<HTMLElement>('[data-testid="award-reject-confirm"]');
    confirm?.click();
    fixture.detectChanges();
    expect(document.querySelector('[data-testid="award-reject-error"]')?.textContent).toContain('请填写原因');
    backend.expectNone({ method: 'PATCH' });

    const reason = document.querySelector<HTMLTextAreaElement>('[data-testid="award-reject-reason"]') as HTMLTextAreaElement;
    reason.value = '  外包供应商完成  ';
    reason.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    confirm?.click();
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/incentive-awards/a1' });
    expect(patch.request.body).toEqual({ action: 'reject', reason: '外包供应商完成' });
    patch.flush(award('a1', { status: 'rejected', rejectionReason: '外包供应商完成' }));
    fixture.detectChanges();
    expect(row('a1').dataset['status']).toBe('rejected');
  });

  it('reads the queue again after an awards event and marks what arrived as new, without a spinner', async () => {
    // Progress alone proposes nothing yet: no request.
    events.next({ type: 'project.progress', projectId: 'p1', at: new Date().toISOString() });
    await settle(50);
    backend.expectNone((r) => r.url === '/api/incentive-awards' && r.method === 'GET');
    events.next({ type: 'awards', projectId: 'p1', at: new Date().toISOString() });
    await settle(50);
    awardsRequest().flush({ items: [award('a2'), award('a1'), award('own', { recipientId: 'u-leader' })], nextCursor: null });
    fixture.detectChanges();
    expect(rows().map((r) => r.dataset['id'])).toEqual(['a2', 'a1', 'own']);
    expect(row('a2').classList).toContain('fresh');
    expect(row('a1').classList).not.toContain('fresh');
    expect(document.querySelector('[data-testid="award-queue"]')?.getAttribute('data-state')).toBe('ready');
  });

  it('explains a decision that came too late and reloads', async () => {
    await confirmApprove('a1');
    backend.expectOne({ method: 'PATCH', url: '/api/incentive-awards/a1' }).flush(
      {
        type: '/problems/conflict',
        title: 'Conflict',
        status: 409,
        errors: [{ field: 'action', code: 'state', message: 'This award is approved' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    fixture.detectChanges();
    awardsRequest().flush({ items: [], nextCursor: null });
    fixture.detectChanges();
    expect(document.body.textContent).toContain('该奖励已由他人处理');
  });
});
