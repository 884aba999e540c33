/**
 * The `SET` list of an UPDATE for the columns of `values` that have a value (`undefined` leaves a
 * column as it is; `null` clears it), with parameters numbered from `first`. The column names are
 * the keys of the schema-typed objects the data files build, never input.
 */
export function assignments(values: object, first: number): { set: string[]; params: unknown[] } {
  const entries = Object.entries(values).filter(([, value]) => value !== undefined);
  return { set: entries.map(([column], i) => `${column} = $${first + i}`), params: entries.map(([, value]) => value) };
}
