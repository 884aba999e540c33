import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  BUSINESS_AREAS,
  type BusinessArea,
  type LeadershipMember,
  PROJECT_PHASES,
  type ProjectPhase,
  TASK_STATUSES,
  type TaskStatus,
  type Team,
} from '@xinzhi/shared-contracts';
import { I18nService, problemMessage, TranslatePipe, type TranslationKey } from '@xinzhi/web-core';
import { injectHandset } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzStepsModule } from 'ng-zorro-antd/steps';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import {
  AREA_LABELS,
  formatDate,
  LEADERSHIP_ROLE_COLORS,
  LEADERSHIP_ROLE_LABELS,
  PHASE_LABELS,
  TASK_STATUS_ACCENTS,
  TASK_STATUS_LABELS,
} from '../data/labels';
import { ProjectsClient } from '../data/projects.client';
import { ProjectWorkspaceStore } from '../project-workspace/project-workspace.store';
import { KpiSectionComponent } from '../kpis/kpi-section.component';
import { LeadershipEditorComponent } from './leadership-editor.component';
import { ProjectDashboardComponent } from './project-dashboard.component';
import { ProjectTrendComponent } from './project-trend.component';
import { TeamFormComponent } from './team-form.component';
import { AdoptionsSectionComponent } from '../adoptions/adoptions-section.component';

interface Bar {
  readonly key: string;
  readonly label: TranslationKey;
  readonly count: number;
  /** Width in percent of the largest bar. */
  readonly width: number;
  readonly color: string;
}

const PHASE_TEXTS: Readonly<Record<ProjectPhase, TranslationKey>> = {
  diagnose: 'phase.diagnose.text',
  plan: 'phase.plan.text',
  implement: 'phase.implement.text',
  evaluate: 'phase.evaluate.text',
};

function bars<K extends string>(
  keys: readonly K[],
  counts: Record<K, number>,
  label: (key: K) => TranslationKey,
  color: (key: K) => string,
): Bar[] {
  const max = Math.max(1, ...keys.map((key) => counts[key] ?? 0));
  return keys.map((key) => ({
    key,
    label: label(key),
    count: counts[key] ?? 0,
    width: Math.round(((counts[key] ?? 0) / max) * 100),
    color: color(key),
  }));
}

/**
 * The overview of a project: the dashboard (progress, transformation index, KPI attainment, health), the KPI cards, goal, phase (a step indicator owners and leaders can move), schedule,
 * the worker's figures (progress, SPI, health, transformation index), task counts by status and by
 * business area, the leadership group and the cross-department teams.
 */
@Component({
  selector: 'xz-project-overview',
  imports: [
    AdoptionsSectionComponent,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzDrawerModule,
    NzIconModule,
    NzPopconfirmModule,
    NzStepsModule,
    NzTagModule,
    NzTooltipModule,
    KpiSectionComponent,
    LeadershipEditorComponent,
    ProjectDashboardComponent,
    ProjectTrendComponent,
    TeamFormComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-overview.component.html',
  styleUrl: './project-overview.component.css',
})
export class ProjectOverviewComponent {
  private readonly client = inject(ProjectsClient);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);
  protected readonly store = inject(ProjectWorkspaceStore);

  protected readonly isHandset = injectHandset();
  protected readonly project = this.store.overview;
  protected readonly phases = PROJECT_PHASES;
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly phaseTexts = PHASE_TEXTS;
  protected readonly roleLabels = LEADERSHIP_ROLE_LABELS;
  protected readonly roleColors = LEADERSHIP_ROLE_COLORS;
  protected readonly canEdit = computed(() => this.store.canPlan() && !this.store.archived());

  protected readonly phaseIndex = computed(() => PROJECT_PHASES.indexOf(this.project()?.phase ?? 'diagnose'));
  protected readonly phaseSaving = signal(false);
  protected readonly schedule = computed(() => {
    const project = this.project();
    if (!project) return '';
    const locale = this.i18n.locale();
    return this.i18n.t('projects.dateRange', {
      start: formatDate(project.startDate, locale),
      target: formatDate(project.targetDate, locale),
    });
  });
  protected readonly statusBars = computed(() => {
    const counts = this.project()?.taskCounts.byStatus;
    return counts
      ? bars<TaskStatus>(
          TASK_STATUSES,
          counts,
          (s) => TASK_STATUS_LABELS[s],
          (s) => TASK_STATUS_ACCENTS[s],
        )
      : [];
  });
  protected readonly areaBars = computed(() => {
    const counts = this.project()?.taskCounts.byArea;
    return counts
      ? bars<BusinessArea>(
          BUSINESS_AREAS,
          counts,
          (a) => AREA_LABELS[a],
          () => '#2f54eb',
        )
      : [];
  });

  protected readonly leadershipOpen = signal(false);
  /** The team being edited; `'new'` for a new one. */
  protected readonly teamEditing = signal<Team | 'new' | null>(null);
  protected readonly teamDeleting = signal<string | null>(null);

  constructor() {
    // Counts and figures change with every task move: show them fresh whenever the overview opens —
    // unless the overview was loaded just now, as the project opened, and no task changed since.
    if (this.store.overview() && this.store.overviewNeedsReload()) this.store.loadOverview(true);
  }

  protected changePhase(index: number): void {
    const project = this.project();
    const phase = PROJECT_PHASES[index];
    if (!project || !phase || phase === project.phase || !this.canEdit() || this.phaseSaving()) return;
    this.phaseSaving.set(true);
    this.client.updateProject(project.id, { phase }).subscribe({
      next: (saved) => {
        this.phaseSaving.set(false);
        this.store.setProject(saved);
        this.messages.success(this.i18n.t('overview.phaseChanged', { phase: this.i18n.t(PHASE_LABELS[phase]) }));
      },
      error: (error: unknown) => {
        this.phaseSaving.set(false);
        this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }

  protected refresh(): void {
    this.store.loadOverview(true);
  }

  protected leadershipSaved(leadership: LeadershipMember[]): void {
    this.store.setLeadership(leadership);
    this.leadershipOpen.set(false);
    this.messages.success(this.i18n.t('leadership.saved'));
  }

  protected editTeam(team: Team): void {
    this.teamEditing.set(team);
  }

  protected newTeam(): void {
    this.teamEditing.set('new');
  }

  protected closeTeam(): void {
    this.teamEditing.set(null);
  }

  protected teamSaved(team: Team): void {
    const created = this.teamEditing() === 'new';
    this.store.upsertTeam(team);
    this.teamEditing.set(null);
    this.messages.success(this.i18n.t(created ? 'teams.created' : 'teams.updated', { name: team.name }));
  }

  protected deleteTeam(team: Team): void {
    if (this.teamDeleting()) return;
    this.teamDeleting.set(team.id);
    this.client.deleteTeam(team.id).subscribe({
      next: () => {
        this.teamDeleting.set(null);
        this.store.removeTeam(team.id);
        this.messages.success(this.i18n.t('teams.deleted', { name: team.name }));
      },
      error: (error: unknown) => {
        this.teamDeleting.set(null);
        this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }

  protected editedTeam(): Team | null {
    const editing = this.teamEditing();
    return editing === 'new' ? null : editing;
  }
}
