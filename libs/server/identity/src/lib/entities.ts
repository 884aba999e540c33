import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Columns every row has. */
abstract class Timestamps {
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}

@Entity({ name: 'parks' })
export class ParkRow extends Timestamps {
  @PrimaryColumn('uuid', { default: () => 'uuid_generate_v7()' }) id!: string;
  @Column('text') name!: string;
  @Column('text') region!: string;
}

@Entity({ name: 'users' })
export class UserRow extends Timestamps {
  @PrimaryColumn('uuid', { default: () => 'uuid_generate_v7()' }) id!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  @Column('text', { name: 'password_hash', select: false }) passwordHash!: string;
  @Column('text') locale!: 'zh-CN' | 'en-US';
  @Column('boolean', { name: 'platform_operator' }) platformOperator!: boolean;
  @Column('timestamptz', { name: 'password_changed_at' }) passwordChangedAt!: Date;
}

@Entity({ name: 'tenants' })
export class TenantRow extends Timestamps {
  @PrimaryColumn('uuid', { default: () => 'uuid_generate_v7()' }) id!: string;
  @Column('uuid', { name: 'park_id' }) parkId!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'credit_code', nullable: true }) creditCode!: string | null;
  @Column('text', { name: 'industry_section' }) industrySection!: string;
  @Column('text', { name: 'industry_division' }) industryDivision!: string;
  @Column('text') scale!: 'micro' | 'small' | 'medium';
  @Column('text') region!: string;
  @Column('boolean') emerging!: boolean;
  @Column('text', { name: 'manufacturing_type' }) manufacturingType!: 'discrete' | 'process' | 'none';
  @Column('boolean') showcase!: boolean;
}

@Entity({ name: 'park_memberships' })
export class ParkMembershipRow {
  @PrimaryColumn('uuid', { name: 'park_id' }) parkId!: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') role!: 'park_admin';
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}

@Entity({ name: 'departments' })
export class DepartmentRow extends Timestamps {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { default: () => 'uuid_generate_v7()' }) id!: string;
  @Column('text') name!: string;
}

@Entity({ name: 'tenant_memberships' })
export class TenantMembershipRow extends Timestamps {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { default: () => 'uuid_generate_v7()' }) id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') role!: 'owner' | 'leader' | 'team_lead' | 'employee';
  @Column('uuid', { name: 'department_id', nullable: true }) departmentId!: string | null;
  @Column('text', { name: 'job_title', nullable: true }) jobTitle!: string | null;
}

@Entity({ name: 'tenant_invitations' })
export class TenantInvitationRow extends Timestamps {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { default: () => 'uuid_generate_v7()' }) id!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  @Column('text') role!: 'owner' | 'leader' | 'team_lead' | 'employee';
  @Column('uuid', { name: 'department_id', nullable: true }) departmentId!: string | null;
  @Column('text', { name: 'job_title', nullable: true }) jobTitle!: string | null;
  @Column('text', { name: 'token_hash', select: false }) tokenHash!: string;
  @Column('uuid', { name: 'invited_by', nullable: true }) invitedBy!: string | null;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt!: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
}

@Entity({ name: 'park_invitations' })
export class ParkInvitationRow extends Timestamps {
  @PrimaryColumn('uuid', { name: 'park_id' }) parkId!: string;
  @PrimaryColumn('uuid', { default: () => 'uuid_generate_v7()' }) id!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  @Column('text') role!: 'park_admin';
  @Column('text', { name: 'token_hash', select: false }) tokenHash!: string;
  @Column('uuid', { name: 'invited_by', nullable: true }) invitedBy!: string | null;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt!: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
}

@Entity({ name: 'refresh_tokens' })
export class RefreshTokenRow {
  @PrimaryColumn('uuid', { default: () => 'uuid_generate_v7()' }) id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('uuid', { name: 'family_id' }) familyId!: string;
  @Column('text', { name: 'token_hash' }) tokenHash!: string;
  @Column('text', { name: 'context_type', nullable: true }) contextType!: 'tenant' | 'park' | 'platform' | null;
  @Column('text', { name: 'context_id', nullable: true }) contextId!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt!: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @Column('text', { nullable: true }) ip!: string | null;
  @Column('text', { name: 'user_agent', nullable: true }) userAgent!: string | null;
}

@Entity({ name: 'audit_events' })
export class AuditEventRow {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { default: () => 'uuid_generate_v7()' }) id!: string;
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
  @Column('text') action!: string;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId!: string | null;
  @Column('text', { name: 'actor_email', nullable: true }) actorEmail!: string | null;
  @Column('text', { nullable: true }) subject!: string | null;
  @Column('jsonb') detail!: Record<string, unknown>;
  @Column('text', { nullable: true }) ip!: string | null;
  @Column('text', { name: 'user_agent', nullable: true }) userAgent!: string | null;
}

export const IDENTITY_ENTITIES = [
  ParkRow, UserRow, TenantRow, ParkMembershipRow, DepartmentRow, TenantMembershipRow,
  TenantInvitationRow, ParkInvitationRow, RefreshTokenRow, AuditEventRow,
];
