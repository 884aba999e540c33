import type { Task } from '@xinzhi/shared-contracts';

let sequence = 0;

/** A task with sensible defaults, for tests. */
export function aTask(change: Partial<Task> = {}): Task {
  sequence++;
  const id = change.id ?? `t${String(sequence).padStart(3, '0')}`;
  return {
    id,
    projectId: 'p1',
    teamId: null,
    teamName: null,
    title: `Task ${id}`,
    description: '',
    businessArea: 'production',
    technologyType: 'internet_of_things',
    assigneeId: null,
    assigneeName: null,
    status: 'todo',
    percentDone: 0,
    weight: 1,
    startDate: null,
    dueDate: null,
    completedAt: null,
    blockedReason: null,
    dependsOnId: null,
    dependsOnTitle: null,
    overdue: false,
    origin: null,
    createdAt: `2026-01-01T00:00:${String(sequence % 60).padStart(2, '0')}.${String(sequence).padStart(3, '0')}Z`,
    updatedAt: '2026-01-01T00:00:00Z',
    ...change,
  };
}
