import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, type OnInit, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  CreateKpiRequestSchema,
  type Kpi,
  KPI_CATEGORIES,
  KPI_DIRECTIONS,
  KPI_NAME_MAX,
  KPI_UNIT_MAX,
  type KpiCategory,
  type KpiDirection,
  READING_INTERVALS,
  type ReadingInterval,
  type Team,
} from '@xinzhi/shared-contracts';
import { applyProblemToForm, FieldErrorPipe, I18nService, revealErrors, TranslatePipe } from '@xinzhi/web-core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { MemberDirectory } from '../data/member-directory';
import { ProjectsClient } from '../data/projects.client';
import { KPI_CATEGORY_LABELS, KPI_DIRECTION_LABELS, READING_INTERVAL_LABELS } from './kpi-labels';
import { EnumSelectComponent, schemaValidators } from '@xinzhi/web-forms';

/** Texts for the API's field errors of a KPI. */
const KPI_FIELD_MESSAGES = {
  'name:unique': 'kpis.duplicate',
  'name:conflict': 'kpis.duplicate',
  'name:exists': 'kpis.duplicate',
  'teamId:exists': 'kpis.teamUnknown',
} as const;

/** Creates or edits a KPI of a project (owners and leaders). */
@Component({
  selector: 'xz-kpi-form',
  imports: [
    EnumSelectComponent,
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as message) {
      <nz-alert class="block" nzType="error" nzShowIcon role="alert" data-testid="kpi-form-error" [nzMessage]="message" />
    }
    <form nz-form nzLayout="vertical" novalidate [formGroup]="form" (ngSubmit)="submit()" data-testid="kpi-form">
      <nz-form-item>
        <nz-form-label nzFor="kpi-name" nzRequired>{{ 'kpis.name' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="fieldError">
          <input nz-input id="kpi-name" [maxlength]="nameMax" autocomplete="off" formControlName="name" data-testid="kpi-name" />
        </nz-form-control>
      </nz-form-item>
      <div class="row">
        <nz-form-item>
          <nz-form-label nzFor="kpi-unit" nzRequired>{{ 'kpis.unit' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="fieldError">
            <input nz-input id="kpi-unit" [maxlength]="unitMax" autocomplete="off" formControlName="unit" data-testid="kpi-unit" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="kpi-target-date">{{ 'kpis.targetDate' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="fieldError">
            <input nz-input id="kpi-target-date" type="date" formControlName="targetDate" data-testid="kpi-target-date" />
          </nz-form-control>
        </nz-form-item>
      </div>
      <div class="row">
        <nz-form-item>
          <nz-form-label nzFor="kpi-direction" nzRequired>{{ 'kpis.direction' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="fieldError">
            <xz-enum-select
              inputId="kpi-direction"
              formControlName="direction"
              testId="kpi-direction"
              [options]="directions"
              [labels]="directionLabels"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="kpi-category" nzRequired>{{ 'kpis.category' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="fieldError">
            <xz-enum-select
              inputId="kpi-category"
              formControlName="category"
              testId="kpi-category"
              [options]="categories"
              [labels]="categoryLabels"
            />
          </nz-form-control>
        </nz-form-item>
      </div>
      <div class="row">
        <nz-form-item>
          <nz-form-label nzFor="kpi-baseline" nzRequired>{{ 'kpis.baseline' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="fieldError">
            <input nz-input id="kpi-baseline" type="number" step="any" formControlName="baseline" data-testid="kpi-baseline" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="kpi-target" nzRequired>{{ 'kpis.target' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="fieldError">
            <input nz-input id="kpi-target" type="number" step="any" formControlName="target" data-testid="kpi-target" />
          </nz-form-control>
        </nz-form-item>
      </div>
      <nz-form-item>
        <nz-form-label nzFor="kpi-reading-interval" nzRequired>{{ 'kpis.readingInterval' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="fieldError">
          <xz-enum-select
            inputId="kpi-reading-interval"
            formControlName="readingInterval"
            testId="kpi-reading-interval"
            [options]="intervals"
            [labels]="intervalLabels"
          />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="kpi-owner">{{ 'kpis.owner' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="fieldError">
          <nz-select
            nzId="kpi-owner"
            nzShowSearch
            nzAllowClear
            formControlName="ownerId"
            data-testid="kpi-owner"
            [nzPlaceHolder]="'kpis.noOwner' | t"
            [nzLoading]="directory.loading()"
          >
            @for (member of directory.members(); track member.id) {
              @if (member.userId) {
                <nz-option [nzValue]="member.userId" [nzLabel]="member.displayName" />
              }
            }
          </nz-select>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="kpi-team">{{ 'kpis.team' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="fieldError" [nzExtra]="'kpis.teamHelp' | t">
          <nz-select
            nzId="kpi-team"
            nzShowSearch
            nzAllowClear
            formControlName="teamId"
            data-testid="kpi-team"
            [nzPlaceHolder]="'kpis.noTeam' | t"
            [nzLoading]="teamsLoading()"
          >
            @for (team of teams(); track team.id) {
              <nz-option [nzValue]="team.id" [nzLabel]="team.name" />
            }
          </nz-select>
        </nz-form-control>
      </nz-form-item>
      <div class="buttons">
        <button nz-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" data-testid="kpi-submit" [nzLoading]="saving()">{{ 'kpis.submit' | t }}</button>
      </div>
    </form>
    <ng-template #fieldError let-control>{{ control.errors | fieldError }}</ng-template>
  `,
  styles: `
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
      gap: 0 16px;
    }
    .wide {
      width: 100%;
    }
    .buttons {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class KpiFormComponent implements OnInit {
  private readonly client = inject(ProjectsClient);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly directory = inject(MemberDirectory);

  readonly projectId = input.required<string>();
  /** The KPI to edit; a new one when null. */
  readonly kpi = input<Kpi | null>(null);
  readonly saved = output<Kpi>();
  readonly cancelled = output<void>();

  protected readonly directions = KPI_DIRECTIONS;
  protected readonly categories = KPI_CATEGORIES;
  protected readonly directionLabels = KPI_DIRECTION_LABELS;
  protected readonly categoryLabels = KPI_CATEGORY_LABELS;
  protected readonly intervals = READING_INTERVALS;
  protected readonly intervalLabels = READING_INTERVAL_LABELS;
  protected readonly nameMax = KPI_NAME_MAX;
  protected readonly unitMax = KPI_UNIT_MAX;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The project's teams, one of which the KPI may belong to. */
  protected readonly teams = signal<readonly Team[]>([]);
  protected readonly teamsLoading = signal(false);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly form = this.fb.group({
    name: this.fb.control('', schemaValidators(CreateKpiRequestSchema, 'name')),
    unit: this.fb.control('', schemaValidators(CreateKpiRequestSchema, 'unit')),
    direction: this.fb.control<KpiDirection>('higher_is_better', [Validators.required]),
    category: this.fb.control<KpiCategory>('efficiency', [Validators.required]),
    baseline: this.fb.control<number | null>(null, [Validators.required]),
    target: this.fb.control<number | null>(null, [Validators.required]),
    targetDate: this.fb.control(''),
    readingInterval: this.fb.control<ReadingInterval>('monthly', [Validators.required]),
    ownerId: this.fb.control<string | null>(null),
    teamId: this.fb.control<string | null>(null),
  });

  ngOnInit(): void {
    this.directory.ensureLoaded();
    this.teamsLoading.set(true);
    const teams = this.client.teams(this.projectId()).subscribe({
      next: (list) => {
        this.teams.set(list);
        this.teamsLoading.set(false);
      },
      error: () => this.teamsLoading.set(false),
    });
    this.destroyRef.onDestroy(() => teams.unsubscribe());
    const kpi = this.kpi();
    if (kpi) {
      this.form.reset({
        name: kpi.name,
        unit: kpi.unit,
        direction: kpi.direction,
        category: kpi.category,
        baseline: kpi.baseline,
        target: kpi.target,
        targetDate: kpi.targetDate ?? '',
        readingInterval: kpi.readingInterval,
        ownerId: kpi.ownerId,
        teamId: kpi.teamId,
      });
    }
  }

  protected submit(): void {
    if (this.saving()) return;
    this.error.set(null);
    if (!revealErrors(this.form)) return;
    const value = this.form.getRawValue();
    const request = {
      name: value.name.trim(),
      unit: value.unit.trim(),
      direction: value.direction,
      category: value.category,
      baseline: Number(value.baseline),
      target: Number(value.target),
      targetDate: value.targetDate || null,
      readingInterval: value.readingInterval,
      ownerId: value.ownerId || null,
      teamId: value.teamId || null,
    };
    const kpi = this.kpi();
    this.saving.set(true);
    (kpi ? this.client.updateKpi(kpi.id, request) : this.client.createKpi(this.projectId(), request)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(applyProblemToForm(this.i18n, this.form, error, { messages: KPI_FIELD_MESSAGES }));
      },
    });
  }
}
