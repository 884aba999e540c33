import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { PROJECT_PHASES, type ProjectPhase, type ShowcasePage } from '@xinzhi/shared-contracts';
import { I18nService, industrySectionName, TranslatePipe, type TranslationKey } from '@xinzhi/web-core';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ChartComponent } from '@xinzhi/web-ui/chart';
import { decimal, percent } from '../logic/format';
import { trendLines, trendOption } from '../logic/trend';

/**
 * One showcase as every tenant of the park sees it: exactly the fields the API lets through
 * (goal, phases, adopted solutions, progress and index, KPI trends as percent of target — values
 * only with the owner's consent — and maturity before and after).
 */
@Component({
  selector: 'xz-showcase-view',
  imports: [NzTagModule, NzProgressModule, ChartComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = showcase();
    <article data-testid="showcase-view" [attr.data-id]="s.id">
      <header>
        <h2 data-testid="showcase-project">{{ s.projectName }}</h2>
        <p class="who">
          <span data-testid="showcase-tenant">{{ s.tenantName }}</span> · {{ s.industrySection }} {{ industryName(s.industrySection) }}
          @if (s.benchmark) {
            <nz-tag nzColor="gold" data-testid="showcase-benchmark-tag">{{ 'showcase.benchmarkTag' | t }}</nz-tag>
          }
        </p>
        @if (s.goal) {
          <p class="goal">
            <strong>{{ 'showcase.goal' | t }}</strong> <span data-testid="showcase-goal">{{ s.goal }}</span>
          </p>
        }
      </header>

      <section>
        <h3>{{ 'showcase.phases' | t }}</h3>
        <ol class="phases" data-testid="showcase-phases">
          @for (phase of phases; track phase; let i = $index) {
            <li
              [class.done]="i < phaseIndex()"
              [class.current]="i === phaseIndex()"
              [attr.aria-current]="i === phaseIndex() ? 'step' : null"
            >
              {{ phaseLabel(phase) }}
            </li>
          }
        </ol>
      </section>

      <section class="numbers">
        <div>
          <span class="label">{{ 'showcase.progress' | t }}</span>
          <nz-progress [nzPercent]="round(s.progress)" nzSize="small" />
        </div>
        <div>
          <span class="label">{{ 'showcase.index' | t }}</span>
          <strong data-testid="showcase-index">{{ percent(s.transformationIndex) }}</strong>
        </div>
        <div>
          <span class="label">{{ 'showcase.kpiAttainment' | t }}</span>
          <strong>{{ percent(s.kpiAttainment) }}</strong>
        </div>
      </section>

      <section>
        <h3>{{ 'showcase.solutions' | t }}</h3>
        @if (s.solutions.length) {
          <div class="tags" data-testid="showcase-solutions">
            @for (name of s.solutions; track name) {
              <nz-tag>{{ name }}</nz-tag>
            }
          </div>
        } @else {
          <p class="muted">{{ 'showcase.noSolutions' | t }}</p>
        }
      </section>

      <section>
        <h3>{{ 'showcase.maturity' | t }}</h3>
        @if (s.maturityBefore || s.maturityAfter) {
          <div class="maturity" data-testid="showcase-maturity">
            <div>
              <span class="label">{{ 'showcase.maturityBefore' | t }}</span>
              <strong>{{ levelText(s.maturityBefore?.level) }}</strong>
              <span class="muted"
                >{{ 'showcase.points' | t: { points: decimal(s.maturityBefore?.points) } }} · {{ s.maturityBefore?.assessedOn }}</span
              >
            </div>
            <div>
              <span class="label">{{ 'showcase.maturityAfter' | t }}</span>
              <strong>{{ levelText(s.maturityAfter?.level) }}</strong>
              <span class="muted"
                >{{ 'showcase.points' | t: { points: decimal(s.maturityAfter?.points) } }} · {{ s.maturityAfter?.assessedOn }}</span
              >
            </div>
          </div>
        } @else {
          <p class="muted">{{ 'showcase.noMaturity' | t }}</p>
        }
      </section>

      <section>
        <h3>{{ 'showcase.kpis' | t }}</h3>
        <p class="muted">{{ (s.showAbsolute ? 'showcase.kpisAbsolute' : 'showcase.kpisRelative') | t }}</p>
        @if (lines().length) {
          <xz-chart data-testid="showcase-kpi-canvas" [options]="trendOptions()" [height]="300" [failedText]="'showcase.chartFailed' | t" />
        }
        @if (s.kpis.length) {
          <ul class="kpis" data-testid="showcase-kpis">
            @for (kpi of s.kpis; track kpi.id) {
              @let last = kpi.points[kpi.points.length - 1];
              <li>
                <span>{{ kpi.name }}</span>
                <strong>{{ last ? percent(last.attainment) : '—' }}</strong>
                @if (s.showAbsolute && last?.value != null) {
                  <span class="muted" data-testid="showcase-kpi-value"
                    >{{ last!.value }} {{ kpi.unit }} ({{ kpi.baseline }} → {{ kpi.target }})</span
                  >
                }
              </li>
            }
          </ul>
        } @else {
          <p class="muted">{{ 'showcase.noKpis' | t }}</p>
        }
      </section>
    </article>
  `,
  styles: `
    :host {
      display: block;
    }
    article {
      display: grid;
      gap: 16px;
    }
    h2 {
      margin: 0;
      font-size: 20px;
    }
    h3 {
      font-size: 15px;
      margin: 0 0 8px;
    }
    .who,
    .goal {
      margin: 4px 0 0;
    }
    .muted,
    .label {
      color: rgba(0, 0, 0, 0.55);
    }
    .label {
      display: block;
      font-size: 12px;
    }
    .phases {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .phases li {
      padding: 2px 10px;
      border-radius: 12px;
      border: 1px solid rgba(5, 5, 5, 0.15);
      color: rgba(0, 0, 0, 0.45);
    }
    .phases li.done {
      color: #389e0d;
      border-color: #b7eb8f;
    }
    .phases li.current {
      color: #fff;
      background: #1677ff;
      border-color: #1677ff;
    }
    .numbers,
    .maturity {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
      gap: 12px;
    }
    .kpis {
      margin: 8px 0 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 4px;
    }
    .kpis li {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: baseline;
    }
  `,
})
export class ShowcaseViewComponent {
  private readonly i18n = inject(I18nService);
  readonly showcase = input.required<ShowcasePage>();

  protected readonly phases = PROJECT_PHASES;
  protected readonly phaseIndex = computed(() => PROJECT_PHASES.indexOf(this.showcase().phase));
  protected readonly lines = computed(() => trendLines(this.showcase().kpis));
  protected readonly trendOptions = computed(() => trendOption(this.lines(), this.i18n.t('showcase.target')));
  protected readonly percent = percent;
  protected readonly decimal = decimal;

  protected round(value: number | null): number {
    return value == null ? 0 : Math.round(value * 100);
  }

  protected industryName(section: string): string {
    return industrySectionName(section, this.i18n.locale());
  }

  protected phaseLabel(phase: ProjectPhase): string {
    return this.i18n.t(`showcase.phase.${phase}` as TranslationKey);
  }

  protected levelText(level: number | null | undefined): string {
    return level == null ? '—' : this.i18n.t('showcase.level', { level });
  }
}
