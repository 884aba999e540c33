import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  ENTERPRISE_SCALES,
  INDUSTRY_SECTIONS,
  MANUFACTURING_TYPES,
  type Survey,
  SURVEY_QUESTION_KINDS,
  type SurveyQuestionKind,
  type SurveyTarget,
} from '@xinzhi/shared-contracts';
import {
  CalendarService,
  I18nService,
  industrySectionName,
  MANUFACTURING_LABELS,
  problemMessage,
  readApiFailure,
  SCALE_LABELS,
  TranslatePipe,
} from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { type Observable, switchMap } from 'rxjs';
import { SurveysClient } from '../data/surveys.client';
import {
  type BuilderProblem,
  builderProblems,
  draftOf,
  emptyDraft,
  isChoice,
  moveQuestion,
  newQuestion,
  type QuestionDraft,
  type SurveyDraft,
  surveyRequest,
  toggled,
} from '../logic/builder';
import { KIND_LABELS } from '../logic/labels';

const addDays = (day: string, days: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * `/park/surveys/new` and `/park/surveys/:id/edit` (a draft): title, description, anonymity, who it
 * targets (all tenants, or by industry section, scale, region, emerging, manufacturing type), the
 * deadline and the questions (four kinds; options one per line; reorder, remove). Saves a draft, or
 * saves and sends it after a confirmation. Native inputs: no Angular forms in this lazy chunk.
 */
@Component({
  selector: 'xz-survey-builder-page',
  imports: [
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzPopconfirmModule,
    AsyncStateComponent,
    PageHeaderComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-builder-page.component.html',
  styleUrl: './survey-builder-page.component.css',
})
export class SurveyBuilderPageComponent implements OnInit {
  private readonly client = inject(SurveysClient);
  private readonly i18n = inject(I18nService);
  private readonly calendar = inject(CalendarService);
  private readonly messages = inject(NzMessageService);
  private readonly router = inject(Router);

  /** The draft edited (route parameter); a new survey without it. */
  readonly id = input<string>();

  protected readonly kinds = SURVEY_QUESTION_KINDS;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly scales = ENTERPRISE_SCALES;
  protected readonly scaleLabels = SCALE_LABELS;
  protected readonly manufacturingTypes = MANUFACTURING_TYPES;
  protected readonly manufacturingLabels = MANUFACTURING_LABELS;
  protected readonly sections = Object.keys(INDUSTRY_SECTIONS);
  protected readonly isChoice = isChoice;

  protected readonly today = this.calendar.today();
  protected readonly draft = signal<SurveyDraft>(emptyDraft(''));
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  /** Whether the builder's messages show (after the first attempt to save). */
  protected readonly tried = signal(false);
  protected readonly serverErrors = signal<string[]>([]);

  protected readonly problems = computed<BuilderProblem[]>(() => builderProblems(this.draft(), this.calendar.today()));
  protected readonly shownProblems = computed(() => (this.tried() ? this.problems() : []));
  protected readonly everyone = computed(() => {
    const t = this.draft().target;
    return (
      !t.industrySections.length && !t.scales.length && !this.draft().regions.trim() && t.emerging === null && !t.manufacturingTypes.length
    );
  });

  ngOnInit(): void {
    const id = this.id();
    if (!id) {
      this.draft.set(emptyDraft(addDays(this.calendar.today(), 14)));
      return;
    }
    this.loading.set(true);
    this.client.parkSurvey(id).subscribe({
      next: (survey) => {
        this.loading.set(false);
        if (survey.status !== 'draft') {
          void this.router.navigate(['/park/surveys', survey.id, 'results']);
          return;
        }
        this.draft.set(draftOf(survey));
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.loadError.set(`${this.i18n.t('surveys.builder.loadError')} ${problemMessage(this.i18n, error)}`);
      },
    });
  }

  protected sectionName(section: string): string {
    return industrySectionName(section, this.i18n.locale());
  }

  protected problemsAt(field: string): BuilderProblem[] {
    return this.shownProblems().filter((p) => p.field === field);
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected set<K extends keyof SurveyDraft>(key: K, value: SurveyDraft[K]): void {
    this.draft.update((d) => ({ ...d, [key]: value }));
  }

  protected setTarget<K extends keyof SurveyTarget>(key: K, value: SurveyTarget[K]): void {
    this.draft.update((d) => ({ ...d, target: { ...d.target, [key]: value } }));
  }

  protected toggleTarget(key: 'industrySections' | 'scales' | 'manufacturingTypes', value: string, on: boolean): void {
    this.setTarget(key, toggled(this.draft().target[key] as string[], value, on) as never);
  }

  protected setEmerging(value: string): void {
    this.setTarget('emerging', value === 'yes' ? true : value === 'no' ? false : null);
  }

  protected setQuestion(index: number, change: Partial<QuestionDraft>): void {
    this.draft.update((d) => ({ ...d, questions: d.questions.map((q, i) => (i === index ? { ...q, ...change } : q)) }));
  }

  protected setKind(index: number, kind: string): void {
    this.setQuestion(index, { kind: kind as SurveyQuestionKind });
  }

  protected addQuestion(): void {
    this.draft.update((d) => ({ ...d, questions: [...d.questions, newQuestion('single')] }));
  }

  protected move(index: number, by: -1 | 1): void {
    this.draft.update((d) => ({ ...d, questions: moveQuestion(d.questions, index, by) }));
  }

  protected removeQuestion(index: number): void {
    this.draft.update((d) => ({ ...d, questions: d.questions.filter((_, i) => i !== index) }));
  }

  /** Saves the draft (creating it first when new), then sends it when `send`. */
  protected save(send: boolean): void {
    this.tried.set(true);
    this.serverErrors.set([]);
    if (this.problems().length || this.saving()) return;
    const body = surveyRequest(this.draft());
    const id = this.id();
    this.saving.set(true);
    const saved: Observable<Survey> = id ? this.client.update(id, body) : this.client.create(body);
    (send ? saved.pipe(switchMap((s) => this.client.update(s.id, { status: 'open' }))) : saved).subscribe({
      next: (survey) => {
        this.saving.set(false);
        this.messages.success(this.i18n.t(send ? 'surveys.park.sent' : 'surveys.builder.saved', { title: survey.title }));
        void this.router.navigateByUrl('/park/surveys');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const failure = readApiFailure(error);
        this.serverErrors.set(
          failure?.fieldErrors.length ? failure.fieldErrors.map((e) => `${e.field}: ${e.message}`) : [problemMessage(this.i18n, error)],
        );
      },
    });
  }
}
