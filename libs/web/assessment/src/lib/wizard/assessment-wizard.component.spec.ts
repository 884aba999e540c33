import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { Assessment, AssessmentFramework } from '@xinzhi/shared-contracts';
import { ASSESSMENT_DICTIONARIES } from '@xinzhi/web-assessment-i18n';
import { AuthService, I18nService } from '@xinzhi/web-core';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { NzModalService } from 'ng-zorro-antd/modal';
import { AssessmentWizardComponent } from './assessment-wizard.component';

const t = (zh: string, en = zh) => ({ 'zh-CN': zh, 'en-US': en });
const levels = [1, 2, 3, 4].map((level) => ({ level, plain: t(`水平 ${level}`), official: `官方 ${level}` }));

const framework = {
  id: '00000000-0000-7000-8000-00000000000a',
  key: 'miit-sme-dl',
  version: '2024',
  industryTable: 'manufacturing',
  name: t('中小企业数字化水平评测指标'),
  source: t('来源'),
  overall: 'sum',
  maxPoints: 14,
  current: true,
  publishedAt: '2026-01-01T00:00:00Z',
  dimensions: [
    {
      id: 'foundation',
      name: t('数字化基础'),
      points: 14,
      subDimensions: [{ id: 'equipment', name: t('设备系统'), points: 14 }],
      items: [
        {
          id: 'q1',
          code: 'Q1',
          subDimensionId: 'equipment',
          type: 'multi',
          points: 8,
          prompt: t('网络连到了哪一步？'),
          help: t('工控网络指车间里连接设备的网络。'),
          official: '企业网络建设连接情况',
          businessArea: 'production',
          options: [
            { id: 'q1-a', label: t('无'), fraction: 0, exclusive: true },
            { id: 'q1-b', label: t('工控网络'), fraction: 0.5 },
            { id: 'q1-c', label: t('应用网络'), fraction: 0.5 },
          ],
        },
        {
          id: 'q3',
          code: 'Q3',
          subDimensionId: 'equipment',
          type: 'single',
          points: 6,
          prompt: t('设备联网率'),
          help: t('联网的设备占全部生产设备的比例。'),
          official: '企业的生产设备联网率',
          businessArea: 'production',
          options: [
            { id: 'q3-a', label: t('0–20%'), fraction: 0 },
            { id: 'q3-b', label: t('20–40%'), fraction: 0.5 },
            { id: 'q3-c', label: t('40–100%'), fraction: 1 },
          ],
          evidence: {
            fields: [
              { id: 'devices_total', label: t('生产设备数量'), unit: t('台') },
              { id: 'devices_networked', label: t('联网设备数量'), unit: t('台') },
            ],
            rule: {
              kind: 'share',
              numerator: 'devices_networked',
              denominator: 'devices_total',
              bands: [
                { optionId: 'q3-a', abovePercent: null, upToPercent: 20 },
                { optionId: 'q3-b', abovePercent: 20, upToPercent: 40 },
                { optionId: 'q3-c', abovePercent: 40, upToPercent: 100 },
              ],
            },
          },
        },
      ],
    },
  ],
  sceneGroups: [{ id: 'production', name: t('生产执行数字化') }],
  scenes: [
    { id: 'quality', group: 'production', name: t('质量管理'), official: '质量管理', constraint: true, businessArea: 'production', levels },
  ],
  levelRules: [{ level: 1, name: t('一级'), minPoints: 5, minScenes: 1, minConstraintScenes: 1 }],
  steps: [
    { id: 'foundation', kind: 'dimension', name: t('数字化基础') },
    { id: 'production', kind: 'scenes', name: t('生产执行数字化') },
  ],
} as unknown as AssessmentFramework;

const draft = (over: Partial<Assessment> = {}): Assessment =>
  ({
    id: '00000000-0000-7000-8000-0000000000a1',
    title: '2026 自评',
    frameworkId: framework.id,
    frameworkKey: 'miit-sme-dl',
    frameworkVersion: '2024',
    status: 'draft',
    totalPoints: null,
    level: null,
    answered: 0,
    questions: 3,
    createdAt: '2026-10-01T08:00:00Z',
    submittedAt: null,
    scoredAt: null,
    assessedOn: null,
    items: [],
    scenes: [],
    assignments: [],
    editableSteps: ['foundation', 'production'],
    createdBy: '李娜',
    submittedBy: null,
    dimensionPoints: null,
    itemPoints: null,
    sceneLevels: null,
    decidedBy: null,
    gaps: null,
    ...over,
  }) as Assessment;

