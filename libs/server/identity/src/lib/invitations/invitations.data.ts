import { EntityManager } from 'typeorm';
import { Col, execute, Row, selectRows } from '@xinzhi/server-db';
import { InvitationPreview, TenantRole } from '@xinzhi/shared-contracts';

/** What the inviter is told of a new invitation. */
export type NewInvitationRow = Row<'tenant_invitations', 'id' | 'email' | 'expires_at'>;

/** A row of `invitation_preview(hash)`: an open tenant or park invitation with the name of what it is for. */
export type PreviewRow = {
  context_type: InvitationPreview['contextType'];
  context_id: Col<'tenant_invitations', 'tenant_id'> | Col<'park_invitations', 'park_id'>;
  context_name: Col<'tenants', 'name'> | Col<'parks', 'name'>;
  existing_user: boolean;
} & Row<'tenant_invitations', 'email' | 'display_name' | 'expires_at'> & {
    role: Col<'tenant_invitations', 'role'> | Col<'park_invitations', 'role'>;
  };

/** A row of `invitation_accept(…)`: who joined what. */
export type AcceptedRow = { user_id: Col<'users', 'id'>; context_type: InvitationPreview['contextType']; context_id: string };

export async function insertTenantInvitation(
  m: EntityManager,
  tenantId: string,
  invite: {
    email: string;
    displayName: string;
    role: TenantRole;
    departmentId: string | null;
    jobTitle: string | null;
    tokenHash: string;
    invitedBy: string | null;
    expiresAt: Date;
  },
): Promise<NewInvitationRow> {
  const c: Row<
    'tenant_invitations',
    'tenant_id' | 'email' | 'display_name' | 'role' | 'department_id' | 'job_title' | 'token_hash' | 'invited_by' | 'expires_at'
  > = {
    tenant_id: tenantId,
    email: invite.email,
    display_name: invite.displayName,
    role: invite.role,
    department_id: invite.departmentId,
    job_title: invite.jobTitle,
    token_hash: invite.tokenHash,
    invited_by: invite.invitedBy,
    expires_at: invite.expiresAt,
  };
  const [row] = await selectRows<NewInvitationRow>(
    m,
    `INSERT INTO tenant_invitations (tenant_id, email, display_name, role, department_id, job_title, token_hash, invited_by, expires_at)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, email, expires_at`,
    [c.tenant_id, c.email, c.display_name, c.role, c.department_id, c.job_title, c.token_hash, c.invited_by, c.expires_at],
  );
  return row;
}

export async function insertParkInvitation(
  m: EntityManager,
  parkId: string,
  invite: { email: string; displayName: string; tokenHash: string; invitedBy: string | null; expiresAt: Date },
): Promise<NewInvitationRow> {
  const c: Row<'park_invitations', 'park_id' | 'email' | 'display_name' | 'role' | 'token_hash' | 'invited_by' | 'expires_at'> = {
    park_id: parkId,
    email: invite.email,
    display_name: invite.displayName,
    role: 'park_admin',
    token_hash: invite.tokenHash,
    invited_by: invite.invitedBy,
    expires_at: invite.expiresAt,
  };
  const [row] = await selectRows<NewInvitationRow>(
    m,
    `INSERT INTO park_invitations (park_id, email, display_name, role, token_hash, invited_by, expires_at)
          VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, email, expires_at`,
    [c.park_id, c.email, c.display_name, c.role, c.token_hash, c.invited_by, c.expires_at],
  );
  return row;
}

/**
 * Gives an open (not accepted, not withdrawn) tenant invitation a new token and expiry: the old link
 * stops working at once. Null when there is no such open invitation (as row security shows it).
 */
export async function reissueTenantInvitation(
  m: EntityManager,
  id: string,
  tokenHash: string,
  expiresAt: Date,
): Promise<NewInvitationRow | null> {
  const c: Row<'tenant_invitations', 'token_hash' | 'expires_at'> = { token_hash: tokenHash, expires_at: expiresAt };
  const [row] = await selectRows<NewInvitationRow>(
    m,
    // As a CTE, so the driver hands back the row (an UPDATE's own result is its count).
    `WITH reissued AS (
       UPDATE tenant_invitations SET token_hash = $2, expires_at = $3, updated_at = now()
        WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL
        RETURNING id, email, expires_at)
     SELECT id, email, expires_at FROM reissued`,
    [id, c.token_hash, c.expires_at],
  );
  return row ?? null;
}

/** The id of a tenant's newest open owner invitation (expired or not), or null. */
export async function openOwnerInvitationId(m: EntityManager, tenantId: string): Promise<string | null> {
  const [row] = await selectRows<Row<'tenant_invitations', 'id'>>(
    m,
    `SELECT id FROM tenant_invitations
      WHERE tenant_id = $1 AND role = 'owner' AND accepted_at IS NULL AND revoked_at IS NULL
      ORDER BY created_at DESC LIMIT 1`,
    [tenantId],
  );
  return row?.id ?? null;
}

/** The open invitation behind a token's hash (SECURITY DEFINER: the invitee has no context yet), or null. */
export async function previewInvitation(m: EntityManager, tokenHash: string): Promise<PreviewRow | null> {
  const [row] = await selectRows<PreviewRow>(m, 'SELECT * FROM invitation_preview($1)', [tokenHash]);
  return row ?? null;
}

export function toInvitationPreview(r: PreviewRow): InvitationPreview {
  return {
    email: r.email,
    displayName: r.display_name,
    contextType: r.context_type,
    contextName: r.context_name,
    role: r.role,
    existingUser: r.existing_user,
    expiresAt: r.expires_at.toISOString(),
  };
}

/**
 * Accepts the invitation behind a token's hash (SECURITY DEFINER): creates the account when
 * `passwordHash` is given, adds the membership and marks the invitation used.
 */
export async function acceptInvitation(
  m: EntityManager,
  tokenHash: string,
  passwordHash: string | null,
  displayName: string | null,
): Promise<AcceptedRow> {
  const [row] = await selectRows<AcceptedRow>(m, 'SELECT * FROM invitation_accept($1, $2, $3)', [tokenHash, passwordHash, displayName]);
  return row;
}

/**
 * Right after `invitation_accept`, in its transaction: act as the new member in the tenant they
 * joined (the route is public, so the transaction began without a context) and read who invited
 * them, so the inviter's notice commits with the acceptance.
 */
export async function enterJoinedTenant(
  m: EntityManager,
  tenantId: string,
  userId: string,
  tokenHash: string,
): Promise<Row<'tenant_invitations', 'invited_by' | 'email' | 'role'> | null> {
  await execute(m, `SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`, [tenantId, userId]);
  const [row] = await selectRows<Row<'tenant_invitations', 'invited_by' | 'email' | 'role'>>(
    m,
    'SELECT invited_by, email, role FROM tenant_invitations WHERE token_hash = $1',
    [tokenHash],
  );
  return row ?? null;
}
