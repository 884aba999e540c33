import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, type OnInit, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  BUSINESS_AREAS,
  CreateSolutionRequestSchema,
  ENTERPRISE_SCALES,
  INDUSTRY_SECTIONS,
  KPI_CATEGORIES,
  KPI_DIRECTIONS,
  PriceBandSchema,
  type Solution,
  SOLUTION_DELIVERIES,
  SOLUTION_STATUSES,
  TECHNOLOGY_TYPES,
  TemplateKpiSchema,
  TemplateTaskSchema,
} from '@xinzhi/shared-contracts';
import { applyProblemToForm, FieldErrorPipe, I18nService, industrySectionName, revealErrors, TranslatePipe } from '@xinzhi/web-core';
import { EnumSelectComponent, schemaValidators } from '@xinzhi/web-forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { SolutionsClient } from '../data/solutions.client';
import { KPI_CATEGORY_LABELS, KPI_DIRECTION_LABELS } from '../logic/kpi-labels';
import { AREA_LABELS, DELIVERY_LABELS, SCALE_LABELS, SCENE_KEYS, SCENE_LABELS, SOLUTION_STATUS_LABELS, TECH_LABELS } from '../logic/labels';
import {
  integerValidator,
  notBelowSibling,
  pickOneValidator,
  type SceneValue,
  SOLUTION_ERROR_TEXTS,
  SOLUTION_LIMITS,
  type SolutionFormValue,
  solutionFormValue,
  solutionRequest,
  type TemplateKpiValue,
  type TemplateTaskValue,
} from '../logic/solution-form';

const TEMPLATE_TASK = TemplateTaskSchema;
const TEMPLATE_KPI = TemplateKpiSchema;

type RowList = 'scenes' | 'templateTasks' | 'templateKpis';

/**
 * Creates or edits a solution of the park's catalog (the park administrator), with the template
 * editor: tasks (title, business area, technology, weight, start and due day offsets) and KPIs
 * (name, unit, direction, category, baseline, target). Fields take their rules from the contract's
 * request schema; the API's field errors show on the fields (`templateTasks.0.weight` …).
 */
