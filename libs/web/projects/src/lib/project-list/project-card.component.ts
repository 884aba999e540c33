import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Project } from '@xinzhi/shared-contracts';
import { I18nService, TranslatePipe } from '@xinzhi/web-core';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  formatDate,
  HEALTH_BADGES,
  HEALTH_LABELS,
  percent,
  PHASE_LABELS,
  PROJECT_STATUS_COLORS,
  PROJECT_STATUS_LABELS,
} from '../data/labels';

/** One project in the list: name, status, phase, dates, goal, progress and health; opens the project. */
@Component({
  selector: 'xz-project-card',
  imports: [RouterLink, NzBadgeModule, NzCardModule, NzProgressModule, NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-card.component.html',
  styleUrl: './project-card.component.css',
})
export class ProjectCardComponent {
  private readonly i18n = inject(I18nService);

  readonly project = input.required<Project>();

  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly statusLabels = PROJECT_STATUS_LABELS;
  protected readonly statusColors = PROJECT_STATUS_COLORS;
  protected readonly healthLabels = HEALTH_LABELS;
  protected readonly healthBadges = HEALTH_BADGES;
  protected readonly percent = percent;
  protected readonly dates = computed(() => {
    const project = this.project();
    const locale = this.i18n.locale();
    return this.i18n.t('projects.dateRange', {
      start: formatDate(project.startDate, locale),
      target: formatDate(project.targetDate, locale),
    });
  });
}
