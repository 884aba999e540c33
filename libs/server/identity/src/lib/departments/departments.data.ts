import { EntityManager } from 'typeorm';
import { execute, Row, selectRows } from '@xinzhi/server-db';
import { Department } from '@xinzhi/shared-contracts';

type DepartmentRow = Row<'departments', 'id' | 'name' | 'created_at'> & { member_count: number };

const DEPARTMENTS = `SELECT d.id, d.name, d.created_at,
  (SELECT count(*)::int FROM tenant_memberships m WHERE m.tenant_id = d.tenant_id AND m.department_id = d.id) AS member_count
  FROM departments d`;

function toDepartment(r: DepartmentRow): Department {
  return { id: r.id, name: r.name, memberCount: r.member_count, createdAt: r.created_at.toISOString() };
}

export async function findDepartment(m: EntityManager, id: string): Promise<Department | null> {
  const [row] = await selectRows<DepartmentRow>(m, `${DEPARTMENTS} WHERE d.id = $1`, [id]);
  return row ? toDepartment(row) : null;
}

/** The tenant's departments in id order after the cursor `after`, at most `limit`. */
export async function listDepartments(m: EntityManager, after: string | null, limit: number): Promise<Department[]> {
  const rows = await selectRows<DepartmentRow>(m, `${DEPARTMENTS} WHERE ($1::uuid IS NULL OR d.id > $1::uuid) ORDER BY d.id LIMIT $2`, [
    after,
    limit,
  ]);
  return rows.map(toDepartment);
}

/** Whether the acting tenant has this department. */
export async function departmentExists(m: EntityManager, id: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM departments WHERE id = $1', [id])).length > 0;
}

/** Adds a department to the acting tenant; returns its id. */
export async function insertDepartment(m: EntityManager, name: string): Promise<string> {
  const c: Row<'departments', 'name'> = { name };
  const [row] = await selectRows<Row<'departments', 'id'>>(
    m,
    'INSERT INTO departments (tenant_id, name) VALUES (app_tenant_id(), $1) RETURNING id',
    [c.name],
  );
  return row.id;
}

export async function renameDepartment(m: EntityManager, id: string, name: string): Promise<void> {
  const c: Row<'departments', 'name'> = { name };
  await execute(m, 'UPDATE departments SET name = $2, updated_at = now() WHERE id = $1', [id, c.name]);
}

/** Deletes a department; its members stay, without a department (the foreign key sets it null). */
export async function deleteDepartment(m: EntityManager, id: string): Promise<void> {
  await execute(m, 'DELETE FROM departments WHERE id = $1', [id]);
}
