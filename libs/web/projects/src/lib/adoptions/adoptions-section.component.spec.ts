import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { Adoption } from '@xinzhi/shared-contracts';
import { I18nService } from '@xinzhi/web-core';
import { PROJECTS_DICTIONARIES } from '@xinzhi/web-projects-i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { AdoptionsSectionComponent } from './adoptions-section.component';

const adoption = (id: string, over: Partial<Adoption> = {}): Adoption => ({
  id,
  projectId: 'p1',
  solutionId: 's1',
  solutionName: `轻量仓储 WMS ${id}`,
  startDate: '2026-12-01',
  taskIds: ['t1', 't2'],
  kpiIds: ['k1'],
  painPointIds: [],
  tasksDone: 1,
  tasksTotal: 2,
  createdAt: '2026-12-01T08:00:00.000Z',
  ...over,
});

describe('AdoptionsSectionComponent', () => {
  let fixture: ComponentFixture<AdoptionsSectionComponent>;
  let backend: HttpTestingController;
  let changed: number;
  const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
  const settle = async () => {
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve, 0));
    fixture.detectChanges();
  };

  async function open(canManage: boolean, items: Adoption[]): Promise<void> {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    TestBed.configureTestingModule({
      providers: [provideNzIconsTesting(), provideNoopAnimations(), provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).register(PROJECTS_DICTIONARIES);
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AdoptionsSectionComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('canManage', canManage);
    changed = 0;
    fixture.componentInstance.changed.subscribe(() => changed++);
    fixture.detectChanges();
    backend.expectOne('/api/projects/p1/adoptions').flush(items);
    fixture.detectChanges();
  }

  afterEach(() => {
    fixture.destroy();
    backend.verify();
    jest.restoreAllMocks();
  });

  it('lists each adoption with the progress of its tasks', async () => {
    await open(false, [adoption('a1')]);
    expect($('[data-testid="adoption-name"]')?.textContent).toContain('轻量仓储 WMS a1');
    expect($('[data-testid="adoption-progress"]')?.textContent).toContain('已完成 1 / 2 个任务');
    expect($('[data-testid="adoption-remove"]')).toBeNull();
  });

  it('says so when there is none', async () => {
    await open(true, []);
    expect($('[data-testid="adoptions-empty"]')?.textContent).toContain('尚未采用解决方案');
  });

  it('asks whether to cancel or keep the tasks before removing, and removes with the choice', async () => {
    await open(true, [adoption('a1'), adoption('a2')]);
    document.querySelectorAll<HTMLElement>('[data-testid="adoption-remove"]')[0].click();
    await settle();
    expect($('.adoption-remove-dialog')?.textContent).toContain('从项目中移除«轻量仓储 WMS a1»？');
    backend.expectNone({ method: 'DELETE' });
    $('[data-testid="adoption-remove-keep"]')?.click();
    const removal = backend.expectOne((r) => r.method === 'DELETE' && r.url === '/api/adoptions/a1');
    expect(removal.request.params.get('tasks')).toBe('keep');
    removal.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(Array.from(document.querySelectorAll('[data-testid="adoption"]')).map((e) => e.getAttribute('data-id'))).toEqual(['a2']);
    expect(changed).toBe(1);
  });

  it('cancels the open tasks when so chosen', async () => {
    await open(true, [adoption('a1')]);
    $('[data-testid="adoption-remove"]')?.click();
    await settle();
    $('[data-testid="adoption-remove-cancel"]')?.click();
    const removal = backend.expectOne((r) => r.method === 'DELETE' && r.url === '/api/adoptions/a1');
    expect(removal.request.params.get('tasks')).toBe('cancel');
    removal.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect($('[data-testid="adoptions-empty"]')).not.toBeNull();
  });
});
