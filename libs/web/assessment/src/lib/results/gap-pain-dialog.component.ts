import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, output, signal } from '@angular/core';
import {
  type AssessmentGap,
  BUSINESS_AREAS,
  type BusinessArea,
  type CreatePainPointRequest,
  PAIN_POINT_DESCRIPTION_MAX,
  PAIN_POINT_SEVERITY_MAX,
  PAIN_POINT_SEVERITY_MIN,
  PAIN_POINT_TITLE_MAX,
  type PainPoint,
} from '@xinzhi/shared-contracts';
import { AREA_LABELS, fieldErrorMessage, I18nService, problemMessage, readApiFailure, TranslatePipe } from '@xinzhi/web-core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { AssessmentClient } from '../data/assessment.client';
import type { GapPainDraft } from '../logic/results';

/** What the dialog starts with: the gap and the pain point it suggests. */
export interface GapPainSeed extends GapPainDraft {
  readonly gap: AssessmentGap;
}

const SEVERITIES = Array.from({ length: PAIN_POINT_SEVERITY_MAX - PAIN_POINT_SEVERITY_MIN + 1 }, (_, i) => PAIN_POINT_SEVERITY_MIN + i);

/**
 * "Record as pain point": title, business area, scene and severity taken from the gap, an optional
 * description; records it in the enterprise's pain point register with the gap as its source
 * (409 when that gap is already there: the API's message is shown).
 */
@Component({
  selector: 'xz-gap-pain-form',
  imports: [NzAlertModule, NzButtonModule, NzInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" data-testid="gap-pain-form" (submit)="$event.preventDefault(); create()">
      <label class="field">
        <span class="label">{{ 'gapPain.title' | t }}</span>
        <input
          nz-input
          name="title"
          data-testid="gap-pain-title"
          required
          [attr.maxlength]="titleMax"
          [value]="title()"
          (input)="title.set(valueOf($event))"
        />
      </label>
      <label class="field">
        <span class="label">{{ 'gapPain.description' | t }}</span>
        <textarea
          nz-input
          name="description"
          rows="4"
          data-testid="gap-pain-description"
          [attr.maxlength]="descriptionMax"
          [value]="description()"
          (input)="description.set(valueOf($event))"
        ></textarea>
      </label>
      <div class="pair">
        <label class="field">
          <span class="label">{{ 'gapPain.area' | t }}</span>
          <select class="native-select" name="area" data-testid="gap-pain-area" (change)="businessArea.set($any(valueOf($event)))">
            @for (area of areas; track area) {
              <option [value]="area" [selected]="businessArea() === area">{{ areaLabels[area] | t }}</option>
            }
          </select>
        </label>
        <label class="field">
          <span class="label">{{ 'gapPain.severity' | t }}</span>
          <select class="native-select" name="severity" data-testid="gap-pain-severity" (change)="severity.set(+valueOf($event))">
            @for (s of severities; track s) {
              <option [value]="s" [selected]="severity() === s">{{ 'gapPain.severityValue' | t: { severity: s } }}</option>
            }
          </select>
        </label>
      </div>
      @if (error(); as message) {
        <nz-alert nzType="error" nzShowIcon data-testid="gap-pain-error" [nzMessage]="message" />
      }
      <div class="actions">
        <button nz-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" data-testid="gap-pain-create" [nzLoading]="saving()" [disabled]="saving()">
          {{ 'gapPain.create' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .form {
      display: grid;
      gap: 12px;
    }
    .field {
      display: grid;
      gap: 4px;
      min-width: 0;
    }
    .label {
      font-weight: 500;
    }
    .pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      gap: 12px;
    }
    .native-select {
      width: 100%;
      height: 32px;
      padding: 0 8px;
      background: #fff;
      border: 1px solid #d9d9d9;
      border-radius: 6px;
      font: inherit;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class GapPainFormComponent implements OnInit {
  private readonly client = inject(AssessmentClient);
  private readonly i18n = inject(I18nService);

  readonly seed = input.required<GapPainSeed>();
  readonly assessmentId = input.required<string>();
  readonly created = output<PainPoint>();
  readonly cancelled = output<void>();

  protected readonly areas = BUSINESS_AREAS;
  protected readonly areaLabels = AREA_LABELS;
  protected readonly severities = SEVERITIES;
  protected readonly titleMax = PAIN_POINT_TITLE_MAX;
  protected readonly descriptionMax = PAIN_POINT_DESCRIPTION_MAX;

  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly title = signal('');
  protected readonly description = signal('');
  protected readonly businessArea = signal<BusinessArea>('management');
  protected readonly severity = signal(3);
  protected readonly valueOf = (event: Event): string => (event.target as HTMLInputElement).value;
  protected readonly request = computed<CreatePainPointRequest>(() => {
    const seed = this.seed();
    const description = this.description().trim();
    return {
      title: this.title().trim(),
      ...(description ? { description } : {}),
      businessArea: this.businessArea(),
      sceneId: seed.sceneId,
      severity: this.severity(),
      fromGap: { assessmentId: this.assessmentId(), gapKey: seed.gap.key },
    };
  });

  ngOnInit(): void {
    const seed = this.seed();
    this.title.set(seed.title.slice(0, PAIN_POINT_TITLE_MAX));
    this.description.set(seed.description.slice(0, PAIN_POINT_DESCRIPTION_MAX));
    this.businessArea.set(seed.businessArea);
    this.severity.set(seed.severity);
  }

  protected create(): void {
    const request = this.request();
    if (!request.title) {
      this.error.set(this.i18n.t('gapPain.titleRequired'));
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.client.createPainPoint(request).subscribe({
      next: (painPoint) => {
        this.saving.set(false);
        this.created.emit(painPoint);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const failure = readApiFailure(error);
        if (failure?.status === 409) {
          this.error.set(failure.problem?.detail || failure.problem?.title || problemMessage(this.i18n, error));
          return;
        }
        const details = (failure?.fieldErrors ?? []).map((e) => fieldErrorMessage(this.i18n, e));
        this.error.set([problemMessage(this.i18n, error), ...details].join(' '));
      },
    });
  }
}
