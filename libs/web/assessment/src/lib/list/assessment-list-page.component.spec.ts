import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, Router } from '@angular/router';
import type { AssessmentFrameworkSummary, AssessmentSummary } from '@xinzhi/shared-contracts';
import { ASSESSMENT_DICTIONARIES } from '@xinzhi/web-assessment-i18n';
import { AuthService, I18nService } from '@xinzhi/web-core';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { AssessmentListPageComponent } from './assessment-list-page.component';

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const frameworks: AssessmentFrameworkSummary[] = [
  {
    id: '00000000-0000-7000-8000-00000000000e',
    key: 'eu-dma',
    version: '2024',
    industryTable: 'all',
    name: { 'zh-CN': '欧盟数字成熟度评估', 'en-US': 'EU DMA' },
    current: true,
    publishedAt: '2026-01-01T00:00:00Z',
  },
  {
    id: '00000000-0000-7000-8000-00000000000a',
    key: 'miit-sme-dl',
    version: '2024',
    industryTable: 'manufacturing',
    name: { 'zh-CN': '中小企业数字化水平评测指标', 'en-US': 'MIIT SME digitalisation level' },
    current: true,
    publishedAt: '2026-01-01T00:00:00Z',
  },
];

const summary = (id: string, over: Partial<AssessmentSummary> = {}): AssessmentSummary => ({
  id,
  title: `评测 ${id}`,
  frameworkId: frameworks[1].id,
  frameworkKey: 'miit-sme-dl',
  frameworkVersion: '2024',
  status: 'scored',
  totalPoints: 47.5,
  level: 2,
  answered: 31,
  questions: 31,
  createdAt: '2026-10-01T08:00:00Z',
  submittedAt: '2026-10-02T08:00:00Z',
  scoredAt: '2026-10-02T08:00:01Z',
  assessedOn: '2026-10-02',
  ...over,
});

describe('AssessmentListPageComponent', () => {
  let fixture: ComponentFixture<AssessmentListPageComponent>;
  let backend: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const render = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };

  async function start(role: 'leader' | 'employee', items: AssessmentSummary[]) {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    TestBed.configureTestingModule({
      providers: [provideNzIconsTesting(), provideNoopAnimations(), provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).register(ASSESSMENT_DICTIONARIES);
    backend = TestBed.inject(HttpTestingController);
    const loaded = TestBed.inject(AuthService).loadMe();
    backend.expectOne('/api/me').flush({
      user: { id: 'u1', email: 'a@a.test', displayName: '李娜', locale: 'zh-CN', platformOperator: false },
      memberships: [{ type: 'tenant', id: 't1', name: 'Acme', role }],
      context: { type: 'tenant', id: 't1', role },
    });
    await loaded;
    fixture = TestBed.createComponent(AssessmentListPageComponent);
    fixture.detectChanges();
    expect(byTestId('assessment-list')?.dataset['state']).toBe('loading');
    backend.expectOne('/api/assessment-frameworks').flush(frameworks);
    backend.expectOne((r) => r.url === '/api/assessments').flush({ items, nextCursor: null });
    await render();
  }

  afterEach(() => {
    fixture?.destroy();
    backend.verify();
    jest.restoreAllMocks();
  });

  it('shows the empty state, and a leader starts a new assessment with the MIIT table preselected', async () => {
    await start('leader', []);
    expect(byTestId('assessment-list')?.textContent).toContain('还没有评测');
    byTestId('assessment-new')?.click();
    await render();
    await settle(10);
    const miit = document.querySelector<HTMLInputElement>('[data-testid="assessment-framework-miit-sme-dl"] input');
    expect(miit?.checked).toBe(true);
    expect(byTestId('assessment-new-form')?.textContent).toContain('制造业表');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    document.querySelector<HTMLElement>('.assessment-new-dialog .ant-btn-primary')?.click();
    const create = backend.expectOne((r) => r.url === '/api/assessments' && r.method === 'POST');
    expect(create.request.body).toEqual({ frameworkId: frameworks[1].id });
    create.flush({ ...summary('new1', { status: 'draft' }) });
    expect(navigate).toHaveBeenCalledWith(['/assessments', 'new1']);
  });

  it('lists title, framework, status, level, points and answered; compares two scored ones, later as T1', async () => {
    await start('leader', [
      summary('b', { assessedOn: '2026-10-02' }),
      summary('d', { status: 'draft', level: null, totalPoints: null, answered: 4, assessedOn: null, submittedAt: null, scoredAt: null }),
      summary('a', { assessedOn: '2025-10-02', level: 1, totalPoints: 30 }),
    ]);
    const rows = Array.from(el().querySelectorAll<HTMLElement>('[data-testid="assessment-row"]'));
    expect(rows.map((r) => r.dataset['id'])).toEqual(['b', 'd', 'a']);
    expect(rows[0].textContent).toContain('中小企业数字化水平评测指标 (2024)');
    expect(rows[0].querySelector('[data-testid="assessment-level"]')?.textContent?.trim()).toBe('二级');
    expect(rows[0].querySelector('[data-testid="assessment-points"]')?.textContent?.trim()).toBe('47.5');
    expect(rows[1].querySelector('[data-testid="assessment-status"]')?.textContent?.trim()).toBe('草稿');
    expect(rows[1].querySelector('[data-testid="assessment-answered"]')?.textContent?.trim()).toBe('4 / 31 题');
    // Only drafts can be deleted, and only scored ones compared.
    expect(rows.map((r) => !!r.querySelector('[data-testid="assessment-delete"]'))).toEqual([false, true, false]);
    expect(rows.map((r) => !!r.querySelector('[data-testid="assessment-pick"]'))).toEqual([true, false, true]);

    for (const row of [rows[0], rows[2]]) row.querySelector<HTMLInputElement>('[data-testid="assessment-pick"]')?.click();
    await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    byTestId('assessment-compare')?.click();
    expect(navigate).toHaveBeenCalledWith(['/assessments', 'b', 'compare', 'a']);
  });

  it('gives a member no "new" and no delete', async () => {
    await start('employee', [summary('d', { status: 'draft', level: null, totalPoints: null, assessedOn: null })]);
    expect(byTestId('assessment-new')).toBeNull();
    expect(byTestId('assessment-delete')).toBeNull();
  });
});
