import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Adoption } from '@xinzhi/shared-contracts';
import { formatDateTime, I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import type { Subscription } from 'rxjs';
import { ProjectsClient } from '../data/projects.client';

/**
 * "Adopted solutions" of a project: each adoption with its start date and the progress of its
 * tasks; owners and leaders remove one, choosing whether its open tasks are cancelled or kept as
 * ordinary tasks. Adopting happens in the solution catalog (`/solutions`).
 */
@Component({
  selector: 'xz-adoptions-section',
  imports: [RouterLink, NzAlertModule, NzButtonModule, NzModalModule, NzProgressModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="adoptions" aria-labelledby="adoptions-heading" data-testid="adoptions" [attr.data-state]="state()">
      <div class="head">
        <h2 id="adoptions-heading" class="title">{{ 'adoptions.title' | t }}</h2>
        @if (canManage()) {
          <a nz-button nzSize="small" routerLink="/solutions" data-testid="adoptions-browse">{{ 'adoptions.browse' | t }}</a>
        }
      </div>
      @if (state() === 'loading') {
        <p class="muted">{{ 'adoptions.loading' | t }}</p>
      } @else if (error(); as message) {
        <nz-alert
          nzType="error"
          nzShowIcon
          data-testid="adoptions-error"
          [nzMessage]="'adoptions.loadFailed' | t"
          [nzDescription]="message"
        />
      } @else if (!adoptions().length) {
        <p class="muted" data-testid="adoptions-empty">{{ 'adoptions.empty' | t }}</p>
      } @else {
        <ul class="list">
          @for (adoption of adoptions(); track adoption.id) {
            <li class="item" data-testid="adoption" [attr.data-id]="adoption.id">
              <div class="top">
                <span class="name" data-testid="adoption-name">{{ adoption.solutionName }}</span>
                <span class="muted small">{{ 'adoptions.since' | t: { date: day(adoption.startDate) } }}</span>
              </div>
              <div class="progress-row">
                <nz-progress
                  class="bar"
                  nzSize="small"
                  [nzPercent]="percent(adoption)"
                  [nzShowInfo]="false"
                  [attr.aria-label]="'adoptions.progress' | t: { done: adoption.tasksDone, total: adoption.tasksTotal }"
                />
                <span class="small" data-testid="adoption-progress">{{
                  'adoptions.progress' | t: { done: adoption.tasksDone, total: adoption.tasksTotal }
                }}</span>
              </div>
              @if (canManage()) {
                <div class="actions">
                  <button
                    nz-button
                    nzType="link"
                    nzDanger
                    nzSize="small"
                    type="button"
                    data-testid="adoption-remove"
                    (click)="removing.set(adoption)"
                  >
                    {{ 'adoptions.remove' | t }}
                  </button>
                </div>
              }
            </li>
          }
        </ul>
      }
    </section>

    <nz-modal
      [nzVisible]="removing() !== null"
      [nzTitle]="removing() ? ('adoptions.removeTitle' | t: { name: removing()!.solutionName }) : ''"
      [nzFooter]="footer"
      nzWrapClassName="adoption-remove-dialog"
      (nzOnCancel)="removing.set(null)"
    >
      <ng-container *nzModalContent>
        <p>{{ 'adoptions.removeQuestion' | t }}</p>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="removing.set(null)">{{ 'common.cancel' | t }}</button>
        <button nz-button type="button" data-testid="adoption-remove-keep" [nzLoading]="busy() === 'keep'" (click)="remove('keep')">
          {{ 'adoptions.keepTasks' | t }}
        </button>
        <button
          nz-button
          nzType="primary"
          nzDanger
          type="button"
          data-testid="adoption-remove-cancel"
          [nzLoading]="busy() === 'cancel'"
          (click)="remove('cancel')"
        >
          {{ 'adoptions.cancelTasks' | t }}
        </button>
      </ng-template>
    </nz-modal>
  `,
  styles: `
    :host {
      display: block;
    }
    .adoptions {
      padding: 16px 20px;
      background: #fff;
      border-radius: 8px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin-bottom: 12px;
    }
    .title {
      margin: 0;
      font-size: 16px;
      font-weight: 600;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .small {
      font-size: 12px;
    }
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 8px;
    }
    .item {
      padding: 8px 12px;
      border: 1px solid rgba(5, 5, 5, 0.08);
      border-radius: 8px;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 12px;
    }
    .name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .progress-row {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .bar {
      flex: 1;
      min-width: 0;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
    }
  `,
})
export class AdoptionsSectionComponent {
  private readonly client = inject(ProjectsClient);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);

  readonly projectId = input.required<string>();
  /** Owners and leaders remove adoptions. */
  readonly canManage = input(false);
  /** Tasks were cancelled or released: the project's numbers and lists change. */
  readonly changed = output<void>();

  protected readonly adoptions = signal<readonly Adoption[]>([]);
  protected readonly state = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly error = signal<string | null>(null);
  protected readonly removing = signal<Adoption | null>(null);
  protected readonly busy = signal<'cancel' | 'keep' | null>(null);
  private running: Subscription | null = null;

  constructor() {
    effect(() => {
      const projectId = this.projectId();
      untracked(() => this.load(projectId));
    });
  }

  /** Reads the adoptions again (after an adoption elsewhere, or a retry). */
  reload(): void {
    this.load(this.projectId());
  }

  private load(projectId: string): void {
    this.running?.unsubscribe();
    this.error.set(null);
    if (!this.adoptions().length) this.state.set('loading');
    this.running = this.client.adoptions(projectId).subscribe({
      next: (adoptions) => {
        this.adoptions.set(adoptions);
        this.state.set('ready');
      },
      error: (error: unknown) => {
        this.error.set(problemMessage(this.i18n, error));
        this.state.set('error');
      },
    });
  }

  protected percent(adoption: Adoption): number {
    return adoption.tasksTotal ? Math.round((adoption.tasksDone / adoption.tasksTotal) * 100) : 0;
  }

  protected day(date: string): string {
    return formatDateTime(`${date}T12:00:00Z`, this.i18n.locale(), false);
  }

  protected remove(tasks: 'cancel' | 'keep'): void {
    const adoption = this.removing();
    if (!adoption || this.busy()) return;
    this.busy.set(tasks);
    this.client.removeAdoption(adoption.id, tasks).subscribe({
      next: () => {
        this.busy.set(null);
        this.removing.set(null);
        this.adoptions.update((items) => items.filter((item) => item.id !== adoption.id));
        this.messages.success(
          this.i18n.t(tasks === 'cancel' ? 'adoptions.removedCancelled' : 'adoptions.removedKept', { name: adoption.solutionName }),
        );
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }
}