describe('AssessmentWizardComponent', () => {
  let fixture: ComponentFixture<AssessmentWizardComponent>;
  let backend: HttpTestingController;
  const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const render = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const tick = async (testId: string) => {
    byTestId(testId)?.querySelector<HTMLInputElement>('input')?.click();
    await render();
  };

  async function start(role: 'leader' | 'employee', assessment: Assessment) {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    TestBed.configureTestingModule({
      providers: [
        provideNzIconsTesting(),
        provideNoopAnimations(),
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        NzModalService,
      ],
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
    fixture = TestBed.createComponent(AssessmentWizardComponent);
    fixture.componentRef.setInput('assessment', assessment);
    fixture.componentRef.setInput('framework', framework);
    await render();
    if (role === 'leader') backend.expectOne((r) => r.url === '/api/members').flush({ items: [], nextCursor: null });
  }

  afterEach(() => {
    fixture?.destroy();
    backend.verify();
    jest.restoreAllMocks();
  });

  it('shows progress, the official wording, and picks the band from evidence numbers', async () => {
    await start('leader', draft());
    expect(byTestId('wizard-progress-text')?.textContent).toContain('已答 0 / 3 题 · 已完成 0 / 2 步');
    expect(byTestId('official-q1')?.textContent).toContain('官方表述');
    const networked = byTestId('evidence-q3-devices_networked') as HTMLInputElement;
    const total = byTestId('evidence-q3-devices_total') as HTMLInputElement;
    total.value = '100';
    total.dispatchEvent(new Event('input'));
    networked.value = '35';
    networked.dispatchEvent(new Event('input'));
    await render();
    expect(byTestId('evidence-reading-q3')?.textContent).toContain('35 / 100 = 35 %，对应档位 (20 %, 40 %]');
    expect(byTestId('option-q3-b')?.dataset['checked']).toBe('true');
    expect(byTestId('wizard-saved')?.dataset['state']).toBe('dirty');
  });

  it('saves only what changed, and shows the API’s field errors at the question', async () => {
    await start('leader', draft());
    await tick('option-q1-b');
    await tick('option-q1-a');
    expect(byTestId('option-q1-b')?.dataset['checked']).toBe('false');
    byTestId('wizard-save')?.click();
    const save = backend.expectOne((r) => r.url.endsWith('/answers') && r.method === 'PUT');
    expect(save.request.body).toEqual({ items: [{ itemId: 'q1', optionIds: ['q1-a'] }] });
    save.flush(
      { type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ field: 'items.0.optionIds', code: 'invalid', message: 'bad' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await render();
    expect(byTestId('question-error-q1')?.textContent).toContain('无效');
    expect(byTestId('wizard-error')?.textContent).toContain('答案未保存');
    expect(byTestId('wizard-saved')?.dataset['state']).toBe('error');

    // Trying again sends the same answer; success clears the errors.
    byTestId('wizard-save')?.click();
    const again = backend.expectOne((r) => r.url.endsWith('/answers'));
    expect(again.request.body).toEqual({ items: [{ itemId: 'q1', optionIds: ['q1-a'] }] });
    again.flush(
      draft({ items: [{ itemId: 'q1', optionIds: ['q1-a'], evidence: null, answeredBy: '李娜', answeredAt: '2026-10-01T09:00:00Z' }] }),
    );
    await render();
    expect(byTestId('question-error-q1')).toBeNull();
    expect(byTestId('wizard-saved')?.dataset['state']).toBe('saved');
    expect(byTestId('wizard-progress-text')?.textContent).toContain('已答 1 / 3 题');
    expect(byTestId('answered-by-q1')?.textContent).toContain('由 李娜 作答');
  });

  it('resumes at the first step with an open question', async () => {
    await start(
      'leader',
      draft({
        items: [
          { itemId: 'q1', optionIds: ['q1-b'], evidence: null, answeredBy: '李娜', answeredAt: '2026-10-01T09:00:00Z' },
          { itemId: 'q3', optionIds: ['q3-a'], evidence: null, answeredBy: '李娜', answeredAt: '2026-10-01T09:00:00Z' },
        ],
      }),
    );
    expect(byTestId('wizard-step')?.dataset['step']).toBe('production');
  });

  it('a member sees only the assigned step, and one without any reads everything without editing', async () => {
    await start('employee', draft({ editableSteps: ['production'] }));
    expect(byTestId('wizard-step')?.dataset['step']).toBe('production');
    expect(byTestId('wizard-step-foundation')).toBeNull();
    expect(byTestId('wizard-submit')).toBeNull();
    fixture.destroy();
    backend.verify();
    TestBed.resetTestingModule();
    await start('employee', draft({ editableSteps: [] }));
    expect(byTestId('wizard-readonly')?.textContent).toContain('没有分配给您的步骤');
    expect(byTestId('wizard-step')?.dataset['editable']).toBe('false');
    expect((byTestId('option-q1-b')?.querySelector('input') as HTMLInputElement).disabled).toBe(true);
  });
});
