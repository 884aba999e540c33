import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { SkillsMatrix } from '@xinzhi/shared-contracts';
import { I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { IncentivesClient } from '../data/incentives.client';
import { SKILL_LABELS } from '../logic/labels';
import { skillsMatrixView } from '../logic/skills-heat';
import { NumberPipe } from '../common/format.pipes';
import { IncentivesTabsComponent } from '../common/incentives-tabs.component';

/**
 * `/incentives/skills` (owners and leaders): members × skill tags in training hours, cells coloured
 * by heat, a totals row, and the skills where the organisation is thin called out.
 */
@Component({
  selector: 'xz-skills-page',
  imports: [NzAlertModule, NzTagModule, AsyncStateComponent, PageHeaderComponent, IncentivesTabsComponent, TranslatePipe, NumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './skills-page.component.html',
  styleUrl: './skills-page.component.css',
})
export class SkillsPageComponent {
  private readonly client = inject(IncentivesClient);
  private readonly i18n = inject(I18nService);

  protected readonly skillLabels = SKILL_LABELS;
  private readonly matrix = signal<SkillsMatrix | null>(null);
  protected readonly view = computed(() => {
    const matrix = this.matrix();
    return matrix ? skillsMatrixView(matrix) : null;
  });
  /** The thin skills, comma-separated (for tests and tooling). */
  protected readonly thinSkills = computed(
    () =>
      this.view()
        ?.thin.map((column) => column.skill)
        .join(',') ?? '',
  );
  protected readonly loading = signal(true);
  private readonly failure = signal<unknown>(null);
  protected readonly error = computed(() =>
    this.failure() ? `${this.i18n.t('skills.error')} ${problemMessage(this.i18n, this.failure())}` : null,
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.failure.set(null);
    this.client.skillsMatrix().subscribe({
      next: (matrix) => {
        this.matrix.set(matrix);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.failure.set(error);
        this.loading.set(false);
      },
    });
  }
}
