import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyTask, TenantRole } from '@xinzhi/shared-contracts';
import { AuthService } from '@xinzhi/web-core';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { WorkspacePageComponent } from './workspace-page.component';

function myTask(title: string, dueDate: string | null): MyTask {
  return {
    id: title,
    projectId: 'p1',
    projectName: '智能工厂',
    teamId: null,
    teamName: null,
    title,
    description: '',
    businessArea: 'production',
    technologyType: 'internet_of_things',
    assigneeId: 'u1',
    assigneeName: '王建国',
    status: 'in_progress',
    percentDone: 20,
    weight: 1,
    startDate: null,
    dueDate,
    completedAt: null,
    blockedReason: null,
    dependsOnId: null,
    dependsOnTitle: null,
    overdue: false,
    origin: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

describe('WorkspacePageComponent', () => {
  afterEach(() => jest.restoreAllMocks());

  async function render(role: TenantRole, language: string, tasks: MyTask[] = []) {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue([language]);
    TestBed.configureTestingModule({
      providers: [provideNzIconsTesting(), provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    const loaded = TestBed.inject(AuthService).loadMe();
    http.expectOne('/api/me').flush({
      user: { id: 'u1', email: 'x@acme.test', displayName: '王建国', locale: 'zh-CN', platformOperator: false },
      memberships: [{ type: 'tenant', id: 't1', name: 'Acme Precision Machining', role }],
      context: { type: 'tenant', id: 't1', role },
    });
    await loaded;
    const fixture = TestBed.createComponent(WorkspacePageComponent);
    fixture.detectChanges();
    // The API counts open and overdue tasks over all of them; these fixtures are all open, overdue when due in 2000.
    const overdue = tasks.filter((task) => task.dueDate !== null && task.dueDate < '2001-01-01').length;
    http.expectOne((request) => request.url === '/api/me/tasks').flush({ items: tasks, nextCursor: null, open: tasks.length, overdue });
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    return { el, byTestId: (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`) };
  }

  it('shows the enterprise, the role, links to projects and My tasks, and the owner’s links', async () => {
    const { byTestId } = await render('owner', 'zh-CN');
    expect(byTestId('workspace-title')?.textContent).toBe('Acme Precision Machining');
    expect(byTestId('workspace-role')?.textContent?.trim()).toBe('企业负责人');
    expect(byTestId('workspace-link-projects')?.getAttribute('href')).toBe('/projects');
    expect(byTestId('workspace-link-my-tasks')?.getAttribute('href')).toBe('/my-tasks');
    expect(byTestId('workspace-link-members')?.getAttribute('href')).toBe('/members');
    expect(byTestId('workspace-link-departments')).not.toBeNull();
    expect(byTestId('workspace-link-audit')).not.toBeNull();
    expect(byTestId('workspace-my-tasks-summary')?.textContent).toContain('没有');
  });

  it('shows an employee their most urgent tasks first and no management links', async () => {
    const { byTestId, el } = await render('employee', 'en-US', [
      myTask('Connect the CNC machines', '2000-01-01'),
      myTask('Train the team', null),
    ]);
    expect(byTestId('workspace-role')?.textContent?.trim()).toBe('Employee');
    expect(byTestId('workspace-my-tasks-summary')?.textContent).toContain('2 open tasks, 1 of them overdue');
    expect(byTestId('workspace-task-Connect the CNC machines')?.textContent).toContain('Overdue');
    expect(byTestId('workspace-task-Connect the CNC machines')?.getAttribute('href')).toBe('/tasks/Connect%20the%20CNC%20machines');
    expect(byTestId('workspace-open-my-tasks')?.getAttribute('href')).toBe('/my-tasks');
    expect(el.querySelector('[data-testid="workspace-link-members"]')).toBeNull();
  });
});
