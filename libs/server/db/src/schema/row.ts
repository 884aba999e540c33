import type { Tables } from './tables.generated';

export type { Json, Tables } from './tables.generated';

/** A table of the schema, by its SQL name. */
export type TableName = keyof Tables;

/**
 * The row type of a query that selects columns `K` of table `T` (all of them when `K` is left out),
 * typed from the generated schema: a renamed, removed or retyped column fails the typecheck of every
 * data file that selects it. Computed or joined columns are added with `&` and typed with `Col`.
 *
 *     type TaskRow = Row<'tasks', 'id' | 'title'> & { team_name: Col<'teams', 'name'> | null };
 */
export type Row<T extends TableName, K extends keyof Tables[T] = keyof Tables[T]> = Pick<Tables[T], K>;

/** The type of one column, for a computed or joined column that carries its values. */
export type Col<T extends TableName, K extends keyof Tables[T]> = Tables[T][K];
