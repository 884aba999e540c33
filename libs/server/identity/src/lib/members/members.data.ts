import { EntityManager } from 'typeorm';
import { Col, execute, Row, selectRows } from '@xinzhi/server-db';
import { Member, TenantRole } from '@xinzhi/shared-contracts';
import { assignments } from '../assignments';

type MemberRow = Row<'tenant_memberships', 'id' | 'role' | 'department_id' | 'job_title'> & {
  user_id: Col<'tenant_memberships', 'user_id'> | null;
  email: Col<'users', 'email'> | Col<'tenant_invitations', 'email'>;
  display_name: Col<'users', 'display_name'> | Col<'tenant_invitations', 'display_name'>;
  department_name: Col<'departments', 'name'> | null;
  status: Member['status'];
  joined_at: Col<'tenant_memberships', 'created_at'> | null;
};

/** Active members and open invitations, one list: an invitation is a member who has not joined yet. */
const MEMBERS = `
  SELECT * FROM (
    SELECT m.id, m.user_id, u.email, u.display_name, m.role, m.department_id, d.name AS department_name, m.job_title,
           'active' AS status, m.created_at AS joined_at
      FROM tenant_memberships m JOIN users u ON u.id = m.user_id
      LEFT JOIN departments d ON d.tenant_id = m.tenant_id AND d.id = m.department_id
    UNION ALL
    SELECT i.id, NULL, i.email, i.display_name, i.role, i.department_id, d.name, i.job_title, 'invited', NULL
      FROM tenant_invitations i
      LEFT JOIN departments d ON d.tenant_id = i.tenant_id AND d.id = i.department_id
     WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
  ) x`;

function toMember(r: MemberRow): Member {
  return {
    id: r.id,
    userId: r.user_id,
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    departmentId: r.department_id,
    departmentName: r.department_name,
    jobTitle: r.job_title,
    status: r.status,
    joinedAt: r.joined_at?.toISOString() ?? null,
  };
}

/** A member or open invitation by its id. */
export async function findMember(m: EntityManager, id: string): Promise<Member | null> {
  const [row] = await selectRows<MemberRow>(m, `${MEMBERS} WHERE x.id = $1`, [id]);
  return row ? toMember(row) : null;
}

/** The member or open invitation with this email, if any. */
export async function findMemberByEmail(m: EntityManager, email: string): Promise<Member | null> {
  const [row] = await selectRows<MemberRow>(m, `${MEMBERS} WHERE x.email = $1`, [email]);
  return row ? toMember(row) : null;
}

/** Members and open invitations in id order after the cursor `after`, at most `limit`. */
export async function listMembers(m: EntityManager, after: string | null, limit: number): Promise<Member[]> {
  const rows = await selectRows<MemberRow>(m, `${MEMBERS} WHERE ($1::uuid IS NULL OR x.id > $1::uuid) ORDER BY x.id LIMIT $2`, [
    after,
    limit,
  ]);
  return rows.map(toMember);
}

/**
 * Locks the acting tenant's owner memberships (in id order, so two callers never deadlock) until the
 * transaction ends: serialises every change that may take an owner away.
 */
export async function lockOwnerMemberships(m: EntityManager): Promise<void> {
  await execute(m, `SELECT id FROM tenant_memberships WHERE role = 'owner' ORDER BY id FOR UPDATE`);
}

/** How many owners the tenant has besides this membership. */
export async function countOtherOwners(m: EntityManager, membershipId: string): Promise<number> {
  const [{ n }] = await selectRows<{ n: number }>(
    m,
    `SELECT count(*)::int AS n FROM tenant_memberships WHERE role = 'owner' AND id <> $1`,
    [membershipId],
  );
  return n;
}

/** What an owner may change of a member; a field left undefined keeps its value, `null` clears it. */
export interface MemberChanges {
  role?: TenantRole;
  departmentId?: string | null;
  jobTitle?: string | null;
}

export async function updateMembership(m: EntityManager, id: string, changes: MemberChanges): Promise<void> {
  const c: Partial<Row<'tenant_memberships', 'role' | 'department_id' | 'job_title'>> = {
    role: changes.role,
    department_id: changes.departmentId,
    job_title: changes.jobTitle,
  };
  const { set, params } = assignments(c, 2);
  await execute(m, `UPDATE tenant_memberships SET ${[...set, 'updated_at = now()'].join(', ')} WHERE id = $1`, [id, ...params]);
}

/** Changes an open invitation: the same fields as a member's, and the invitee's name. */
export async function updateInvitation(m: EntityManager, id: string, changes: MemberChanges & { displayName?: string }): Promise<void> {
  const c: Partial<Row<'tenant_invitations', 'role' | 'department_id' | 'job_title' | 'display_name'>> = {
    role: changes.role,
    department_id: changes.departmentId,
    job_title: changes.jobTitle,
    display_name: changes.displayName,
  };
  const { set, params } = assignments(c, 2);
  await execute(m, `UPDATE tenant_invitations SET ${[...set, 'updated_at = now()'].join(', ')} WHERE id = $1`, [id, ...params]);
}

/** Ends a membership; the account stays. */
export async function deleteMembership(m: EntityManager, id: string): Promise<void> {
  await execute(m, 'DELETE FROM tenant_memberships WHERE id = $1', [id]);
}

/** Withdraws an open invitation; its link stops working. */
export async function revokeInvitation(m: EntityManager, id: string): Promise<void> {
  await execute(m, 'UPDATE tenant_invitations SET revoked_at = now(), updated_at = now() WHERE id = $1', [id]);
}
