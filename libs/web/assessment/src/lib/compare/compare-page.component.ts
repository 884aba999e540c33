import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AssessmentComparison, AssessmentFramework } from '@xinzhi/shared-contracts';
import { I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { ChartComponent } from '@xinzhi/web-ui/chart';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { map, switchMap } from 'rxjs';
import { AssessmentClient } from '../data/assessment.client';
import { compareRows } from '../logic/compare';
import { levelShort, signed } from '../logic/results';
import { formatNumber, say } from '../logic/wizard';
import { radarOption } from '../logic/radar';

/** `/assessments/:id/compare/:otherId`: T0 (otherId) → T1 (id), per dimension and per scene, with the change of total and level. */
@Component({
  selector: 'xz-compare-page',
  imports: [RouterLink, ChartComponent, NzButtonModule, AsyncStateComponent, PageHeaderComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './compare-page.component.html',
  styleUrl: './compare-page.component.css',
})
export class ComparePageComponent implements OnInit {
  private readonly client = inject(AssessmentClient);
  private readonly i18n = inject(I18nService);

  readonly id = input.required<string>();
  readonly otherId = input.required<string>();

  protected readonly comparison = signal<AssessmentComparison | null>(null);
  protected readonly framework = signal<AssessmentFramework | null>(null);
  protected readonly error = signal<string | null>(null);
  private readonly t = (key: Parameters<I18nService['t']>[0], params?: Parameters<I18nService['t']>[1]) => this.i18n.t(key, params);

  protected readonly view = computed(() => {
    const c = this.comparison();
    const f = this.framework();
    if (!c || !f) return null;
    const locale = this.i18n.locale();
    const rows = compareRows(f, c, locale);
    return {
      from: c.from,
      to: c.to,
      fromLevel: levelShort(c.from.level ?? 0, this.t),
      toLevel: levelShort(c.to.level ?? 0, this.t),
      fromTotal: formatNumber(c.from.totalPoints ?? 0, locale),
      toTotal: formatNumber(c.to.totalPoints ?? 0, locale),
      totalDelta: signed(c.totalDelta, locale),
      totalDirection: c.totalDelta > 0 ? 'up' : c.totalDelta < 0 ? 'down' : 'same',
      levelDelta: signed(c.levelDelta, locale),
      levelDirection: c.levelDelta > 0 ? 'up' : c.levelDelta < 0 ? 'down' : 'same',
      ...rows,
      radar: radarOption(
        rows.dimensions.map((d) => d.name),
        [
          { name: `T0 ${c.from.title}`, values: rows.dimensions.map((d) => d.fromPercent) },
          { name: `T1 ${c.to.title}`, values: rows.dimensions.map((d) => d.toPercent) },
        ],
      ),
    };
  });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.error.set(null);
    this.client
      .comparison(this.id(), this.otherId())
      .pipe(switchMap((c) => this.client.framework(c.to.frameworkId).pipe(map((f) => ({ c, f })))))
      .subscribe({
        next: ({ c, f }) => {
          this.framework.set(f);
          this.comparison.set(c);
        },
        error: (error: unknown) => this.error.set(problemMessage(this.i18n, error)),
      });
  }

  protected say = say;
}
