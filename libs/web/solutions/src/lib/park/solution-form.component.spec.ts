import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { CreateSolutionRequestSchema } from '@xinzhi/shared-contracts';
import { I18nService } from '@xinzhi/web-core';
import { PROJECTS_DICTIONARIES } from '@xinzhi/web-projects-i18n';
import { SOLUTIONS_DICTIONARIES } from '@xinzhi/web-solutions-i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { SolutionFormComponent } from './solution-form.component';

/** The form's internals the test drives (the selects are ng-zorro overlays; the browser journeys click them). */
interface FormInternals {
  form: { controls: Record<string, { setValue(value: unknown): void }> };
  addTask(): void;
  addKpi(): void;
  addScene(): void;
  removeAt(list: string, index: number): void;
}

describe('SolutionFormComponent (template editor)', () => {
  let fixture: ComponentFixture<SolutionFormComponent>;
  let backend: HttpTestingController;
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector);
  const all = (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(selector));
  const type = (input: HTMLInputElement | null, value: string) => {
    if (!input) throw new Error('no input');
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const internals = () => fixture.componentInstance as unknown as FormInternals;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    TestBed.configureTestingModule({
      providers: [provideNzIconsTesting(), provideNoopAnimations(), provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).register(SOLUTIONS_DICTIONARIES);
    TestBed.inject(I18nService).register(PROJECTS_DICTIONARIES);
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SolutionFormComponent);
    fixture.detectChanges();
  });

  afterEach(() => {
    fixture.destroy();
    backend.verify();
    jest.restoreAllMocks();
  });

  function fillBasics(): void {
    type($('[data-testid="solution-name"]'), '轻量仓储 WMS');
    type($('[data-testid="solution-provider"]'), '云仓科技');
    internals().form.controls['businessAreas'].setValue(['warehousing_logistics']);
    internals().form.controls['technologyTypes'].setValue(['cloud_computing']);
    type($('[data-testid="solution-price-min"]'), '20000');
    type($('[data-testid="solution-price-max"]'), '60000');
    type($('[data-testid="solution-form-weeks"]'), '4');
  }

  it('sends the tasks and KPIs of the template editor in order, which the contract accepts', () => {
    fillBasics();
    internals().addScene();
    internals().addTask();
    internals().addTask();
    internals().addTask();
    internals().addKpi();
    fixture.detectChanges();
    const tasks = all('[data-testid="template-task"]');
    expect(tasks).toHaveLength(3);
    type(tasks[0].querySelector('[data-testid="template-task-title"]'), '梳理库位');
    type(tasks[1].querySelector('[data-testid="template-task-title"]'), '删掉的任务');
    type(tasks[2].querySelector('[data-testid="template-task-title"]'), '扫码上线');
    type(tasks[2].querySelector('[data-testid="template-task-weight"]'), '3');
    type(tasks[2].querySelector('[data-testid="template-task-start"]'), '14');
    type(tasks[2].querySelector('[data-testid="template-task-due"]'), '28');
    internals().removeAt('templateTasks', 1);
    fixture.detectChanges();
    type($('[data-testid="template-kpi-name"]'), '库存准确率');
    type($('[data-testid="template-kpi-unit"]'), '%');
    type($('[data-testid="template-kpi-baseline"]'), '85');
    type($('[data-testid="template-kpi-target"]'), '99');
    $('[data-testid="solution-save"]')?.click();
    fixture.detectChanges();

    const post = backend.expectOne({ method: 'POST', url: '/api/park/solutions' });
    const body = post.request.body;
    expect(CreateSolutionRequestSchema.safeParse(body).success).toBe(true);
    expect(
      body.templateTasks.map((t: { title: string; weight: number; startOffsetDays: number; dueOffsetDays: number }) => [
        t.title,
        t.weight,
        t.startOffsetDays,
        t.dueOffsetDays,
      ]),
    ).toEqual([
      ['梳理库位', 1, 0, 7],
      ['扫码上线', 3, 14, 28],
    ]);
    // New rows take the solution's first area and technology.
    expect(body.templateTasks[0]).toMatchObject({ businessArea: 'warehousing_logistics', technologyType: 'cloud_computing' });
    expect(body.templateKpis).toEqual([
      { name: '库存准确率', unit: '%', direction: 'higher_is_better', category: 'efficiency', baseline: 85, target: 99 },
    ]);
    expect(body.scenes).toEqual([{ sceneId: 'warehousing', toLevel: 2 }]);
    expect(body.priceBand).toEqual({ min: 20000, max: 60000 });
    post.flush({ ...body, id: 's1' });
  });

  it('refuses a due day before the start day on the field and sends nothing', () => {
    fillBasics();
    internals().addTask();
    fixture.detectChanges();
    type($('[data-testid="template-task-title"]'), '扫码上线');
    type($('[data-testid="template-task-start"]'), '10');
    type($('[data-testid="template-task-due"]'), '3');
    $('[data-testid="solution-save"]')?.click();
    fixture.detectChanges();
    backend.expectNone({ method: 'POST' });
    expect($('[data-testid="template-task"]')?.textContent).toContain('截止天数不能早于开始天数');
  });

  it('shows the API’s field error on the template task it names', () => {
    fillBasics();
    internals().addTask();
    internals().addTask();
    fixture.detectChanges();
    const tasks = all('[data-testid="template-task"]');
    type(tasks[0].querySelector('[data-testid="template-task-title"]'), 'A');
    type(tasks[1].querySelector('[data-testid="template-task-title"]'), 'B');
    $('[data-testid="solution-save"]')?.click();
    fixture.detectChanges();
    backend.expectOne({ method: 'POST', url: '/api/park/solutions' }).flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        errors: [{ field: 'templateTasks.1.weight', code: 'too_small', message: 'weight must be at least 1' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    fixture.detectChanges();
    expect($('[data-testid="solution-form-error"]')).not.toBeNull();
    expect(all('[data-testid="template-task"]')[1].querySelector('.ant-form-item-has-error')).not.toBeNull();
    expect(all('[data-testid="template-task"]')[0].querySelector('.ant-form-item-has-error')).toBeNull();
  });
});
