import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Assessment, AssessmentFramework, AssessmentGap, Project, Task } from '@xinzhi/shared-contracts';
import { AREA_LABELS, I18nService, TranslatePipe } from '@xinzhi/web-core';
import { ChartComponent } from '@xinzhi/web-ui/chart';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { injectManages } from '../logic/access';
import { radarOption, radarValues } from '../logic/radar';
import { decidedByWording, gapPainDraft, gapTaskDraft, gapWording, levelShort, levelTitle, sceneGrid } from '../logic/results';
import { formatNumber, say } from '../logic/wizard';
import { GapPainFormComponent, type GapPainSeed } from './gap-pain-dialog.component';
import { GapTaskFormComponent, type GapTaskSeed } from './gap-task-dialog.component';

/**
 * The results of a scored assessment: the level with the rule that decided it, the radar by
 * dimension, the scene grid (scenes × levels 1–4, constraint scenes marked), points by dimension and
 * sub-dimension, and the gaps to the next level — each of which owners and leaders can turn into a
 * task in one of their projects or record as a pain point. Printable on A4.
 */
@Component({
  selector: 'xz-assessment-results',
  imports: [
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzModalModule,
    NzTagModule,
    GapPainFormComponent,
    GapTaskFormComponent,
    ChartComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assessment-results.component.html',
  styleUrl: './assessment-results.component.css',
})
export class AssessmentResultsComponent {
  private readonly i18n = inject(I18nService);
  protected readonly manages = injectManages();

  readonly assessment = input.required<Assessment>();
  readonly framework = input.required<AssessmentFramework>();

  protected readonly say = say;
  protected readonly locale = this.i18n.locale;
  protected readonly areaLabels = AREA_LABELS;
  private readonly t = (key: Parameters<I18nService['t']>[0], params?: Parameters<I18nService['t']>[1]) => this.i18n.t(key, params);

  protected readonly level = computed(() => this.assessment().level ?? 0);
  protected readonly levelTitle = computed(() => levelTitle(this.framework(), this.level(), this.locale(), this.t));
  protected readonly points = computed(() => formatNumber(this.assessment().totalPoints ?? 0, this.locale()));
  protected readonly maxPoints = computed(() => formatNumber(this.framework().maxPoints, this.locale()));
  protected readonly rule = computed(() => decidedByWording(this.framework(), this.assessment(), this.locale(), this.t));

  protected readonly dimensions = computed(() => {
    const scores = new Map((this.assessment().dimensionPoints ?? []).map((d) => [d.dimensionId, d]));
    const locale = this.locale();
    return this.framework().dimensions.map((d) => {
      const score = scores.get(d.id);
      const subs = new Map((score?.subDimensions ?? []).map((s) => [s.subDimensionId, s]));
      return {
        id: d.id,
        name: say(d.name, locale),
        points: formatNumber(score?.points ?? 0, locale, 3),
        max: formatNumber(score?.maxPoints ?? d.points, locale, 3),
        percent: Math.round((score?.share ?? 0) * 100),
        subs: d.subDimensions.map((s) => ({
          id: s.id,
          name: say(s.name, locale),
          points: formatNumber(subs.get(s.id)?.points ?? 0, locale, 3),
          max: formatNumber(subs.get(s.id)?.maxPoints ?? s.points, locale, 3),
        })),
      };
    });
  });

  protected readonly radarOptions = computed(() =>
    radarOption(
      this.framework().dimensions.map((d) => say(d.name, this.locale())),
      [
        {
          name: this.assessment().title,
          values: radarValues(
            this.framework().dimensions.map((d) => d.id),
            this.assessment().dimensionPoints ?? [],
          ),
        },
      ],
    ),
  );

  protected readonly grid = computed(() => sceneGrid(this.framework(), this.assessment().sceneLevels ?? [], this.locale()));
  protected readonly levelColumns = computed(() => (this.framework().scenes[0]?.levels ?? []).map((l) => l.level));

  protected readonly gaps = computed(() => this.assessment().gaps);
  protected readonly gapRows = computed(() =>
    (this.gaps()?.items ?? []).map((gap) => ({ gap, wording: gapWording(this.framework(), gap, this.locale()) })),
  );
  protected readonly nextLevel = computed(() => {
    const next = this.gaps()?.nextLevel;
    return next === null || next === undefined ? null : levelShort(next, this.t);
  });

  protected readonly taskSeed = signal<GapTaskSeed | null>(null);
  /** Tasks made from gaps on this visit, by gap key. */
  protected readonly made = signal<Readonly<Record<string, { task: Task; project: Project }>>>({});

  protected openTask(gap: AssessmentGap): void {
    const draft = gapTaskDraft(this.framework(), gap, this.assessment().title, this.locale(), this.t);
    this.taskSeed.set({ gap, ...draft });
  }

  protected taskCreated(event: { task: Task; project: Project }): void {
    const seed = this.taskSeed();
    if (seed) this.made.update((m) => ({ ...m, [seed.gap.key]: event }));
    this.taskSeed.set(null);
  }

  protected readonly painSeed = signal<GapPainSeed | null>(null);
  /** Gaps recorded as pain points on this visit, by gap key. */
  protected readonly recorded = signal<Readonly<Record<string, true>>>({});

  protected openPain(gap: AssessmentGap): void {
    const draft = gapPainDraft(this.framework(), gap, this.assessment().title, this.locale(), this.t);
    this.painSeed.set({ gap, ...draft });
  }

  protected painRecorded(): void {
    const seed = this.painSeed();
    if (seed) this.recorded.update((r) => ({ ...r, [seed.gap.key]: true }));
    this.painSeed.set(null);
  }

  protected print(): void {
    window.print();
  }
}
