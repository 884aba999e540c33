import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { TenantSurvey } from '@xinzhi/shared-contracts';
import { I18nService } from '@xinzhi/web-core';
import { SURVEYS_DICTIONARIES } from '@xinzhi/web-surveys-i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { SurveyAnswerPageComponent } from './survey-answer-page.component';

const survey = (over: Partial<TenantSurvey> = {}): TenantSurvey => ({
  id: 's1',
  title: '数字化转型成效',
  description: '',
  anonymous: true,
  deadline: '2026-12-31',
  status: 'open',
  questions: [
    { id: 'q1', position: 0, kind: 'single', text: '提升作用', options: ['大幅提升', '略有提升'], required: true },
    { id: 'q2', position: 1, kind: 'scale', text: '紧迫程度', options: [], required: false },
  ],
  answers: null,
  answeredAt: null,
  ...over,
});

describe('SurveyAnswerPageComponent', () => {
  let fixture: ComponentFixture<SurveyAnswerPageComponent>;
  let backend: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const all = (testId: string) => Array.from(el().querySelectorAll<HTMLInputElement>(`[data-testid="${testId}"]`));

  function open(s: TenantSurvey): void {
    localStorage.clear();
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    TestBed.configureTestingModule({
      providers: [provideNzIconsTesting(), provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).register(SURVEYS_DICTIONARIES);
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SurveyAnswerPageComponent);
    fixture.componentRef.setInput('id', s.id);
    fixture.detectChanges();
    backend.expectOne('/api/surveys/s1').flush(s);
    fixture.detectChanges();
  }

  afterEach(() => jest.restoreAllMocks());

  it('does not send while a required question is blank, and marks it', () => {
    open(survey());
    (el().querySelector('[data-testid="survey-answer-send"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    backend.expectNone('/api/surveys/s1/response');
    expect(all('survey-answer-error')).toHaveLength(1);
    expect(el().querySelector('[data-testid="survey-answer-save-error"]')?.textContent).toContain('1 道必答题');
  });

  it('sends the chosen option by index and the scale point', () => {
    open(survey());
    all('survey-answer-option')[1].click();
    all('survey-answer-scale')[3].click();
    fixture.detectChanges();
    (el().querySelector('[data-testid="survey-answer-send"]') as HTMLButtonElement).click();
    const req = backend.expectOne('/api/surveys/s1/response');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ answers: { q1: 1, q2: 4 } });
    req.flush(survey({ answers: { q1: 1, q2: 4 }, answeredAt: '2026-12-07T08:00:00.000Z' }));
    fixture.detectChanges();
    expect(el().querySelector('[data-testid="survey-answer-state"]')?.textContent).toContain('已填写');
  });

  it('marks the questions the API refused (400)', () => {
    open(survey());
    all('survey-answer-option')[0].click();
    fixture.detectChanges();
    (el().querySelector('[data-testid="survey-answer-send"]') as HTMLButtonElement).click();
    backend
      .expectOne('/api/surveys/s1/response')
      .flush(
        { status: 400, title: 'Validation failed', type: 'x', errors: [{ field: 'answers.q1', code: 'isIn', message: 'no' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    fixture.detectChanges();
    expect(all('survey-answer-error')).toHaveLength(1);
  });

  it('shows a closed survey read-only with the enterprise’s answers', () => {
    open(survey({ status: 'closed', answers: { q1: 0 } }));
    expect(el().querySelector('[data-testid="survey-answer-closed"]')).not.toBeNull();
    expect(el().querySelector('[data-testid="survey-answer-send"]')).toBeNull();
    expect(all('survey-answer-option')[0].checked).toBe(true);
    expect(Array.from(el().querySelectorAll('fieldset')).every((f) => (f as HTMLFieldSetElement).disabled)).toBe(true);
  });
});