@Component({
  selector: 'xz-solution-form',
  imports: [
    ReactiveFormsModule,
    EnumSelectComponent,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './solution-form.component.html',
  styleUrl: './solution-form.component.css',
})
export class SolutionFormComponent implements OnInit {
  private readonly client = inject(SolutionsClient);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly destroyRef = inject(DestroyRef);

  /** The solution edited; a new one when null. */
  readonly solution = input<Solution | null>(null);
  readonly saved = output<Solution>();
  readonly cancelled = output<void>();

  protected readonly areas = BUSINESS_AREAS;
  protected readonly technologies = TECHNOLOGY_TYPES;
  protected readonly scales = ENTERPRISE_SCALES;
  protected readonly deliveries = SOLUTION_DELIVERIES;
  protected readonly statuses = SOLUTION_STATUSES;
  protected readonly directions = KPI_DIRECTIONS;
  protected readonly categories = KPI_CATEGORIES;
  protected readonly sceneKeys = SCENE_KEYS;
  protected readonly levels = [1, 2, 3, 4];
  protected readonly areaLabels = AREA_LABELS;
  protected readonly techLabels = TECH_LABELS;
  protected readonly scaleLabels = SCALE_LABELS;
  protected readonly deliveryLabels = DELIVERY_LABELS;
  protected readonly statusLabels = SOLUTION_STATUS_LABELS;
  protected readonly directionLabels = KPI_DIRECTION_LABELS;
  protected readonly categoryLabels = KPI_CATEGORY_LABELS;
  protected readonly sceneLabels = SCENE_LABELS;
  protected readonly limits = SOLUTION_LIMITS;
  protected readonly errorTexts = SOLUTION_ERROR_TEXTS;
  protected readonly industrySections = Object.keys(INDUSTRY_SECTIONS);
  protected industryName(section: string): string {
    return `${section} ${industrySectionName(section, this.i18n.locale())}`;
  }

  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = this.fb.group({
    name: this.fb.control('', schemaValidators(CreateSolutionRequestSchema, 'name')),
    providerName: this.fb.control('', schemaValidators(CreateSolutionRequestSchema, 'providerName')),
    providerContact: this.fb.control('', schemaValidators(CreateSolutionRequestSchema, 'providerContact')),
    summary: this.fb.control('', schemaValidators(CreateSolutionRequestSchema, 'summary')),
    technologyTypes: this.fb.control<SolutionFormValue['technologyTypes']>([], [pickOneValidator]),
    businessAreas: this.fb.control<SolutionFormValue['businessAreas']>([], [pickOneValidator]),
    industries: this.fb.control<string[]>([]),
    scales: this.fb.control<SolutionFormValue['scales']>([]),
    priceMin: this.fb.control<number | string | null>(0, [
      ...schemaValidators(PriceBandSchema, 'min'),
      Validators.required,
      integerValidator,
    ]),
    priceMax: this.fb.control<number | string | null>(0, [
      ...schemaValidators(PriceBandSchema, 'max'),
      Validators.required,
      integerValidator,
      notBelowSibling('priceMin', 'priceOrder'),
    ]),
    deployWeeks: this.fb.control<number | string | null>(4, [
      ...schemaValidators(CreateSolutionRequestSchema, 'deployWeeks'),
      integerValidator,
    ]),
    delivery: this.fb.control<SolutionFormValue['delivery']>('saas', [Validators.required]),
    status: this.fb.control<SolutionFormValue['status']>('draft', [Validators.required]),
    // Rows keyed '0', '1', … (so the API's `templateTasks.1.weight` finds its field). Plain groups rather
    // than FormArray: the forms module sits in the shell's chunk, and FormArray would grow the initial bundle.
    scenes: new FormGroup<Record<string, AbstractControl>>({}),
    templateTasks: new FormGroup<Record<string, AbstractControl>>({}),
    templateKpis: new FormGroup<Record<string, AbstractControl>>({}),
  });

  /** The rows of each list, in order (the template binds each with its own `[formGroup]`). */
  protected readonly rows = {
    scenes: signal<readonly FormGroup[]>([]),
    templateTasks: signal<readonly FormGroup[]>([]),
    templateKpis: signal<readonly FormGroup[]>([]),
  };

  private setRows(list: RowList, rows: readonly FormGroup[]): void {
    const holder = this.form.controls[list];
    for (const key of Object.keys(holder.controls)) holder.removeControl(key, { emitEvent: false });
    rows.forEach((row, index) => holder.addControl(String(index), row, { emitEvent: false }));
    holder.updateValueAndValidity();
    this.rows[list].set(rows);
  }

  private addRow(list: RowList, row: FormGroup): void {
    this.setRows(list, [...this.rows[list](), row]);
  }

  protected removeAt(list: RowList, index: number): void {
    this.setRows(
      list,
      this.rows[list]().filter((_, i) => i !== index),
    );
  }

  ngOnInit(): void {
    const solution = this.solution();
    if (solution) {
      const value = solutionFormValue(solution);
      value.scenes.forEach((scene) => this.addScene(scene.sceneId, scene.toLevel));
      value.templateTasks.forEach((task) => this.addTask(task));
      value.templateKpis.forEach((kpi) => this.addKpi(kpi));
      const { scenes: _s, templateTasks: _t, templateKpis: _k, ...rest } = value;
      this.form.patchValue(rest);
    }
    const c = this.form.controls;
    c.priceMin.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => c.priceMax.updateValueAndValidity({ emitEvent: false }));
  }

  protected addScene(sceneId = 'warehousing', toLevel: number | string | null = 2): void {
    this.addRow(
      'scenes',
      this.fb.group({ sceneId: this.fb.control(sceneId, [Validators.required]), toLevel: this.fb.control(toLevel, [Validators.required]) }),
    );
  }

  protected addTask(task?: TemplateTaskValue): void {
    const group = this.fb.group({
      title: this.fb.control(task?.title ?? '', schemaValidators(TEMPLATE_TASK, 'title')),
      businessArea: this.fb.control(task?.businessArea ?? this.form.controls.businessAreas.value[0] ?? 'production', [Validators.required]),
      technologyType: this.fb.control(task?.technologyType ?? this.form.controls.technologyTypes.value[0] ?? 'cloud_computing', [
        Validators.required,
      ]),
      weight: this.fb.control<number | string | null>(task?.weight ?? 1, [
        ...schemaValidators(TEMPLATE_TASK, 'weight'),
        Validators.required,
        integerValidator,
      ]),
      startOffsetDays: this.fb.control<number | string | null>(task?.startOffsetDays ?? 0, [
        ...schemaValidators(TEMPLATE_TASK, 'startOffsetDays'),
        Validators.required,
        integerValidator,
      ]),
      dueOffsetDays: this.fb.control<number | string | null>(task?.dueOffsetDays ?? 7, [
        ...schemaValidators(TEMPLATE_TASK, 'dueOffsetDays'),
        Validators.required,
        integerValidator,
        notBelowSibling('startOffsetDays', 'order'),
      ]),
    });
    group.controls.startOffsetDays.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => group.controls.dueOffsetDays.updateValueAndValidity({ emitEvent: false }));
    this.addRow('templateTasks', group);
    group.controls.dueOffsetDays.updateValueAndValidity({ emitEvent: false });
  }

  protected addKpi(kpi?: TemplateKpiValue): void {
    this.addRow(
      'templateKpis',
      this.fb.group({
        name: this.fb.control(kpi?.name ?? '', schemaValidators(TEMPLATE_KPI, 'name')),
        unit: this.fb.control(kpi?.unit ?? '', schemaValidators(TEMPLATE_KPI, 'unit')),
        direction: this.fb.control(kpi?.direction ?? 'higher_is_better', [Validators.required]),
        category: this.fb.control(kpi?.category ?? 'efficiency', [Validators.required]),
        baseline: this.fb.control<number | string | null>(kpi?.baseline ?? 0, [Validators.required]),
        target: this.fb.control<number | string | null>(kpi?.target ?? 0, [Validators.required]),
      }),
    );
  }

  protected submit(): void {
    if (this.saving()) return;
    this.error.set(null);
    if (!revealErrors(this.form)) return;
    const raw = this.form.getRawValue();
    const request = solutionRequest({
      ...raw,
      scenes: this.rows.scenes().map((row) => row.getRawValue() as SceneValue),
      templateTasks: this.rows.templateTasks().map((row) => row.getRawValue() as TemplateTaskValue),
      templateKpis: this.rows.templateKpis().map((row) => row.getRawValue() as TemplateKpiValue),
    });
    const solution = this.solution();
    this.saving.set(true);
    (solution ? this.client.updateSolution(solution.id, request) : this.client.createSolution(request)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(
          applyProblemToForm(this.i18n, this.form, error, { fieldMap: { 'priceBand.min': 'priceMin', 'priceBand.max': 'priceMax' } }),
        );
      },
    });
  }
}
