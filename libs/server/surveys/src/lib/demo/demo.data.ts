import { EntityManager } from 'typeorm';
import { execute, Row, selectRows } from '@xinzhi/server-db';

// The demo surveys (demo/demo-surveys.ts): each step looks for what is there before adding it.

/** The acting park's administrator (the first), who builds the demo surveys. */
export async function demoParkAdminId(m: EntityManager): Promise<string | null> {
  const [row] = await selectRows<Row<'park_memberships', 'user_id'>>(
    m,
    `SELECT user_id FROM park_memberships WHERE park_id = app_park_id() AND role = 'park_admin' ORDER BY created_at, user_id LIMIT 1`,
  );
  return row?.user_id ?? null;
}

/**
 * The acting park's survey with this title, if any. A demo survey seeded before the demo was written
 * in one language ("<title> <English title>") is found too, and renamed.
 */
export async function demoSurveyId(m: EntityManager, title: string): Promise<string | null> {
  const [row] = await selectRows<Row<'surveys', 'id'>>(m, 'SELECT id FROM surveys WHERE park_id = app_park_id() AND title = $1', [title]);
  if (row) return row.id;
  const [legacy] = await selectRows<Row<'surveys', 'id'>>(
    m,
    `WITH renamed AS (UPDATE surveys SET title = $1 WHERE park_id = app_park_id() AND starts_with(title, $1 || ' ') AND substr(title, char_length($1) + 2) ~ '^[A-Za-z0-9]' AND substr(title, char_length($1) + 2) !~ '[\u4e00-\u9fff]' RETURNING id) SELECT id FROM renamed`,
    [title],
  );
  return legacy?.id ?? null;
}

/** Every tenant of the acting park, by name (the demo answers in this order). */
export function demoParkTenants(m: EntityManager): Promise<Row<'tenants', 'id' | 'name'>[]> {
  return selectRows<Row<'tenants', 'id' | 'name'>>(m, 'SELECT id, name FROM tenants WHERE park_id = app_park_id() ORDER BY name, id');
}

/** The acting tenant's leader (or else owner) who answers for it; null when it has neither. */
export async function demoAnswererId(m: EntityManager): Promise<string | null> {
  const [row] = await selectRows<Row<'tenant_memberships', 'user_id'>>(
    m,
    `SELECT user_id FROM tenant_memberships WHERE tenant_id = app_tenant_id() AND role IN ('leader', 'owner')
      ORDER BY CASE role WHEN 'leader' THEN 0 ELSE 1 END, created_at, user_id LIMIT 1`,
  );
  return row?.user_id ?? null;
}

/** The enterprises that answered one of the acting park's surveys. */
export async function demoRespondents(m: EntityManager, surveyId: string): Promise<Set<string>> {
  const rows = await selectRows<Row<'survey_responses', 'tenant_id'>>(m, 'SELECT tenant_id FROM survey_responses WHERE survey_id = $1', [
    surveyId,
  ]);
  return new Set(rows.map((r) => r.tenant_id));
}

/** Opens a closed demo survey again for a moment, so enterprises added since can answer it. */
export async function reopenDemoSurvey(m: EntityManager, id: string): Promise<void> {
  await execute(m, `UPDATE surveys SET status = 'open', closed_at = NULL, updated_at = now() WHERE id = $1`, [id]);
}

/** Closes a demo survey as if it closed on its deadline's next day. */
export async function closeDemoSurvey(m: EntityManager, id: string): Promise<void> {
  await execute(m, `UPDATE surveys SET status = 'closed', closed_at = (deadline + 1)::timestamptz, updated_at = now() WHERE id = $1`, [id]);
}
