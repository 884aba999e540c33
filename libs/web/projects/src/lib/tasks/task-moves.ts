import { inject, Injectable } from '@angular/core';
import type { Task, TaskStatus, UpdateTaskRequest } from '@xinzhi/shared-contracts';
import { I18nService } from '@xinzhi/web-core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import { TASK_STATUS_LABELS } from '../data/labels';
import { ProjectsClient } from '../data/projects.client';
import { movedTask } from '../logic/task-access';
import { taskProblemMessage } from '../logic/task-errors';
import { BlockedReasonDialogComponent, type BlockedReasonData } from './blocked-reason-dialog.component';

export interface MoveOptions<T extends Task> {
  /** Shows a version of the task at once (the move), and again the saved or the old one. */
  readonly apply?: (task: T) => void;
  /** Announce the move when it is saved. */
  readonly announce?: boolean;
}

/**
 * Status changes of tasks as every screen does them: asks the blocking reason when moving to
 * blocked, shows the move at once, saves it, and on a refusal puts the task back and says why in the
 * user's language (dependency not finished, cancelled task not reopened to to-do, not allowed…).
 */
@Injectable()
export class TaskMoves {
  private readonly client = inject(ProjectsClient);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);
  private readonly modal = inject(NzModalService);

  /** Asks why the task is blocked; null when the user cancels. */
  askBlockedReason(task: Pick<Task, 'title' | 'blockedReason'>): Promise<string | null> {
    const ref = this.modal.create<BlockedReasonDialogComponent, BlockedReasonData, string>({
      nzTitle: this.i18n.t('blocked.title'),
      nzContent: BlockedReasonDialogComponent,
      nzData: { title: task.title, reason: task.blockedReason },
      nzFooter: null,
      nzWidth: 440,
      nzAutofocus: 'auto',
      nzWrapClassName: 'xz-blocked-reason-modal',
    });
    return firstValueFrom(ref.afterClose).then((reason) => (typeof reason === 'string' && reason ? reason : null));
  }

  /**
   * Moves `task` to `to`. Resolves with the saved task, or null when the user gave up (no reason)
   * or the API refused (the task is put back and the reason shown).
   */
  async move<T extends Task>(task: T, to: TaskStatus, options: MoveOptions<T> = {}): Promise<T | null> {
    if (task.status === to) return task;
    let blockedReason: string | null = null;
    if (to === 'blocked') {
      blockedReason = await this.askBlockedReason(task);
      if (!blockedReason) return null;
    }
    options.apply?.(movedTask(task, to, blockedReason));
    const request: UpdateTaskRequest = to === 'blocked' ? { status: to, blockedReason } : { status: to };
    try {
      const saved = { ...task, ...(await firstValueFrom(this.client.updateTask(task.id, request))) } as T;
      options.apply?.(saved);
      if (options.announce !== false) {
        this.messages.success(this.i18n.t('tasks.moved', { title: saved.title, status: this.i18n.t(TASK_STATUS_LABELS[to]) }));
      }
      return saved;
    } catch (error) {
      options.apply?.(task);
      this.messages.error(taskProblemMessage(this.i18n, error, task), { nzDuration: 6000 });
      return null;
    }
  }

  /** Saves percent done; resolves with the saved task, or null (the old one is put back and the reason shown). */
  async setPercent<T extends Task>(task: T, percentDone: number, options: MoveOptions<T> = {}): Promise<T | null> {
    if (task.percentDone === percentDone) return task;
    options.apply?.({ ...task, percentDone });
    try {
      const saved = { ...task, ...(await firstValueFrom(this.client.updateTask(task.id, { percentDone }))) } as T;
      options.apply?.(saved);
      if (options.announce !== false) this.messages.success(this.i18n.t('task.percentSaved', { percent: saved.percentDone }));
      return saved;
    } catch (error) {
      options.apply?.(task);
      this.messages.error(taskProblemMessage(this.i18n, error, task), { nzDuration: 6000 });
      return null;
    }
  }
}
