import { PROJECT_LIST_STATUSES, PROJECT_SEARCH_MAX, type ProjectListStatus } from '@xinzhi/shared-contracts';

/** The project list's search and status filter, as they live in the URL (`?q=…&status=…`). */
export interface ProjectFilter {
  q: string;
  /** One status, `all`, or null: every status but archived (the default). */
  status: ProjectListStatus | null;
}

/**
 * Reads the filter from query parameters; unknown statuses are dropped and over-long searches cut,
 * so the API is never asked what it would refuse. The search keeps its spaces as typed (the box shows
 * it back); the API trims it.
 */
export function filterFromQuery(params: { get(name: string): string | null }): ProjectFilter {
  const q = (params.get('q') ?? '').slice(0, PROJECT_SEARCH_MAX);
  const raw = params.get('status');
  const status = raw && (PROJECT_LIST_STATUSES as readonly string[]).includes(raw) ? (raw as ProjectListStatus) : null;
  return { q, status };
}

/** The query parameters of a filter (null removes a parameter from the URL). */
export function queryOfFilter(filter: ProjectFilter): { q: string | null; status: ProjectListStatus | null } {
  return { q: filter.q.trim() ? filter.q : null, status: filter.status };
}
