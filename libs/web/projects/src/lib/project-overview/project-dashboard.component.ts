import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import type { ProjectOverview } from '@xinzhi/shared-contracts';
import { formatDateTime, I18nService, TranslatePipe } from '@xinzhi/web-core';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopoverModule } from 'ng-zorro-antd/popover';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { HEALTH_BADGES, HEALTH_LABELS, percent } from '../data/labels';
import { healthExplanation } from '../logic/kpi-chart';

/**
 * The block at the top of the overview: task progress as a dashboard gauge, the transformation
 * index, KPI attainment and a health badge explaining SPI and its thresholds, with when the worker
 * last computed them.
 */
@Component({
  selector: 'xz-project-dashboard',
  imports: [NzBadgeModule, NzButtonModule, NzIconModule, NzPopoverModule, NzProgressModule, NzTooltipModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = project();
    <section class="dashboard" aria-labelledby="dashboard-heading" data-testid="dashboard">
      <div class="head">
        <h2 id="dashboard-heading" class="title">
          {{ 'dashboard.title' | t }}
          <nz-icon class="help" nzType="question-circle" nzTheme="outline" nz-tooltip [nzTooltipTitle]="'overview.help' | t" tabindex="0" />
        </h2>
        <span class="updated" data-testid="dashboard-updated">{{ updated() ?? ('dashboard.notYet' | t) }}</span>
        <button nz-button nzType="text" nzSize="small" type="button" data-testid="overview-refresh" (click)="refresh.emit()">
          <nz-icon nzType="reload" nzTheme="outline" />
          {{ 'overview.refresh' | t }}
        </button>
      </div>
      <div class="grid">
        <div class="tile gauge" data-testid="dashboard-progress" [attr.data-value]="percent(p.progress)">
          <span data-testid="project-progress" [attr.data-value]="percent(p.progress)">
            <nz-progress
              nzType="dashboard"
              [nzWidth]="120"
              [nzPercent]="percent(p.progress) ?? 0"
              [nzFormat]="p.progress === null ? notYet : asPercent"
            />
          </span>
          <span class="label">{{ 'dashboard.progress' | t }}</span>
        </div>
        <div class="tile" data-testid="dashboard-index" [attr.data-value]="percent(p.transformationIndex)">
          <span class="label">
            {{ 'dashboard.index' | t }}
            <nz-icon class="help" nzType="question-circle" nzTheme="outline" nz-tooltip [nzTooltipTitle]="indexHint()" tabindex="0" />
          </span>
          <span class="value" data-testid="project-index">{{ asText(p.transformationIndex) }}</span>
          <nz-progress [nzPercent]="percent(p.transformationIndex) ?? 0" [nzShowInfo]="false" nzSize="small" />
        </div>
        <div class="tile" data-testid="dashboard-kpi-attainment" [attr.data-value]="percent(p.kpiAttainment)">
          <span class="label">
            {{ 'dashboard.kpiAttainment' | t }}
            <nz-icon
              class="help"
              nzType="question-circle"
              nzTheme="outline"
              nz-tooltip
              [nzTooltipTitle]="'dashboard.kpiAttainmentHint' | t"
              tabindex="0"
            />
          </span>
          <span class="value" data-testid="project-kpi">{{ asText(p.kpiAttainment) }}</span>
          <nz-progress [nzPercent]="percent(p.kpiAttainment) ?? 0" [nzShowInfo]="false" nzSize="small" nzStrokeColor="#52c41a" />
        </div>
        <div class="tile" data-testid="dashboard-health" [attr.data-value]="p.health">
          <span class="label">{{ 'dashboard.health' | t }}</span>
          <button
            type="button"
            class="health"
            nz-popover
            nzPopoverTrigger="click"
            nzPopoverPlacement="bottom"
            [nzPopoverTitle]="'dashboard.health' | t"
            [nzPopoverContent]="explanation"
            data-testid="dashboard-health-open"
          >
            <span data-testid="project-health">
              @if (p.health) {
                <nz-badge [nzStatus]="healthBadges[p.health]" [nzText]="healthLabels[p.health] | t" />
              } @else {
                <span class="muted">{{ 'projects.notComputed' | t }}</span>
              }
            </span>
            <nz-icon class="help" nzType="question-circle" nzTheme="outline" />
          </button>
          <span class="muted small" data-testid="project-spi">SPI {{ p.spi === null ? '—' : p.spi.toFixed(2) }}</span>
          <ng-template #explanation>
            <div class="explanation" data-testid="dashboard-health-explanation">
              @for (line of lines(); track line.key) {
                <p>{{ line.key | t: line.params }}</p>
              }
            </div>
          </ng-template>
        </div>
      </div>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .dashboard {
      padding: 16px 20px;
      background: #fff;
      border-radius: 8px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      margin-bottom: 12px;
    }
    .title {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 0;
      font-size: 16px;
      font-weight: 600;
    }
    .updated {
      flex: 1;
      color: rgba(0, 0, 0, 0.45);
      font-size: 13px;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      gap: 16px;
      align-items: stretch;
    }
    .tile {
      display: flex;
      flex-direction: column;
      justify-content: center;
      gap: 6px;
      min-width: 0;
      padding: 12px 16px;
      border: 1px solid #f0f0f0;
      border-radius: 8px;
    }
    .gauge {
      align-items: center;
    }
    .label {
      display: flex;
      align-items: center;
      gap: 6px;
      color: rgba(0, 0, 0, 0.65);
    }
    .value {
      font-size: 28px;
      font-weight: 600;
      line-height: 1.2;
    }
    .help {
      color: rgba(0, 0, 0, 0.45);
      font-size: 14px;
      cursor: help;
    }
    .health {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      width: fit-content;
      padding: 4px 8px;
      font: inherit;
      font-size: 18px;
      background: none;
      border: 1px solid #d9d9d9;
      border-radius: 6px;
      cursor: pointer;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .small {
      font-size: 12px;
    }
    .explanation {
      max-width: 320px;
    }
    .explanation p {
      margin: 0 0 6px;
    }
  `,
})
export class ProjectDashboardComponent {
  private readonly i18n = inject(I18nService);

  readonly project = input.required<ProjectOverview>();
  readonly refresh = output<void>();

  protected readonly percent = percent;
  protected readonly healthLabels = HEALTH_LABELS;
  protected readonly healthBadges = HEALTH_BADGES;
  protected readonly notYet = (): string => '—';
  protected readonly asPercent = (value: number): string => `${value}%`;

  protected readonly updated = computed(() => {
    const at = this.project().progressComputedAt;
    return at ? this.i18n.t('dashboard.updated', { time: formatDateTime(at, this.i18n.locale()) }) : null;
  });
  protected readonly lines = computed(() => healthExplanation(this.project().health, this.project().spi));
  protected readonly indexHint = computed(() => {
    const alpha = this.project().taskWeight;
    return this.i18n.t('dashboard.indexHint', { alpha: alpha.toFixed(2), beta: (1 - alpha).toFixed(2) });
  });

  protected asText(fraction: number | null): string {
    const value = percent(fraction);
    return value === null ? '—' : `${value}%`;
  }
}
