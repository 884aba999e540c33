import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { type Solution, type SolutionOutcomes, type SolutionStatus, SOLUTION_STATUSES } from '@xinzhi/shared-contracts';
import { createPagedList, failureStatus, I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, injectHandset, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { SolutionCardComponent } from '../catalog/solution-card.component';
import { FilterSelectComponent, type FilterOption } from '../common/filter-select.component';
import { SolutionsTabsComponent } from '../common/solutions-tabs.component';
import { SolutionsClient } from '../data/solutions.client';
import { percent } from '../logic/format';
import { sceneLabel, SOLUTION_STATUS_LABELS } from '../logic/labels';
import { SolutionFormComponent } from './solution-form.component';

/**
 * `/park/solutions` (the park administrator): the catalog with a status filter; create and edit with
 * the template editor, publish, retire, delete (a solution already adopted is refused: 409, shown);
 * each solution's outcomes in a drawer.
 */
@Component({
  selector: 'xz-park-solutions-page',
  imports: [
    NzButtonModule,
    NzDrawerModule,
    NzIconModule,
    NzPopconfirmModule,
    AsyncStateComponent,
    PageHeaderComponent,
    FilterSelectComponent,
    SolutionsTabsComponent,
    SolutionCardComponent,
    SolutionFormComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './park-solutions-page.component.html',
  styles: `
    :host {
      display: block;
      max-width: 1100px;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      margin-bottom: 16px;
    }
    .cards {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
      gap: 12px;
    }
    @media (max-width: 480px) {
      .cards {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .counts {
      margin-top: 8px;
      color: rgba(0, 0, 0, 0.55);
      font-size: 13px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 4px;
      margin-top: 8px;
    }
    .more {
      display: flex;
      justify-content: center;
      margin-top: 16px;
    }
    .stats {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(120px, 1fr));
      gap: 12px;
      margin: 0 0 16px;
    }
    .stats dt {
      font-size: 12px;
      color: rgba(0, 0, 0, 0.45);
    }
    .stats dd {
      margin: 0;
      font-size: 20px;
      font-weight: 600;
    }
    .scene-lines {
      padding-left: 18px;
    }
  `,
})
export class ParkSolutionsPageComponent {
  private readonly client = inject(SolutionsClient);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  protected readonly handset = injectHandset();

  protected readonly status = signal('');
  protected readonly statusOptions = computed<FilterOption[]>(() =>
    SOLUTION_STATUSES.map((value) => ({ value, label: this.i18n.t(SOLUTION_STATUS_LABELS[value]) })),
  );
  protected readonly list = createPagedList((cursor) =>
    this.client.parkSolutions({ status: (this.status() || undefined) as SolutionStatus | undefined }, cursor),
  );
  protected readonly listError = computed(() =>
    this.list.error() ? `${this.i18n.t('parkSolutions.error')} ${problemMessage(this.i18n, this.list.error())}` : null,
  );

  /** The form: closed (undefined), a new solution (null) or the one edited. */
  protected readonly editing = signal<Solution | null | undefined>(undefined);
  protected readonly busy = signal<string | null>(null);

  protected readonly outcomesOf = signal<Solution | null>(null);
  protected readonly outcomes = signal<SolutionOutcomes | null>(null);
  protected readonly outcomesError = signal<string | null>(null);
  protected readonly percent = percent;

  protected setStatus(value: string): void {
    this.status.set(value);
    this.list.reload();
  }

  protected openNew(): void {
    this.editing.set(null);
  }

  protected openEdit(solution: Solution): void {
    this.editing.set(solution);
  }

  protected closeForm(): void {
    this.editing.set(undefined);
  }

  protected saved(solution: Solution): void {
    const isNew = this.editing() === null;
    this.editing.set(undefined);
    this.replace(solution, isNew);
    this.messages.success(this.i18n.t(isNew ? 'parkSolutions.created' : 'parkSolutions.saved', { name: solution.name }));
  }

  private replace(solution: Solution, isNew = false): void {
    this.list.update((items) => (isNew ? [solution, ...items] : items.map((item) => (item.id === solution.id ? solution : item))));
  }

  protected setSolutionStatus(solution: Solution, status: 'published' | 'retired'): void {
    if (this.busy()) return;
    this.busy.set(solution.id);
    this.client.updateSolution(solution.id, { status }).subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.replace(updated);
        this.messages.success(
          this.i18n.t(status === 'published' ? 'parkSolutions.published' : 'parkSolutions.retired', { name: updated.name }),
        );
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }

  protected remove(solution: Solution): void {
    if (this.busy()) return;
    this.busy.set(solution.id);
    this.client.deleteSolution(solution.id).subscribe({
      next: () => {
        this.busy.set(null);
        this.list.update((items) => items.filter((item) => item.id !== solution.id));
        this.messages.success(this.i18n.t('parkSolutions.deleted', { name: solution.name }));
      },
      error: (error: unknown) => {
        this.busy.set(null);
        if (failureStatus(error) === 409) {
          // Adopted solutions stay (their outcomes refer to them): say why, and offer to retire it.
          this.modal.confirm({
            nzTitle: this.i18n.t('parkSolutions.cannotDelete'),
            nzContent: this.i18n.t('parkSolutions.deleteConflict', { name: solution.name }),
            nzOkText: solution.status === 'retired' ? this.i18n.t('common.close') : this.i18n.t('parkSolutions.retire'),
            nzCancelText: solution.status === 'retired' ? null : this.i18n.t('common.cancel'),
            nzClassName: 'solution-delete-conflict',
            nzOnOk: () => {
              if (solution.status !== 'retired') this.setSolutionStatus(solution, 'retired');
            },
          });
        } else this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }

  protected openOutcomes(solution: Solution): void {
    this.outcomesOf.set(solution);
    this.outcomes.set(null);
    this.outcomesError.set(null);
    this.client.outcomes(solution.id).subscribe({
      next: (outcomes) => this.outcomes.set(outcomes),
      error: (error: unknown) => this.outcomesError.set(`${this.i18n.t('outcomes.error')} ${problemMessage(this.i18n, error)}`),
    });
  }

  protected closeOutcomes(): void {
    this.outcomesOf.set(null);
  }

  protected sceneName(sceneId: string): string {
    const label = sceneLabel(sceneId);
    return label ? this.i18n.t(label) : sceneId;
  }

  protected level(value: number | null): string {
    return value === null ? this.i18n.t('outcomes.noData') : value.toFixed(1);
  }
}
