import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { patchQueryParams } from '../logic/query-params';
import { ProjectWorkspaceStore } from './project-workspace.store';

/**
 * Which task the drawer shows and whether the new-task form is open; shared by the board and the list.
 * The open task is also in the address (`?task=<id>`) while the drawer is open, so a reload or a
 * shared link reopens it and "back" closes it.
 */
@Injectable()
export class TaskPanels {
  private readonly store = inject(ProjectWorkspaceStore);
  private readonly router = inject(Router);

  readonly openTaskId = signal<string | null>(null);
  /** The open task as the store has it now (so moves on the board show in the drawer too). */
  readonly openTask = computed(() => {
    const id = this.openTaskId();
    return id ? (this.store.tasks().find((task) => task.id === id) ?? null) : null;
  });
  readonly createOpen = signal(false);

  /** Opens the drawer and puts the task into the address. */
  openTaskDrawer(taskId: string): void {
    this.openTaskId.set(taskId);
    patchQueryParams(this.router, { task: taskId });
  }

  /** Closes the drawer and takes the task out of the address (`replaceUrl` when the task is gone). */
  closeTask(replaceUrl = false): void {
    this.openTaskId.set(null);
    patchQueryParams(this.router, { task: null }, replaceUrl);
  }

  /** The address changed (back/forward, a link): show what it says without navigating again. */
  showFromAddress(taskId: string | null): void {
    this.openTaskId.set(taskId);
  }

  openCreate(): void {
    this.createOpen.set(true);
  }

  closeCreate(): void {
    this.createOpen.set(false);
  }
}
