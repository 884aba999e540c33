import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  BUSINESS_AREAS,
  type BusinessArea,
  TASK_STATUSES,
  type TaskStatus,
  TECHNOLOGY_TYPES,
  type TechnologyType,
} from '@xinzhi/shared-contracts';
import { TranslatePipe } from '@xinzhi/web-core';
import { injectHandset } from '@xinzhi/web-ui';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { AREA_LABELS, TASK_STATUS_LABELS, TECH_LABELS } from '../data/labels';
import { activeFilterCount, EMPTY_TASK_FILTER, type TaskFilter, UNASSIGNED } from '../logic/task-query';
import { ProjectWorkspaceStore } from '../project-workspace/project-workspace.store';

/**
 * The filters of the board and the list (status only on the list): team, assignee, business area,
 * technology, overdue and a text search. On phones all but the search fold away behind a button.
 */
@Component({
  selector: 'xz-task-filters',
  imports: [FormsModule, NzBadgeModule, NzButtonModule, NzIconModule, NzInputModule, NzSelectModule, NzSwitchModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './task-filters.component.html',
  styleUrl: './task-filters.component.css',
})
export class TaskFiltersComponent {
  protected readonly store = inject(ProjectWorkspaceStore);
  protected readonly isHandset = injectHandset();

  /** Offer the status filter (the board's columns are the statuses already). */
  readonly showStatus = input(true);

  protected readonly statuses = TASK_STATUSES;
  protected readonly areas = BUSINESS_AREAS;
  protected readonly techs = TECHNOLOGY_TYPES;
  protected readonly statusLabels = TASK_STATUS_LABELS;
  protected readonly areaLabels = AREA_LABELS;
  protected readonly techLabels = TECH_LABELS;
  protected readonly unassigned = UNASSIGNED;
  protected readonly filter = this.store.filter;
  protected readonly expanded = signal(false);
  protected readonly activeCount = computed(() => activeFilterCount(this.filter(), !this.showStatus()));

  /** Everyone some task is assigned to, by name. */
  protected readonly assignees = computed(() => {
    const people = new Map<string, string>();
    for (const task of this.store.tasks()) if (task.assigneeId && task.assigneeName) people.set(task.assigneeId, task.assigneeName);
    return [...people.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  });

  private patch(change: Partial<TaskFilter>): void {
    this.filter.update((filter) => ({ ...filter, ...change }));
  }

  protected setStatuses(statuses: TaskStatus[]): void {
    this.patch({ statuses });
  }

  protected setTeam(teamId: string | null): void {
    this.patch({ teamId: teamId || null });
  }

  protected setAssignee(assigneeId: string | null): void {
    this.patch({ assigneeId: assigneeId || null });
  }

  protected setArea(businessArea: BusinessArea | null): void {
    this.patch({ businessArea: businessArea || null });
  }

  protected setTech(technologyType: TechnologyType | null): void {
    this.patch({ technologyType: technologyType || null });
  }

  protected setOverdue(overdue: boolean): void {
    this.patch({ overdue });
  }

  protected setQuery(q: string): void {
    this.patch({ q });
  }

  protected clear(): void {
    this.filter.set(EMPTY_TASK_FILTER);
  }
}
