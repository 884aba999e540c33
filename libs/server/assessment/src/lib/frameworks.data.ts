import { EntityManager } from 'typeorm';
import { execute, Json, Row, selectRows } from '@xinzhi/server-db';
import { AssessmentFrameworkDefinition, AssessmentFrameworkSummary, LocalizedText } from '@xinzhi/shared-contracts';

/** A published framework row: the document as stored (checked when it was published), with its row facts. */
export interface FrameworkRecord {
  id: string;
  key: string;
  version: string;
  industryTable: string;
  definition: AssessmentFrameworkDefinition;
  publishedAt: string;
  /** The newest version of its key. */
  current: boolean;
}

type FrameworkRow = Row<'assessment_frameworks', 'id' | 'key' | 'version' | 'industry_table' | 'definition' | 'published_at'> & {
  current: boolean;
};

/** `current`: no later version of the same key was published (uuid v7 ids follow publication order). */
const FRAMEWORKS = `
  SELECT f.id, f.key, f.version, f.industry_table, f.definition, f.published_at,
         NOT EXISTS (SELECT 1 FROM assessment_frameworks n
                      WHERE n.key = f.key AND (n.published_at, n.id) > (f.published_at, f.id)) AS current
    FROM assessment_frameworks f`;

function toRecord(r: FrameworkRow): FrameworkRecord {
  return {
    id: r.id,
    key: r.key,
    version: r.version,
    industryTable: r.industry_table,
    definition: r.definition as unknown as AssessmentFrameworkDefinition,
    publishedAt: r.published_at.toISOString(),
    current: r.current,
  };
}

/** Every published framework, current versions first, then by key and newest version first. */
export async function listFrameworks(m: EntityManager): Promise<AssessmentFrameworkSummary[]> {
  const rows = await selectRows<FrameworkRow>(
    m,
    `SELECT * FROM (${FRAMEWORKS}) x ORDER BY x.current DESC, x.key, x.published_at DESC, x.id DESC`,
  );
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    version: r.version,
    industryTable: r.industry_table,
    name: (r.definition as { name: LocalizedText }).name,
    current: r.current,
    publishedAt: r.published_at.toISOString(),
  }));
}

/** One published framework, or null. */
export async function findFramework(m: EntityManager, id: string): Promise<FrameworkRecord | null> {
  const [row] = await selectRows<FrameworkRow>(m, `${FRAMEWORKS} WHERE f.id = $1`, [id]);
  return row ? toRecord(row) : null;
}

// ── publishing (the migrate step, as the owner role acting as the platform) ─────────────────────

/** The rest of this transaction acts as the platform, the only context that may add a framework row. */
export async function actAsPlatform(m: EntityManager): Promise<void> {
  await execute(m, `SELECT set_config('app.platform', 'on', true)`);
}

/** Whether (key, version) is published, and if so whether with exactly this document (jsonb equality: key order aside). */
export async function publishedVersion(
  m: EntityManager,
  def: AssessmentFrameworkDefinition,
): Promise<{ id: string; same: boolean } | null> {
  const [row] = await selectRows<Row<'assessment_frameworks', 'id'> & { same: boolean }>(
    m,
    'SELECT id, definition = $3::jsonb AS same FROM assessment_frameworks WHERE key = $1 AND version = $2',
    [def.key, def.version, JSON.stringify(def)],
  );
  return row ?? null;
}

/** Publishes a new version; returns its id. */
export async function insertFramework(m: EntityManager, def: AssessmentFrameworkDefinition): Promise<string> {
  const c: Row<'assessment_frameworks', 'key' | 'version' | 'industry_table' | 'definition'> = {
    key: def.key,
    version: def.version,
    industry_table: def.industryTable,
    definition: def as unknown as Json,
  };
  const [row] = await selectRows<Row<'assessment_frameworks', 'id'>>(
    m,
    // clock_timestamp(): versions published in one run still follow each other.
    `INSERT INTO assessment_frameworks (key, version, industry_table, definition, published_at)
     VALUES ($1, $2, $3, $4::jsonb, clock_timestamp()) RETURNING id`,
    [c.key, c.version, c.industry_table, JSON.stringify(c.definition)],
  );
  return row.id;
}

/** The current (newest) version of a framework key, or null when none is published. */
export async function currentFrameworkId(m: EntityManager, key: string): Promise<string | null> {
  const [row] = await selectRows<Row<'assessment_frameworks', 'id'>>(
    m,
    'SELECT id FROM assessment_frameworks WHERE key = $1 ORDER BY published_at DESC, id DESC LIMIT 1',
    [key],
  );
  return row?.id ?? null;
}
