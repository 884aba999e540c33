import { EntityManager } from 'typeorm';
import { execute, Row, selectRows } from '@xinzhi/server-db';
import { ImportCounts, ImportError, ImportKind, ImportStatus, Locale, TaskStatus } from '@xinzhi/shared-contracts';

/** An import as its status page shows it (the file itself stays in the database). */
export type ImportRow = Row<'imports', 'id' | 'kind' | 'project_id' | 'file_name' | 'status' | 'progress' | 'remove_missing'> & {
  counts: ImportCounts;
  errors: ImportError[];
  locale: Locale;
  created_by: string | null;
};

export async function projectExists(m: EntityManager, projectId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM projects WHERE id = $1', [projectId])).length > 0;
}

export async function insertImport(
  m: EntityManager,
  v: { kind: ImportKind; projectId: string; fileName: string; file: Buffer; locale: Locale },
): Promise<string> {
  const [row] = await selectRows<Row<'imports', 'id'>>(
    m,
    `INSERT INTO imports (tenant_id, kind, project_id, file_name, file, locale, created_by)
     VALUES (app_tenant_id(), $1, $2, $3, $4, $5, app_user_id()) RETURNING id`,
    [v.kind, v.projectId, v.fileName, v.file, v.locale],
  );
  return row.id;
}

const IMPORT_COLUMNS = 'id, kind, project_id, file_name, status, progress, remove_missing, counts, errors, locale, created_by';

export async function findImport(m: EntityManager, id: string): Promise<ImportRow | null> {
  const [row] = await selectRows<ImportRow>(m, `SELECT ${IMPORT_COLUMNS} FROM imports WHERE id = $1`, [id]);
  return row ?? null;
}

/** The import locked for a state change (the apply takes it once). */
export async function lockImport(m: EntityManager, id: string): Promise<ImportRow | null> {
  const [row] = await selectRows<ImportRow>(m, `SELECT ${IMPORT_COLUMNS} FROM imports WHERE id = $1 FOR UPDATE`, [id]);
  return row ?? null;
}

export async function importFile(m: EntityManager, id: string): Promise<Buffer | null> {
  const [row] = await selectRows<Row<'imports', 'file'>>(m, 'SELECT file FROM imports WHERE id = $1', [id]);
  return row?.file ?? null;
}

export async function updateImport(
  m: EntityManager,
  id: string,
  v: { status?: ImportStatus; progress?: number; counts?: ImportCounts; errors?: ImportError[]; removeMissing?: boolean },
): Promise<void> {
  await execute(
    m,
    `UPDATE imports SET status = COALESCE($2, status), progress = COALESCE($3, progress), counts = COALESCE($4::jsonb, counts),
            errors = COALESCE($5::jsonb, errors), remove_missing = COALESCE($6, remove_missing), updated_at = now()
      WHERE id = $1`,
    [
      id,
      v.status ?? null,
      v.progress ?? null,
      v.counts ? JSON.stringify(v.counts) : null,
      v.errors ? JSON.stringify(v.errors) : null,
      v.removeMissing ?? null,
    ],
  );
}

/** A task of the project as the import compares it (dates as YYYY-MM-DD). */
export interface ExistingTask {
  id: string;
  title: string;
  description: string;
  businessArea: string;
  technologyType: string;
  teamId: string | null;
  assigneeId: string | null;
  status: TaskStatus;
  percentDone: number;
  weight: number;
  startDate: string | null;
  dueDate: string | null;
  dependsOnId: string | null;
  blockedReason: string | null;
}

export async function projectTasks(m: EntityManager, projectId: string): Promise<ExistingTask[]> {
  return selectRows<ExistingTask>(
    m,
    `SELECT id, title, description, business_area AS "businessArea", technology_type AS "technologyType", team_id AS "teamId",
            assignee_user_id AS "assigneeId", status, percent_done AS "percentDone", weight,
            to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(due_date, 'YYYY-MM-DD') AS "dueDate",
            depends_on_id AS "dependsOnId", blocked_reason AS "blockedReason"
       FROM tasks WHERE project_id = $1 ORDER BY created_at, id`,
    [projectId],
  );
}

export async function projectTeams(m: EntityManager, projectId: string): Promise<Array<{ id: string; name: string }>> {
  return selectRows<{ id: string; name: string }>(m, 'SELECT id, name FROM teams WHERE project_id = $1', [projectId]);
}

/** The enterprise's members by e-mail (lower case). */
export async function membersByEmail(m: EntityManager): Promise<Array<{ userId: string; email: string }>> {
  return selectRows<{ userId: string; email: string }>(
    m,
    'SELECT tm.user_id AS "userId", lower(u.email) AS email FROM tenant_memberships tm JOIN users u ON u.id = tm.user_id',
  );
}

export type TaskWrite = Omit<ExistingTask, 'id' | 'status'> & { status: TaskStatus; completedAt: 'keep' | 'now' | 'clear' };

export async function insertImportedTask(m: EntityManager, projectId: string, t: TaskWrite): Promise<string> {
  const [row] = await selectRows<Row<'tasks', 'id'>>(
    m,
    `INSERT INTO tasks (tenant_id, project_id, team_id, title, description, business_area, technology_type, assignee_user_id, status,
                        percent_done, weight, start_date, due_date, completed_at, blocked_reason, depends_on_id, created_by)
     VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CASE WHEN $13 THEN now() END, $14, $15, app_user_id())
     RETURNING id`,
    [
      projectId,
      t.teamId,
      t.title,
      t.description,
      t.businessArea,
      t.technologyType,
      t.assigneeId,
      t.status,
      t.percentDone,
      t.weight,
      t.startDate,
      t.dueDate,
      t.completedAt === 'now',
      t.blockedReason,
      t.dependsOnId,
    ],
  );
  return row.id;
}

export async function updateImportedTask(m: EntityManager, id: string, t: TaskWrite): Promise<void> {
  await execute(
    m,
    `UPDATE tasks SET title = $2, description = $3, business_area = $4, technology_type = $5, team_id = $6, assignee_user_id = $7,
            status = $8, percent_done = $9, weight = $10, start_date = $11, due_date = $12, blocked_reason = $13, depends_on_id = $14,
            completed_at = CASE $15 WHEN 'now' THEN now() WHEN 'clear' THEN NULL ELSE completed_at END, updated_at = now()
      WHERE id = $1`,
    [
      id,
      t.title,
      t.description,
      t.businessArea,
      t.technologyType,
      t.teamId,
      t.assigneeId,
      t.status,
      t.percentDone,
      t.weight,
      t.startDate,
      t.dueDate,
      t.blockedReason,
      t.dependsOnId,
      t.completedAt,
    ],
  );
}

export async function setTaskDependency(m: EntityManager, id: string, dependsOnId: string | null): Promise<void> {
  await execute(m, 'UPDATE tasks SET depends_on_id = $2, updated_at = now() WHERE id = $1', [id, dependsOnId]);
}

export async function deleteTasks(m: EntityManager, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await execute(m, 'UPDATE tasks SET depends_on_id = NULL WHERE depends_on_id = ANY($1::uuid[])', [[...ids]]);
  await execute(m, 'DELETE FROM tasks WHERE id = ANY($1::uuid[])', [[...ids]]);
}

export async function savedLocale(m: EntityManager): Promise<Locale | null> {
  const [row] = await selectRows<Row<'users', 'locale'>>(m, 'SELECT locale FROM users WHERE id = app_user_id()');
  return (row?.locale as Locale | undefined) ?? null;
}
