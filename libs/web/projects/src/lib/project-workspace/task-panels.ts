import { computed, inject, Injectable, signal } from '@angular/core';
import { ProjectWorkspaceStore } from './project-workspace.store';

/** Which task the drawer shows and whether the new-task form is open; shared by the board and the list. */
@Injectable()
export class TaskPanels {
  private readonly store = inject(ProjectWorkspaceStore);

  readonly openTaskId = signal<string | null>(null);
  /** The open task as the store has it now (so moves on the board show in the drawer too). */
  readonly openTask = computed(() => {
    const id = this.openTaskId();
    return id ? (this.store.tasks().find((task) => task.id === id) ?? null) : null;
  });
  readonly createOpen = signal(false);

  openTaskDrawer(taskId: string): void {
    this.openTaskId.set(taskId);
  }

  closeTask(): void {
    this.openTaskId.set(null);
  }

  openCreate(): void {
    this.createOpen.set(true);
  }

  closeCreate(): void {
    this.createOpen.set(false);
  }
}
