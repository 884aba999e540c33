import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import type { Benchmark, BenchmarkCohort, BenchmarkMeasure } from '@xinzhi/shared-contracts';
import { I18nService, industrySectionName, problemMessage, TranslatePipe, type TranslationKey } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { ShowcasesClient } from '../data/showcases.client';
import { boxGeometry, standing } from '../logic/benchmark';
import { decimal, percent } from '../logic/format';

/**
 * `/benchmarks` (owners and leaders): the enterprise's transformation index and maturity beside the
 * quartiles of its industry in the park and of the whole park, drawn as quartile boxes with the
 * enterprise's own marker — or "too few peers to compare" where a cohort has fewer than 5 others.
 */
@Component({
  selector: 'xz-benchmarks-page',
  imports: [AsyncStateComponent, PageHeaderComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xz-page-header headingTestId="benchmarks-title" [heading]="'benchmark.pageTitle' | t" [subheading]="'benchmark.subtitle' | t" />
    <section data-testid="benchmarks" [attr.data-state]="loading() ? 'loading' : error() ? 'error' : 'ready'">
      @if (loading()) {
        <xz-async-state kind="loading" />
      } @else if (error(); as message) {
        <xz-async-state kind="error" [message]="message" [retryable]="true" (retry)="load()" />
      } @else if (benchmark(); as b) {
        <p class="legend">
          <span class="swatch box"></span> {{ 'benchmark.legendBox' | t }} <span class="swatch median"></span>
          {{ 'benchmark.legendMedian' | t }} <span class="swatch own"></span> {{ 'benchmark.legendOwn' | t }}
        </p>
        @for (row of b.rows; track row.measure) {
          <article class="measure" data-testid="benchmark-measure" [attr.data-measure]="row.measure">
            <h2>{{ measureLabel(row.measure) }}</h2>
            <p class="own">
              {{ 'benchmark.own' | t }} <strong data-testid="benchmark-own">{{ format(row.measure, row.own) }}</strong>
            </p>
            @for (c of cohorts(b, row.section, row.park); track c.key) {
              @let g = geometry(row.measure, row.own, c.cohort);
              <div class="cohort" data-testid="benchmark-cohort" [attr.data-cohort]="c.key" [attr.data-enough]="c.cohort.enough">
                <div class="cohort-name">{{ c.label }}</div>
                @if (c.cohort.enough) {
                  <div class="track" role="img" [attr.aria-label]="summary(row.measure, row.own, c.cohort)">
                    @if (g.box; as box) {
                      <div class="box" [style.left.%]="box.left" [style.width.%]="box.width"></div>
                    }
                    @if (g.median != null) {
                      <div class="median" [style.left.%]="g.median"></div>
                    }
                    @if (g.own != null) {
                      <div class="own-marker" [style.left.%]="g.own"></div>
                    }
                  </div>
                  <div class="figures" data-testid="benchmark-figures">
                    {{
                      'benchmark.quartiles'
                        | t
                          : {
                              q1: format(row.measure, c.cohort.q1),
                              median: format(row.measure, c.cohort.median),
                              q3: format(row.measure, c.cohort.q3),
                            }
                    }}
                    · {{ 'benchmark.peers' | t: { count: c.cohort.peers ?? 0 } }}
                    @if (standingLabel(row.own, c.cohort); as s) {
                      · <strong>{{ s }}</strong>
                    }
                  </div>
                } @else {
                  <div class="too-few" data-testid="benchmark-too-few">{{ 'benchmark.tooFew' | t }}</div>
                }
              </div>
            }
          </article>
        }
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 880px;
    }
    .legend {
      color: rgba(0, 0, 0, 0.55);
      font-size: 13px;
    }
    .swatch {
      display: inline-block;
      width: 12px;
      height: 12px;
      vertical-align: middle;
      margin-left: 8px;
    }
    .swatch.box {
      background: #bae0ff;
    }
    .swatch.median {
      background: #0958d9;
      width: 3px;
    }
    .swatch.own {
      background: #fa541c;
      border-radius: 50%;
    }
    .measure {
      background: #fff;
      border: 1px solid rgba(5, 5, 5, 0.08);
      border-radius: 8px;
      padding: 12px 16px;
      margin-bottom: 12px;
    }
    h2 {
      font-size: 16px;
      margin: 0;
    }
    .own {
      margin: 4px 0 8px;
    }
    .cohort {
      margin-top: 8px;
    }
    .cohort-name {
      font-size: 13px;
      color: rgba(0, 0, 0, 0.65);
    }
    .track {
      position: relative;
      height: 22px;
      margin: 4px 0;
      background: #f5f5f5;
      border-radius: 4px;
    }
    .box {
      position: absolute;
      top: 3px;
      bottom: 3px;
      background: #bae0ff;
      border: 1px solid #69b1ff;
      border-radius: 3px;
    }
    .median {
      position: absolute;
      top: 0;
      bottom: 0;
      width: 3px;
      margin-left: -1px;
      background: #0958d9;
    }
    .own-marker {
      position: absolute;
      top: 5px;
      width: 12px;
      height: 12px;
      margin-left: -6px;
      border-radius: 50%;
      background: #fa541c;
      border: 2px solid #fff;
    }
    .figures,
    .too-few {
      font-size: 13px;
    }
    .too-few {
      color: rgba(0, 0, 0, 0.55);
      font-style: italic;
    }
  `,
})
export class BenchmarksPageComponent implements OnInit {
  private readonly client = inject(ShowcasesClient);
  private readonly i18n = inject(I18nService);

  protected readonly benchmark = signal<Benchmark | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.client.benchmarks().subscribe({
      next: (b) => {
        this.benchmark.set(b);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(`${this.i18n.t('benchmark.error')} ${problemMessage(this.i18n, error)}`);
        this.loading.set(false);
      },
    });
  }

  protected cohorts(b: Benchmark, section: BenchmarkCohort, park: BenchmarkCohort) {
    return [
      {
        key: 'section',
        label: this.i18n.t('benchmark.section', {
          section: `${b.industrySection} ${industrySectionName(b.industrySection, this.i18n.locale())}`,
        }),
        cohort: section,
      },
      { key: 'park', label: this.i18n.t('benchmark.park'), cohort: park },
    ];
  }

  protected geometry(measure: BenchmarkMeasure, own: number | null, cohort: BenchmarkCohort) {
    return boxGeometry(measure, own, cohort);
  }

  protected measureLabel(measure: BenchmarkMeasure): string {
    return this.i18n.t(`benchmark.measure.${measure}` as TranslationKey);
  }

  protected format(measure: BenchmarkMeasure, value: number | null): string {
    return measure === 'transformationIndex' ? percent(value) : decimal(value);
  }

  protected standingLabel(own: number | null, cohort: BenchmarkCohort): string | null {
    const s = standing(own, cohort);
    return s ? this.i18n.t(`benchmark.standing.${s}` as TranslationKey) : null;
  }

  protected summary(measure: BenchmarkMeasure, own: number | null, cohort: BenchmarkCohort): string {
    return (
      this.i18n.t('benchmark.quartiles', {
        q1: this.format(measure, cohort.q1),
        median: this.format(measure, cohort.median),
        q3: this.format(measure, cohort.q3),
      }) + ` · ${this.i18n.t('benchmark.own')} ${this.format(measure, own)}`
    );
  }
}
