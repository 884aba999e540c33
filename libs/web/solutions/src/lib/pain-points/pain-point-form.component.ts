import { ChangeDetectionStrategy, Component, inject, input, type OnInit, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  BUSINESS_AREAS,
  type BusinessArea,
  type CreatePainPointRequest,
  CreatePainPointRequestSchema,
  PAIN_POINT_DESCRIPTION_MAX,
  PAIN_POINT_TITLE_MAX,
  type PainPoint,
  type Tenant,
} from '@xinzhi/shared-contracts';
import { applyProblemToForm, FieldErrorPipe, I18nService, revealErrors, TranslatePipe } from '@xinzhi/web-core';
import { EnumSelectComponent, schemaValidators } from '@xinzhi/web-forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import type { Observable } from 'rxjs';
import { SolutionsClient } from '../data/solutions.client';
import { AREA_LABELS, SCENE_KEYS, SCENE_LABELS, SEVERITIES } from '../logic/labels';

/**
 * Records, proposes or edits a pain point: `record` (owners and leaders), `propose` (other
 * members: it waits as `proposed`), `park` (the park administrator records one for an enterprise).
 * One column, big targets: it is filled in on a phone on the shop floor.
 */
@Component({
  selector: 'xz-pain-point-form',
  imports: [
    ReactiveFormsModule,
    EnumSelectComponent,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as message) {
      <nz-alert class="block" nzType="error" nzShowIcon role="alert" data-testid="pain-point-form-error" [nzMessage]="message" />
    }
    @if (mode() === 'propose') {
      <p class="hint">{{ 'painPoints.proposeHint' | t }}</p>
    }
    <form nz-form nzLayout="vertical" novalidate [formGroup]="form" (ngSubmit)="submit()" data-testid="pain-point-form">
      @if (mode() === 'park') {
        <nz-form-item>
          <nz-form-label nzFor="pain-point-tenant" nzRequired>{{ 'painPoints.tenant' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="'parkPainPoints.tenantRequired' | t">
            <nz-select nzId="pain-point-tenant" nzShowSearch formControlName="tenantId" data-testid="pain-point-tenant">
              @for (tenant of tenants(); track tenant.id) {
                <nz-option nzCustomContent [nzValue]="tenant.id" [nzLabel]="tenant.name">
                  <span [attr.data-testid]="'pain-point-tenant-option-' + tenant.id">{{ tenant.name }}</span>
                </nz-option>
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
      }
      <nz-form-item>
        <nz-form-label nzFor="pain-point-title" nzRequired>{{ 'painPoints.title' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="fieldError">
          <input
            nz-input
            id="pain-point-title"
            autocomplete="off"
            formControlName="title"
            data-testid="pain-point-title"
            [maxlength]="titleMax"
          />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="pain-point-area" nzRequired>{{ 'painPoints.businessArea' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="fieldError">
          <xz-enum-select
            inputId="pain-point-area"
            formControlName="businessArea"
            testId="pain-point-area"
            [options]="areas"
            [labels]="areaLabels"
          />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="pain-point-severity" nzRequired>{{ 'severity.label' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="fieldError">
          <nz-radio-group
            id="pain-point-severity"
            formControlName="severity"
            nzButtonStyle="solid"
            class="severity"
            data-testid="pain-point-severity"
          >
            @for (value of severities; track value) {
              <label nz-radio-button [nzValue]="value" [attr.data-testid]="'pain-point-severity-' + value">{{ value }}</label>
            }
          </nz-radio-group>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="pain-point-scene">{{ 'painPoints.scene' | t }}</nz-form-label>
        <nz-form-control>
          <nz-select
            nzId="pain-point-scene"
            nzAllowClear
            formControlName="sceneId"
            data-testid="pain-point-scene"
            [nzPlaceHolder]="'painPoints.noScene' | t"
          >
            @for (scene of scenes; track scene) {
              <nz-option [nzValue]="scene" [nzLabel]="sceneLabels[scene] | t" />
            }
          </nz-select>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="pain-point-description">{{ 'painPoints.description' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="fieldError">
          <textarea
            nz-input
            id="pain-point-description"
            rows="3"
            formControlName="description"
            data-testid="pain-point-description"
            [maxlength]="descriptionMax"
          ></textarea>
        </nz-form-control>
      </nz-form-item>
      <div class="buttons">
        <button nz-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" data-testid="pain-point-save" [nzLoading]="saving()">
          {{ (mode() === 'propose' ? 'painPoints.submitProposal' : 'painPoints.save') | t }}
        </button>
      </div>
    </form>
    <ng-template #fieldError let-control>{{ control.errors | fieldError }}</ng-template>
  `,
  styles: `
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .hint {
      color: rgba(0, 0, 0, 0.55);
    }
    .severity {
      display: flex;
    }
    .severity label {
      flex: 1;
      text-align: center;
      min-height: 40px;
      line-height: 38px;
    }
    .buttons {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
    .buttons button {
      min-height: 40px;
    }
  `,
})
export class PainPointFormComponent implements OnInit {
  private readonly client = inject(SolutionsClient);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The pain point edited; a new one when null. */
  readonly painPoint = input<PainPoint | null>(null);
  readonly mode = input<'record' | 'propose' | 'park'>('record');
  /** The park's enterprises (mode `park`). */
  readonly tenants = input<readonly Tenant[]>([]);
  readonly saved = output<PainPoint>();
  readonly cancelled = output<void>();

  protected readonly areas = BUSINESS_AREAS;
  protected readonly areaLabels = AREA_LABELS;
  protected readonly scenes = SCENE_KEYS;
  protected readonly sceneLabels = SCENE_LABELS;
  protected readonly severities = SEVERITIES;
  protected readonly titleMax = PAIN_POINT_TITLE_MAX;
  protected readonly descriptionMax = PAIN_POINT_DESCRIPTION_MAX;

  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = this.fb.group({
    tenantId: this.fb.control(''),
    title: this.fb.control('', schemaValidators(CreatePainPointRequestSchema, 'title')),
    description: this.fb.control('', schemaValidators(CreatePainPointRequestSchema, 'description')),
    businessArea: this.fb.control<BusinessArea>('production', schemaValidators(CreatePainPointRequestSchema, 'businessArea')),
    sceneId: this.fb.control<string | null>(null),
    severity: this.fb.control<number>(3, schemaValidators(CreatePainPointRequestSchema, 'severity')),
  });

  ngOnInit(): void {
    const painPoint = this.painPoint();
    if (painPoint) {
      this.form.reset({
        tenantId: painPoint.tenantId,
        title: painPoint.title,
        description: painPoint.description,
        businessArea: painPoint.businessArea,
        sceneId: painPoint.sceneId,
        severity: painPoint.severity,
      });
    }
    if (this.mode() === 'park') this.form.controls.tenantId.setValidators(Validators.required);
  }

  protected submit(): void {
    if (this.saving()) return;
    this.error.set(null);
    if (!revealErrors(this.form)) return;
    const value = this.form.getRawValue();
    const request: CreatePainPointRequest = {
      title: value.title.trim(),
      description: value.description.trim(),
      businessArea: value.businessArea,
      sceneId: value.sceneId || null,
      severity: Number(value.severity),
    };
    const existing = this.painPoint();
    let call: Observable<PainPoint>;
    if (existing) call = this.client.updatePainPoint(existing.id, request);
    else if (this.mode() === 'park') call = this.client.recordPainPoint(value.tenantId, request);
    else call = this.client.createPainPoint(request);
    this.saving.set(true);
    call.subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(applyProblemToForm(this.i18n, this.form, error));
      },
    });
  }
}
