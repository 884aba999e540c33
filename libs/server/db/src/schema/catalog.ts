/**
 * Reads the tables of schema `public` from PostgreSQL's catalog — what the schema type generator
 * turns into `tables.generated.ts`. The migrations are the source; this reads what they made.
 */

/** One column as the catalog describes it. */
export interface CatalogColumn {
  name: string;
  /** `format_type()`: `uuid`, `numeric(4,3)`, `timestamp with time zone`, `text[]`, … */
  sqlType: string;
  /** The base type's name (`typname`, domains resolved): `uuid`, `numeric`, `timestamptz`, `_text`, … */
  typeName: string;
  /** For arrays, the element type's name (`text` for `_text`); otherwise null. */
  elementTypeName: string | null;
  nullable: boolean;
  /** The only values the column may hold: an enum type's labels or a one-column `CHECK (col IN (…))`. */
  values: string[] | null;
}

export interface CatalogTable {
  name: string;
  columns: CatalogColumn[];
}

/** Anything that runs one SQL statement and gives back its rows (a `pg` client, a TypeORM data source). */
export type RunQuery = (sql: string) => Promise<Array<Record<string, unknown>>>;

/** TypeORM's own bookkeeping table: not part of the application's schema. */
const IGNORED_TABLES = ['migrations'];

const COLUMNS_SQL = `
  SELECT c.relname AS table_name, a.attname AS column_name,
         format_type(a.atttypid, a.atttypmod) AS sql_type,
         bt.typname AS type_name, et.typname AS element_type_name,
         NOT (a.attnotnull OR (t.typtype = 'd' AND t.typnotnull)) AS nullable,
         CASE WHEN bt.typtype = 'e' THEN (SELECT array_agg(e.enumlabel::text ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = bt.oid) END AS enum_labels
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    JOIN pg_type t ON t.oid = a.atttypid
    JOIN pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
    LEFT JOIN pg_type et ON et.oid = bt.typelem AND bt.typcategory = 'A'
   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
   ORDER BY c.relname, a.attnum`;

/** Check constraints on exactly one column: the ones that can narrow a text column to a set of values. */
const CHECKS_SQL = `
  SELECT c.relname AS table_name, a.attname AS column_name, pg_get_constraintdef(con.oid) AS definition
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = con.conkey[1]
   WHERE n.nspname = 'public' AND con.contype = 'c' AND cardinality(con.conkey) = 1
   ORDER BY c.relname, a.attname, con.conname`;

const LITERAL = /'((?:[^']|'')*)'::(?:text|character varying)/g;

function literals(list: string): string[] {
  return [...list.matchAll(LITERAL)].map((m) => m[1].replace(/''/g, "'"));
}

/**
 * The values a check constraint allows a column, when it says exactly that: `CHECK (col IN ('a', 'b'))`
 * (which PostgreSQL stores as `col = ANY (ARRAY[…])`), `CHECK (col = 'a')`, or for arrays
 * `CHECK (col <@ ARRAY[…])`. Anything else (ranges, lengths, several conditions) gives null.
 */
export function allowedValues(column: string, definition: string): string[] | null {
  const col = column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = [
    new RegExp(`^CHECK \\(\\(${col} = ANY \\(ARRAY\\[(.*)\\]\\)\\)\\)$`),
    new RegExp(`^CHECK \\(\\(${col} = ('(?:[^']|'')*'::text)\\)\\)$`),
    new RegExp(`^CHECK \\(\\(${col} <@ ARRAY\\[(.*)\\]\\)\\)$`),
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(definition);
    if (!match) continue;
    const values = literals(match[1]);
    // Every item must be a plain literal, or the list says something this parser does not read.
    const items = match[1].split(/,\s*(?=')/).length;
    if (values.length && values.length === items) return values;
  }
  return null;
}

/** The tables of `public` with their columns, sorted by table name, columns in table order. */
export async function readCatalog(run: RunQuery): Promise<CatalogTable[]> {
  const columns = await run(COLUMNS_SQL);
  const checks = await run(CHECKS_SQL);
  const allowed = new Map<string, string[]>();
  for (const check of checks) {
    const key = `${check['table_name']}.${check['column_name']}`;
    const values = allowedValues(String(check['column_name']), String(check['definition']));
    // Two such checks on one column: only values both allow.
    if (values) allowed.set(key, allowed.has(key) ? (allowed.get(key) as string[]).filter((v) => values.includes(v)) : values);
  }
  const tables = new Map<string, CatalogTable>();
  for (const row of columns) {
    const tableName = String(row['table_name']);
    if (IGNORED_TABLES.includes(tableName)) continue;
    let table = tables.get(tableName);
    if (!table) tables.set(tableName, (table = { name: tableName, columns: [] }));
    const name = String(row['column_name']);
    table.columns.push({
      name,
      sqlType: String(row['sql_type']),
      typeName: String(row['type_name']),
      elementTypeName: row['element_type_name'] == null ? null : String(row['element_type_name']),
      nullable: row['nullable'] === true,
      values: (row['enum_labels'] as string[] | null) ?? allowed.get(`${tableName}.${name}`) ?? null,
    });
  }
  return [...tables.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
