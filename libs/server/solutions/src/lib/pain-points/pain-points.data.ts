import { EntityManager } from 'typeorm';
import { Col, execute, Row, selectRows } from '@xinzhi/server-db';
import { BusinessArea, PainPoint, PainPointStatus } from '@xinzhi/shared-contracts';
import { adoptionsAnswering } from '../adoptions/adoptions.data';

/** What a pain point holds that its recorder chooses; the rest is derived or set by the rules. */
export type PainPointFields = Pick<PainPoint, 'title' | 'description' | 'businessArea' | 'sceneId' | 'severity' | 'status'>;

type PainPointRow = Row<
  'pain_points',
  | 'tenant_id'
  | 'id'
  | 'title'
  | 'description'
  | 'business_area'
  | 'scene_id'
  | 'severity'
  | 'status'
  | 'recorded_by_park'
  | 'recorded_by'
  | 'recorded_by_name'
  | 'from_assessment_id'
  | 'from_gap_key'
  | 'created_at'
  | 'updated_at'
> & { tenant_name: Col<'tenants', 'name'> };

const PAIN_POINTS = `
  SELECT p.tenant_id, p.id, p.title, p.description, p.business_area, p.scene_id, p.severity, p.status, p.recorded_by_park,
         p.recorded_by, p.recorded_by_name, p.from_assessment_id, p.from_gap_key, p.created_at, p.updated_at, t.name AS tenant_name
    FROM pain_points p JOIN tenants t ON t.id = p.tenant_id`;

/** A pain point as the API shows it, with who recorded it (the rules need the id). */
export type PainPointWithRecorder = PainPoint & { recordedBy: string | null };

/** The adoptions that answer each pain point, by pain point id (filled in by the adoptions feature). */
export type AddressedBy = Map<string, PainPoint['addressedBy']>;

