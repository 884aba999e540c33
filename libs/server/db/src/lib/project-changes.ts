import { EntityManager } from 'typeorm';

/**
 * Marks a project's derived numbers stale, inside the transaction of the change that makes them so
 * (DESIGN.md §5: the change and its "needs recompute" mark commit together). clock_timestamp(),
 * not now(): the mark must be later than any recompute that finished before this statement.
 */
export async function markProjectChanged(m: EntityManager, projectId: string): Promise<void> {
  await m.query('UPDATE projects SET changed_at = clock_timestamp() WHERE id = $1', [projectId]);
}
