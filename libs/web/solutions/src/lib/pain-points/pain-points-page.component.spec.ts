import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PainPoint, TenantRole } from '@xinzhi/shared-contracts';
import { AuthService, I18nService } from '@xinzhi/web-core';
import { PROJECTS_DICTIONARIES } from '@xinzhi/web-projects-i18n';
import { SOLUTIONS_DICTIONARIES } from '@xinzhi/web-solutions-i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { NzModalService } from 'ng-zorro-antd/modal';
import { PainPointsPageComponent } from './pain-points-page.component';

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const painPoint = (id: string, over: Partial<PainPoint> = {}): PainPoint => ({
  id,
  tenantId: 't1',
  tenantName: 'Acme',
  title: `库存盘点不准 ${id}`,
  description: '',
  businessArea: 'warehousing_logistics',
  sceneId: 'warehousing',
  severity: 4,
  status: 'open',
  recordedByPark: false,
  recordedByName: '李娜',
  fromGap: null,
  addressedBy: [],
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
  ...over,
});

describe('PainPointsPageComponent', () => {
  let fixture: ComponentFixture<PainPointsPageComponent>;
  let backend: HttpTestingController;

  const row = (id: string) => document.querySelector<HTMLElement>(`[data-testid="pain-point-row"][data-id="${id}"]`) as HTMLElement;
  const inRow = (id: string, testId: string) => row(id).querySelector<HTMLElement>(`[data-testid="${testId}"]`);

  async function open(role: TenantRole, items: PainPoint[]): Promise<void> {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    TestBed.configureTestingModule({
      providers: [provideNzIconsTesting(), provideRouter([]), provideHttpClient(), provideHttpClientTesting(), NzModalService],
    });
    TestBed.inject(I18nService).register(SOLUTIONS_DICTIONARIES);
    TestBed.inject(I18nService).register(PROJECTS_DICTIONARIES);
    backend = TestBed.inject(HttpTestingController);
    const loaded = TestBed.inject(AuthService).loadMe();
    backend.expectOne('/api/me').flush({
      user: { id: 'u1', email: 'a@a.test', displayName: '李娜', locale: 'zh-CN', platformOperator: false },
      memberships: [{ type: 'tenant', id: 't1', name: 'Acme', role }],
      context: { type: 'tenant', id: 't1', role },
    });
    await loaded;
    fixture = TestBed.createComponent(PainPointsPageComponent);
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/pain-points' && r.method === 'GET').flush({ items, nextCursor: null });
    fixture.detectChanges();
  }

  afterEach(() => {
    fixture.destroy();
    backend.verify();
    jest.restoreAllMocks();
  });

  it('shows status, severity, area and the adoptions that answer it as links to the project board', async () => {
    await open('leader', [
      painPoint('p1', {
        status: 'addressed',
        addressedBy: [{ adoptionId: 'a1', solutionId: 's1', solutionName: '轻量仓储 WMS', projectId: 'pr1' }],
      }),
    ]);
    expect(inRow('p1', 'pain-point-status')?.textContent).toContain('已解决');
    expect(inRow('p1', 'pain-point-severity-tag')?.textContent).toContain('严重度 4');
    expect(row('p1').textContent).toContain('仓储物流');
    const link = inRow('p1', 'pain-point-adoption-link');
    expect(link?.textContent).toContain('轻量仓储 WMS');
    expect(link?.getAttribute('href')).toBe('/projects/pr1/board');
  });

  it('a leader accepts a proposed pain point only after confirming', async () => {
    await open('leader', [painPoint('p1', { status: 'proposed', recordedByName: '陈静' })]);
    expect(document.querySelector('[data-testid="pain-point-new"]')?.textContent).toContain('登记痛点');
    inRow('p1', 'pain-point-accept')?.click();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
    const popover = document.querySelector<HTMLElement>('.pain-point-accept-confirm');
    expect(popover?.textContent).toContain('确认“库存盘点不准 p1”为待解决的痛点？');
    backend.expectNone({ method: 'PATCH' });
    popover?.querySelector<HTMLElement>('.ant-popover-buttons .ant-btn-primary')?.click();
    fixture.detectChanges();
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/pain-points/p1' });
    expect(patch.request.body).toEqual({ status: 'open' });
    patch.flush(painPoint('p1', { status: 'open' }));
    fixture.detectChanges();
    expect(row('p1').dataset['status']).toBe('open');
    expect(inRow('p1', 'pain-point-accept')).toBeNull();
  });

  it('an employee proposes, and has no accept, edit or delete', async () => {
    await open('employee', [painPoint('p1', { status: 'proposed' })]);
    expect(document.querySelector('[data-testid="pain-point-new"]')?.textContent).toContain('提出痛点');
    expect(inRow('p1', 'pain-point-accept')).toBeNull();
    expect(inRow('p1', 'pain-point-edit')).toBeNull();
    expect(inRow('p1', 'pain-point-delete')).toBeNull();
  });

  it('filters by status and business area through the API', async () => {
    await open('leader', []);
    expect(document.querySelector('[data-testid="pain-point-list"]')?.textContent).toContain('暂无痛点');
    const page = fixture.componentInstance as unknown as { setStatus(v: string): void; setArea(v: string): void };
    page.setStatus('proposed');
    backend.expectOne((r) => r.url === '/api/pain-points' && r.params.get('status') === 'proposed').flush({ items: [], nextCursor: null });
    page.setArea('finance');
    const request = backend.expectOne((r) => r.url === '/api/pain-points');
    expect(request.request.params.get('status')).toBe('proposed');
    expect(request.request.params.get('businessArea')).toBe('finance');
    request.flush({ items: [], nextCursor: null });
  });
});
