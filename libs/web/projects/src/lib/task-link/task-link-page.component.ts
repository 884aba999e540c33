import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { Task } from '@xinzhi/shared-contracts';
import { AuthService, I18nService, problemMessage, readApiFailure, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, injectHandset } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { ProjectsClient } from '../data/projects.client';

/** Where a task's own URL shows it: My tasks for its assignee on a phone, else the project's board (the list on a phone). */
export function taskHome(task: Pick<Task, 'id' | 'projectId' | 'assigneeId'>, userId: string | null, handset: boolean): string[] {
  if (handset && userId !== null && task.assigneeId === userId) return ['/my-tasks'];
  return ['/projects', task.projectId, handset ? 'list' : 'board'];
}

/**
 * `/tasks/:id`: a task's own, canonical URL (notification links use it). Resolves the task and opens
 * its drawer in context — `taskHome` — with `?task=<id>` in that page's address; a task that does not
 * exist, or that the acting enterprise cannot see, shows a clear "not found" instead of a blank page.
 */
@Component({
  selector: 'xz-task-link-page',
  imports: [RouterLink, NzButtonModule, AsyncStateComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="task-link" data-testid="task-link" [attr.data-state]="failure() ? 'error' : 'loading'">
      @if (failure(); as message) {
        <xz-async-state kind="error" [message]="message" />
        <p class="back">
          <a nz-button nzType="primary" routerLink="/my-tasks" data-testid="task-link-my-tasks">{{ 'taskLink.toMyTasks' | t }}</a>
        </p>
      } @else {
        <xz-async-state kind="loading" [message]="'taskLink.loading' | t" />
      }
    </div>
  `,
  styles: `
    .task-link {
      max-width: 560px;
    }
    .back {
      display: flex;
      justify-content: center;
      margin-top: 16px;
    }
  `,
})
export class TaskLinkPageComponent {
  private readonly client = inject(ProjectsClient);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly handset = injectHandset();

  /** The route's `:id`. */
  readonly id = input.required<string>();

  private readonly error = signal<unknown>(null);
  protected readonly failure = computed(() => {
    const error = this.error();
    if (!error) return null;
    const status = readApiFailure(error)?.status;
    return status === 404 || status === 403 || status === 400 ? this.i18n.t('taskLink.notFound') : problemMessage(this.i18n, error);
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.resolve(id));
    });
  }

  private resolve(id: string): void {
    this.error.set(null);
    this.client.task(id).subscribe({
      next: (task) => {
        const target = taskHome(task, this.auth.user()?.id ?? null, this.handset());
        void this.router.navigate(target, { queryParams: { task: task.id }, replaceUrl: true });
      },
      error: (error: unknown) => this.error.set(error),
    });
  }
}