const toPainPoint = (r: PainPointRow, addressed: AddressedBy): PainPointWithRecorder => ({
  id: r.id,
  tenantId: r.tenant_id,
  tenantName: r.tenant_name,
  title: r.title,
  description: r.description,
  businessArea: r.business_area,
  sceneId: r.scene_id,
  severity: r.severity,
  status: r.status,
  recordedByPark: r.recorded_by_park,
  recordedByName: r.recorded_by_name || null,
  recordedBy: r.recorded_by,
  fromGap: r.from_assessment_id && r.from_gap_key ? { assessmentId: r.from_assessment_id, gapKey: r.from_gap_key } : null,
  addressedBy: addressed.get(r.id) ?? [],
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** Drops the recorder's id, which the API does not show. */
export function publicPainPoint(p: PainPointWithRecorder): PainPoint {
  const { recordedBy: _recordedBy, ...rest } = p;
  return rest;
}

/** The adoptions answering these pain points (the adoptions part of this feature keeps them). */
export async function addressedByOf(m: EntityManager, painPointIds: string[]): Promise<AddressedBy> {
  return adoptionsAnswering(m, painPointIds);
}

async function withAddressedBy(m: EntityManager, rows: PainPointRow[]): Promise<PainPointWithRecorder[]> {
  const addressed = rows.length
    ? await addressedByOf(
        m,
        rows.map((r) => r.id),
      )
    : new Map();
  return rows.map((r) => toPainPoint(r, addressed));
}

/** One pain point the context may read (the tenant's own, or a tenant's of the acting park); null otherwise. */
export async function findPainPoint(m: EntityManager, id: string): Promise<PainPointWithRecorder | null> {
  const rows = await selectRows<PainPointRow>(m, `${PAIN_POINTS} WHERE p.id = $1`, [id]);
  return (await withAddressedBy(m, rows))[0] ?? null;
}

/**
 * Pain points the context may read, newest first (ids below `before`), at most `limit`: in a tenant
 * context its own, in a park context its tenants' (row security decides which).
 */
export async function listPainPoints(
  m: EntityManager,
  q: {
    tenantId: string | null;
    status: PainPointStatus | null;
    businessArea: BusinessArea | null;
    before: string | null;
    limit: number;
    /** Only pain points of tenants in this industry section. */
    industrySection?: string | null;
  },
): Promise<PainPointWithRecorder[]> {
  const rows = await selectRows<PainPointRow>(
    m,
    `${PAIN_POINTS}
      WHERE ($1::uuid IS NULL OR p.tenant_id = $1) AND ($2::text IS NULL OR p.status = $2) AND ($3::text IS NULL OR p.business_area = $3)
        AND ($4::uuid IS NULL OR p.id < $4) AND ($6::text IS NULL OR t.industry_section = $6)
      ORDER BY p.id DESC LIMIT $5`,
    [q.tenantId, q.status, q.businessArea, q.before, q.limit, q.industrySection ?? null],
  );
  return withAddressedBy(m, rows);
}

function painPointColumns(
  f: PainPointFields,
): Row<'pain_points', 'title' | 'description' | 'business_area' | 'scene_id' | 'severity' | 'status'> {
  return {
    title: f.title,
    description: f.description,
    business_area: f.businessArea,
    scene_id: f.sceneId,
    severity: f.severity,
    status: f.status,
  };
}

/**
 * Adds a pain point of `tenantId` recorded by the acting user (their name kept as written);
 * `recordedByPark` for one the park records during a visit. Returns its id.
 */
export async function insertPainPoint(
  m: EntityManager,
  tenantId: string,
  fields: PainPointFields,
  extra: { recordedByPark: boolean; fromGap: { assessmentId: string; gapKey: string } | null },
): Promise<string> {
  const c = painPointColumns(fields);
  const [row] = await selectRows<Row<'pain_points', 'id'>>(
    m,
    `INSERT INTO pain_points (tenant_id, title, description, business_area, scene_id, severity, status, recorded_by_park,
                              recorded_by, recorded_by_name, from_assessment_id, from_gap_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, app_user_id(), coalesce((SELECT display_name FROM users WHERE id = app_user_id()), ''), $9, $10)
     RETURNING id`,
    [
      tenantId,
      c.title,
      c.description,
      c.business_area,
      c.scene_id,
      c.severity,
      c.status,
      extra.recordedByPark,
      extra.fromGap?.assessmentId ?? null,
      extra.fromGap?.gapKey ?? null,
    ],
  );
  return row.id;
}

export async function updatePainPoint(m: EntityManager, id: string, fields: PainPointFields): Promise<void> {
  const c = painPointColumns(fields);
  await execute(
    m,
    `UPDATE pain_points SET title = $2, description = $3, business_area = $4, scene_id = $5, severity = $6, status = $7, updated_at = now()
      WHERE id = $1`,
    [id, c.title, c.description, c.business_area, c.scene_id, c.severity, c.status],
  );
}

export async function deletePainPoint(m: EntityManager, id: string): Promise<void> {
  await execute(m, 'DELETE FROM pain_points WHERE id = $1', [id]);
}

/** Whether the tenant belongs to the acting park (row security shows the park only its own tenants). */
export async function isParkTenant(m: EntityManager, tenantId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM tenants WHERE id = $1 AND park_id = app_park_id()', [tenantId])).length > 0;
}

/** The acting tenant's assessment with this id: its status and whether its result lists the gap; null when none. */
export async function assessmentGap(
  m: EntityManager,
  assessmentId: string,
  gapKey: string,
): Promise<(Row<'assessments', 'status'> & { has_gap: boolean }) | null> {
  const [row] = await selectRows<Row<'assessments', 'status'> & { has_gap: boolean }>(
    m,
    `SELECT a.status,
            coalesce(a.result->'gaps'->'items' @> jsonb_build_array(jsonb_build_object('key', $2::text)), false) AS has_gap
       FROM assessments a WHERE a.id = $1`,
    [assessmentId, gapKey],
  );
  return row ?? null;
}

/** Whether a pain point of the acting tenant already came from this assessment gap. */
export async function painPointFromGap(m: EntityManager, assessmentId: string, gapKey: string): Promise<string | null> {
  const [row] = await selectRows<Row<'pain_points', 'id'>>(
    m,
    'SELECT id FROM pain_points WHERE from_assessment_id = $1 AND from_gap_key = $2 LIMIT 1',
    [assessmentId, gapKey],
  );
  return row?.id ?? null;
}
