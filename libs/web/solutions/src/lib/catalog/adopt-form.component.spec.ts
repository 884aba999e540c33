import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Adoption, PainPoint, Project, Solution } from '@xinzhi/shared-contracts';
import { CalendarService, I18nService } from '@xinzhi/web-core';
import { PROJECTS_DICTIONARIES } from '@xinzhi/web-projects-i18n';
import { SOLUTIONS_DICTIONARIES } from '@xinzhi/web-solutions-i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { AdoptFormComponent } from './adopt-form.component';

const solution = {
  id: 's1',
  name: '轻量仓储 WMS',
  templateTasks: [{}, {}],
  templateKpis: [{}],
} as unknown as Solution;
const project = { id: 'pr1', name: '2026 数字化仓库', status: 'active' } as Project;
const painPoint = (id: string) => ({ id, title: `痛点 ${id}`, businessArea: 'warehousing_logistics', status: 'open' }) as PainPoint;

describe('AdoptFormComponent', () => {
  let fixture: ComponentFixture<AdoptFormComponent>;
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    TestBed.configureTestingModule({
      providers: [provideNzIconsTesting(), provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).register(SOLUTIONS_DICTIONARIES);
    TestBed.inject(I18nService).register(PROJECTS_DICTIONARIES);
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AdoptFormComponent);
    fixture.componentRef.setInput('solution', solution);
    fixture.componentRef.setInput('preselected', ['pp2']);
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/projects').flush({ items: [project], nextCursor: null });
    const painPoints = backend.expectOne((r) => r.url === '/api/pain-points');
    expect(painPoints.request.params.get('status')).toBe('open');
    painPoints.flush({ items: [painPoint('pp1'), painPoint('pp2')], nextCursor: null });
    fixture.detectChanges();
  });

  afterEach(() => {
    fixture.destroy();
    backend.verify();
    jest.restoreAllMocks();
  });

  const submit = () => {
    document.querySelector<HTMLElement>('[data-testid="adopt-submit"]')?.click();
    fixture.detectChanges();
  };

  it('adopts into the only open project from today, with the pain points the recommendation named', () => {
    expect(document.querySelector('[data-testid="adopt-form"]')?.textContent).toContain('将在项目中创建 2 个任务和 1 个指标');
    submit();
    const post = backend.expectOne({ method: 'POST', url: '/api/projects/pr1/adoptions' });
    expect(post.request.body).toEqual({ solutionId: 's1', startDate: TestBed.inject(CalendarService).today(), painPointIds: ['pp2'] });
    const adoption: Adoption = {
      id: 'a1',
      projectId: 'pr1',
      solutionId: 's1',
      solutionName: '轻量仓储 WMS',
      startDate: '2026-12-07',
      taskIds: ['t1', 't2'],
      kpiIds: ['k1'],
      painPointIds: ['pp2'],
      tasksDone: 0,
      tasksTotal: 2,
      createdAt: '2026-12-07T08:00:00.000Z',
    };
    post.flush(adoption);
    fixture.detectChanges();
    expect(document.querySelector('[data-testid="adopt-done"]')?.textContent).toContain('已采用«轻量仓储 WMS»：创建了 2 个任务和 1 个指标');
    expect(document.querySelector('[data-testid="adopt-open-board"]')?.getAttribute('href')).toBe('/projects/pr1/board');
  });

  it('says so when the solution is already adopted in that project (409)', () => {
    submit();
    backend
      .expectOne({ method: 'POST', url: '/api/projects/pr1/adoptions' })
      .flush({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'already adopted' }, { status: 409, statusText: 'Conflict' });
    fixture.detectChanges();
    expect(document.querySelector('[data-testid="adopt-error"]')?.textContent).toContain('该项目已采用过这个方案');
    expect(document.querySelector('[data-testid="adopt-done"]')).toBeNull();
  });
});
