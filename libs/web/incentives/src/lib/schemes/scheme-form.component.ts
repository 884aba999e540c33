import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, type OnInit, output, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  BUSINESS_AREAS,
  type BusinessArea,
  CreateIncentiveSchemeRequestSchema,
  type IncentiveKind,
  type IncentiveScheme,
  type IncentiveTrigger,
  incentiveUnit,
  INCENTIVE_KINDS,
  INCENTIVE_TRIGGERS,
  type Project,
  TECHNOLOGY_TYPES,
  type TechnologyType,
} from '@xinzhi/shared-contracts';
import { applyProblemToForm, FieldErrorPipe, I18nService, revealErrors, TranslatePipe } from '@xinzhi/web-core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { startWith } from 'rxjs';
import { IncentivesClient } from '../data/incentives.client';
import { AREA_LABELS, KIND_LABELS, TECH_LABELS, TRIGGER_LABELS } from '../logic/labels';
import {
  amountValidator,
  budgetCapValidator,
  dateOrderValidator,
  SCHEME_ERROR_TEXTS,
  SCHEME_FIELD_MESSAGES,
  SCHEME_LIMITS,
  schemeRequest,
  taskFiltersApply,
} from '../logic/scheme-form';
import { EnumSelectComponent, fieldLimits, schemaValidators } from '@xinzhi/web-forms';

/** Creates or edits an incentive scheme (owners and leaders); the API's field errors show on the fields. */
@Component({
  selector: 'xz-scheme-form',
  imports: [
    EnumSelectComponent,
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzFormModule,
    NzInputModule,
    NzSelectModule,
    NzSwitchModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scheme-form.component.html',
  styles: `
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      gap: 0 16px;
    }
    .hint {
      color: rgba(0, 0, 0, 0.45);
      font-size: 13px;
    }
    .unit {
      display: inline-block;
      padding-top: 5px;
    }
    .switch {
      display: inline-flex;
      align-items: center;
      gap: 8px;
    }
    .buttons {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class SchemeFormComponent implements OnInit {
  private readonly client = inject(IncentivesClient);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly destroyRef = inject(DestroyRef);

  /** The scheme to edit; a new one when null. */
  readonly scheme = input<IncentiveScheme | null>(null);
  readonly projects = input<readonly Project[]>([]);
  readonly saved = output<IncentiveScheme>();
  readonly cancelled = output<void>();

  protected readonly kinds = INCENTIVE_KINDS;
  protected readonly triggers = INCENTIVE_TRIGGERS;
  protected readonly areas = BUSINESS_AREAS;
  protected readonly technologies = TECHNOLOGY_TYPES;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly triggerLabels = TRIGGER_LABELS;
  protected readonly areaLabels = AREA_LABELS;
  protected readonly techLabels = TECH_LABELS;
  protected readonly limits = SCHEME_LIMITS;
  protected readonly errorTexts = SCHEME_ERROR_TEXTS;

  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = this.fb.group({
    name: this.fb.control('', schemaValidators(CreateIncentiveSchemeRequestSchema, 'name')),
    description: this.fb.control('', schemaValidators(CreateIncentiveSchemeRequestSchema, 'description')),
    kind: this.fb.control<IncentiveKind>('bonus', [Validators.required]),
    trigger: this.fb.control<IncentiveTrigger>('task_done', [Validators.required]),
    // Bounds and decimals as the schema says; worded as one "amount" error.
    amount: this.fb.control<number | string | null>(null, [
      ...(fieldLimits(CreateIncentiveSchemeRequestSchema, 'amount').required ? [Validators.required] : []),
      amountValidator,
    ]),
    scaleByWeight: this.fb.control(false),
    businessAreas: this.fb.control<BusinessArea[]>([]),
    technologyTypes: this.fb.control<TechnologyType[]>([]),
    projectId: this.fb.control<string | null>(null),
    budgetCap: this.fb.control<number | string | null>(null, [budgetCapValidator]),
    activeFrom: this.fb.control(''),
    activeUntil: this.fb.control('', [dateOrderValidator]),
    active: this.fb.control(true),
  });

  private readonly kind = toSignal(this.form.controls.kind.valueChanges.pipe(startWith(this.form.controls.kind.value)), {
    requireSync: true,
  });
  private readonly trigger = toSignal(this.form.controls.trigger.valueChanges.pipe(startWith(this.form.controls.trigger.value)), {
    requireSync: true,
  });
  /** Yuan or points, from the kind. */
  protected readonly unit = computed(() => incentiveUnit(this.kind()));
  /** Weight scaling and the filters apply to task_done only. */
  protected readonly taskOnly = computed(() => taskFiltersApply(this.trigger()));

  ngOnInit(): void {
    const scheme = this.scheme();
    if (scheme) {
      this.form.reset({
        name: scheme.name,
        description: scheme.description,
        kind: scheme.kind,
        trigger: scheme.trigger,
        amount: scheme.amount,
        scaleByWeight: scheme.scaleByWeight,
        businessAreas: [...scheme.businessAreas],
        technologyTypes: [...scheme.technologyTypes],
        projectId: scheme.projectId,
        budgetCap: scheme.budgetCap,
        activeFrom: scheme.activeFrom ?? '',
        activeUntil: scheme.activeUntil ?? '',
        active: scheme.active,
      });
    }
    const c = this.form.controls;
    c.activeFrom.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => c.activeUntil.updateValueAndValidity());
    // Task-only settings are disabled for other triggers (and not sent: `schemeRequest` drops them), as the API would refuse them.
    c.trigger.valueChanges.pipe(startWith(c.trigger.value), takeUntilDestroyed(this.destroyRef)).subscribe((trigger) => {
      for (const control of [c.scaleByWeight, c.businessAreas, c.technologyTypes]) {
        if (taskFiltersApply(trigger)) control.enable({ emitEvent: false });
        else control.disable({ emitEvent: false });
      }
    });
  }

  protected submit(): void {
    if (this.saving()) return;
    this.error.set(null);
    if (!revealErrors(this.form)) return;
    const request = schemeRequest(this.form.getRawValue());
    const scheme = this.scheme();
    this.saving.set(true);
    (scheme ? this.client.updateScheme(scheme.id, request) : this.client.createScheme(request)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(applyProblemToForm(this.i18n, this.form, error, { messages: SCHEME_FIELD_MESSAGES }));
      },
    });
  }
}
