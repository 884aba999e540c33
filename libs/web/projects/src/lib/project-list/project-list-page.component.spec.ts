import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import type { MeResponse, Project } from '@xinzhi/shared-contracts';
import { AuthService, provideTranslations } from '@xinzhi/web-core';
import { PROJECTS_DICTIONARIES } from '@xinzhi/web-projects-i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { of } from 'rxjs';
import { ProjectListPageComponent } from './project-list-page.component';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const shelved: Project = {
  id: '01a21f4d-0000-7000-8000-000000000001',
  name: 'ERP rollout',
  goal: 'One ledger',
  phase: 'implement',
  status: 'archived',
  startDate: '2026-01-01',
  targetDate: '2026-12-31',
  taskWeight: 0.5,
  progress: null,
  kpiAttainment: null,
  transformationIndex: null,
  spi: null,
  health: null,
  progressComputedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const me: MeResponse = {
  user: { id: 'u1', email: 'owner@acme.test', displayName: 'Wang', locale: 'en-US', platformOperator: false },
  memberships: [{ type: 'tenant', id: 't1', name: 'Acme', role: 'owner' }],
  context: { type: 'tenant', id: 't1', role: 'owner' },
  calendar: { timeZone: 'Asia/Shanghai', today: '2026-03-02', now: '2026-03-01T17:00:00Z' },
};

describe('ProjectListPageComponent', () => {
  afterEach(() => jest.restoreAllMocks());

  it('asks the API for the search and status of the URL, and restores an archived project after a confirmation', async () => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US']);
    const params = convertToParamMap({ q: 'ERP', status: 'archived' });
    TestBed.configureTestingModule({
      providers: [
        provideNzIconsTesting(),
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslations(PROJECTS_DICTIONARIES),
        { provide: ActivatedRoute, useValue: { queryParamMap: of(params), snapshot: { queryParamMap: params } } },
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const loaded = TestBed.inject(AuthService).loadMe();
    backend.expectOne('/api/me').flush(me);
    await loaded;
    const fixture = TestBed.createComponent(ProjectListPageComponent);
    fixture.detectChanges();
    const list = backend.expectOne((r) => r.url === '/api/projects');
    expect(list.request.params.get('q')).toBe('ERP');
    expect(list.request.params.get('status')).toBe('archived');
    list.flush({ items: [shelved], nextCursor: null });
    fixture.detectChanges();
    const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

    expect((byTestId('project-search') as HTMLInputElement).value).toBe('ERP');
    expect((byTestId('project-status-filter') as HTMLSelectElement).value).toBe('archived');
    expect(byTestId(`project-archive-${shelved.id}`)).toBeNull();
    byTestId(`project-restore-${shelved.id}`)?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(byTestId('project-archive-dialog')?.textContent).toContain('comes back to the lists');
    byTestId('project-archive-confirm')?.click();
    await settle();
    const patch = backend.expectOne({ method: 'PATCH', url: `/api/projects/${shelved.id}` });
    expect(patch.request.body).toEqual({ status: 'active' });
    patch.flush({ ...shelved, status: 'active' });
    // The list is asked again: the restored project no longer matches "archived".
    backend.expectOne((r) => r.url === '/api/projects').flush({ items: [], nextCursor: null });
    fixture.detectChanges();
    expect(byTestId('projects-no-match')).not.toBeNull();
    backend.verify();
  });
});
