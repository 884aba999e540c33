import { z } from 'zod';
import {
  AUDIT_ACTIONS,
  AUDIT_KINDS,
  CONTEXT_TYPES,
  CREDIT_CODE_LENGTH,
  CREDIT_CODE_PATTERN,
  DEPARTMENT_NAME_MAX,
  DISPLAY_NAME_MAX,
  EMAIL_MAX,
  ENTERPRISE_SCALES,
  INDUSTRY_DIVISION_PATTERN,
  INDUSTRY_SECTION_PATTERN,
  INVITATION_TOKEN_MAX,
  INVITATION_TOKEN_MIN,
  JOB_TITLE_MAX,
  MANUFACTURING_TYPES,
  PARK_NAME_MAX,
  PARK_ROLES,
  PASSWORD_INPUT_MAX,
  REGION_MAX,
  ROLES,
  TENANT_NAME_MAX,
  TENANT_ROLES,
} from './identity-constants';
import { LOCALES } from './locale';
import { CalendarDateSchema, pageSchema, PageQuerySchema, TimestampSchema, UuidSchema } from './schema';

/**
 * Identity, tenancy and access: who is who on the platform → park → tenant hierarchy.
 * Shapes of /api/auth/*, /api/me, /api/members, /api/departments, /api/park/tenants,
 * /api/platform/parks, /api/invitations and /api/audit-events.
 */

/** An email as typed: trimmed and lower-cased before it is checked. */
const EmailInputSchema = z.string().trim().toLowerCase().max(EMAIL_MAX).email();
/** A name as typed: trimmed, not empty. */
const nameInput = (max: number) => z.string().trim().min(1).max(max);

/** The context a session acts in: a tenant or park id, or the literal `platform` for operators. */
const ContextIdSchema = z.union([UuidSchema, z.literal('platform')]);

export const MembershipSchema = z.strictObject({
  type: z.enum(CONTEXT_TYPES),
  /** Tenant id, park id, or the literal `platform` for operators. */
  id: ContextIdSchema,
  name: z.string(),
  role: z.enum(ROLES),
});
export type Membership = z.infer<typeof MembershipSchema>;

export const ActingContextSchema = z.strictObject({
  type: z.enum(CONTEXT_TYPES),
  id: ContextIdSchema,
  role: z.enum(ROLES),
});
export type ActingContext = z.infer<typeof ActingContextSchema>;

export const UserSummarySchema = z.strictObject({
  id: UuidSchema,
  email: z.string(),
  displayName: z.string(),
  locale: z.enum(LOCALES),
  platformOperator: z.boolean(),
});
export type UserSummary = z.infer<typeof UserSummarySchema>;

/**
 * The business calendar every "today" follows (overdue, "not after today", date pickers): the app's
 * time zone, today's date in it, and the server clock's instant (so a page can keep counting from it).
 */
export const BusinessCalendarSchema = z.strictObject({
  /** IANA zone, e.g. `Asia/Shanghai`. */
  timeZone: z.string(),
  /** `YYYY-MM-DD` in `timeZone`. */
  today: CalendarDateSchema,
  /** The server clock's instant, ISO 8601 UTC. */
  now: TimestampSchema,
});
export type BusinessCalendar = z.infer<typeof BusinessCalendarSchema>;

export const MeResponseSchema = z.strictObject({
  user: UserSummarySchema,
  memberships: z.array(MembershipSchema),
  context: ActingContextSchema.nullable(),
  calendar: BusinessCalendarSchema,
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const LoginRequestSchema = z.strictObject({
  email: EmailInputSchema,
  // Length is not checked beyond a bound: a wrong password of any length gets the same answer as any other.
  password: z.string().max(PASSWORD_INPUT_MAX),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const TokenResponseSchema = z.strictObject({
  accessToken: z.string(),
  /** Lifetime of the access token in seconds. */
  expiresIn: z.number().int(),
  context: ActingContextSchema.nullable(),
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

export const SwitchContextRequestSchema = z.strictObject({
  type: z.enum(CONTEXT_TYPES),
  id: ContextIdSchema,
});
export type SwitchContextRequest = z.infer<typeof SwitchContextRequestSchema>;

export const ChangePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().max(PASSWORD_INPUT_MAX),
  /** Held to the password rules by the API (PASSWORD_MIN_LENGTH–PASSWORD_MAX_LENGTH characters, not a common password, not the email). */
  newPassword: z.string(),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequestSchema>;

export const UpdateProfileRequestSchema = z.strictObject({
  displayName: nameInput(DISPLAY_NAME_MAX).optional(),
  locale: z.enum(LOCALES).optional(),
});
export type UpdateProfileRequest = z.infer<typeof UpdateProfileRequestSchema>;

// ── Park and tenants

/** A credit code as typed: trimmed and in capitals; blank means none. */
const CreditCodeInputSchema = z
  .string()
  .trim()
  .toUpperCase()
  .max(CREDIT_CODE_LENGTH)
  .regex(new RegExp(`^$|${CREDIT_CODE_PATTERN.source}`));

const TenantClassificationFields = {
  /** Section letter A–T of GB/T 4754. */
  industrySection: z.string().trim().regex(INDUSTRY_SECTION_PATTERN),
  /** Two-digit division within the section, e.g. "34". */
  industryDivision: z.string().trim().regex(INDUSTRY_DIVISION_PATTERN),
  scale: z.enum(ENTERPRISE_SCALES),
  region: nameInput(REGION_MAX),
  emerging: z.boolean(),
  manufacturingType: z.enum(MANUFACTURING_TYPES),
};
export type TenantClassification = z.infer<z.ZodObject<typeof TenantClassificationFields>>;

/**
 * The latest scored maturity assessment of a tenant, as its park sees it: level, points and day,
 * never the answers (null before the first one is scored). `TenantMaturitySchema` in assessment.ts.
 */
export const TenantMaturityFields = {
  maturityLevel: z.number().int().min(0).nullable(),
  maturityPoints: z.number().nullable(),
  assessedOn: CalendarDateSchema.nullable(),
};

export const TenantSchema = z.strictObject({
  id: UuidSchema,
  parkId: UuidSchema,
  name: z.string(),
  /** Unified social credit code (统一社会信用代码), 18 characters. */
  creditCode: z.string().nullable(),
  industrySection: z.string(),
  industryDivision: z.string(),
  scale: z.enum(ENTERPRISE_SCALES),
  region: z.string(),
  emerging: z.boolean(),
  manufacturingType: z.enum(MANUFACTURING_TYPES),
  /** Derived: the tenant's owner currently shows a project as a showcase (样板间); no one sets it by hand. */
  showcase: z.boolean(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** Email of the owner, or of the pending owner invitation. */
  ownerEmail: z.string().nullable(),
  ownerStatus: z.enum(['active', 'invited', 'none']),
  ...TenantMaturityFields,
});
export type Tenant = z.infer<typeof TenantSchema>;
export const TenantPageSchema = pageSchema(TenantSchema);

export const CreateTenantRequestSchema = z.strictObject({
  name: nameInput(TENANT_NAME_MAX),
  /** Blank or left out: none. */
  creditCode: CreditCodeInputSchema.transform((code) => code || undefined).optional(),
  ...TenantClassificationFields,
  ownerEmail: EmailInputSchema,
  ownerName: nameInput(DISPLAY_NAME_MAX),
});
export type CreateTenantRequest = z.input<typeof CreateTenantRequestSchema>;

export const UpdateTenantRequestSchema = z.strictObject({
  name: nameInput(TENANT_NAME_MAX).optional(),
  /** Blank or null clears it. */
  creditCode: CreditCodeInputSchema.transform((code) => code || null)
    .nullable()
    .optional(),
  industrySection: TenantClassificationFields.industrySection.optional(),
  industryDivision: TenantClassificationFields.industryDivision.optional(),
  scale: TenantClassificationFields.scale.optional(),
  region: TenantClassificationFields.region.optional(),
  emerging: TenantClassificationFields.emerging.optional(),
  manufacturingType: TenantClassificationFields.manufacturingType.optional(),
});
export type UpdateTenantRequest = z.input<typeof UpdateTenantRequestSchema>;

export const InvitationCreatedSchema = z.strictObject({
  id: UuidSchema,
  email: z.string(),
  /** The link to send to the invitee; shown once to the inviter and logged (SMTP when configured). */
  acceptUrl: z.string(),
  expiresAt: TimestampSchema,
});
export type InvitationCreated = z.infer<typeof InvitationCreatedSchema>;

export const CreateTenantResponseSchema = z.strictObject({
  tenant: TenantSchema,
  invitation: InvitationCreatedSchema,
});
export type CreateTenantResponse = z.infer<typeof CreateTenantResponseSchema>;

export const ParkSchema = z.strictObject({
  id: UuidSchema,
  name: z.string(),
  region: z.string(),
  tenantCount: z.number().int(),
  adminEmails: z.array(z.string()),
  createdAt: TimestampSchema,
});
export type Park = z.infer<typeof ParkSchema>;
export const ParkPageSchema = pageSchema(ParkSchema);

export const CreateParkRequestSchema = z.strictObject({
  name: nameInput(PARK_NAME_MAX),
  region: nameInput(REGION_MAX),
  adminEmail: EmailInputSchema,
  adminName: nameInput(DISPLAY_NAME_MAX),
});
export type CreateParkRequest = z.input<typeof CreateParkRequestSchema>;

export const CreateParkResponseSchema = z.strictObject({
  park: ParkSchema,
  invitation: InvitationCreatedSchema,
});
export type CreateParkResponse = z.infer<typeof CreateParkResponseSchema>;

// ── Members, departments, invitations

export const DepartmentSchema = z.strictObject({
  id: UuidSchema,
  name: z.string(),
  memberCount: z.number().int(),
  createdAt: TimestampSchema,
});
export type Department = z.infer<typeof DepartmentSchema>;
export const DepartmentPageSchema = pageSchema(DepartmentSchema);

export const DepartmentRequestSchema = z.strictObject({
  name: nameInput(DEPARTMENT_NAME_MAX),
});
export type DepartmentRequest = z.infer<typeof DepartmentRequestSchema>;

export const MemberSchema = z.strictObject({
  /** Membership id (the route id of /api/members/:id). */
  id: UuidSchema,
  userId: UuidSchema.nullable(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(TENANT_ROLES),
  departmentId: UuidSchema.nullable(),
  departmentName: z.string().nullable(),
  jobTitle: z.string().nullable(),
  status: z.enum(['active', 'invited']),
  joinedAt: TimestampSchema.nullable(),
});
export type Member = z.infer<typeof MemberSchema>;
export const MemberPageSchema = pageSchema(MemberSchema);

const JobTitleInputSchema = z.string().trim().max(JOB_TITLE_MAX).nullable().optional();

export const InviteMemberRequestSchema = z.strictObject({
  email: EmailInputSchema,
  displayName: nameInput(DISPLAY_NAME_MAX),
  role: z.enum(TENANT_ROLES),
  departmentId: UuidSchema.nullable().optional(),
  jobTitle: JobTitleInputSchema,
});
export type InviteMemberRequest = z.infer<typeof InviteMemberRequestSchema>;

export const UpdateMemberRequestSchema = z.strictObject({
  role: z.enum(TENANT_ROLES).optional(),
  departmentId: UuidSchema.nullable().optional(),
  /** Blank clears it. */
  jobTitle: JobTitleInputSchema,
  /** Only while the member is invited (a joined member's name is their own). */
  displayName: nameInput(DISPLAY_NAME_MAX).optional(),
});
export type UpdateMemberRequest = z.infer<typeof UpdateMemberRequestSchema>;

export const InviteMemberResponseSchema = z.strictObject({
  member: MemberSchema,
  invitation: InvitationCreatedSchema,
});
export type InviteMemberResponse = z.infer<typeof InviteMemberResponseSchema>;

const InvitationTokenSchema = z.string().min(INVITATION_TOKEN_MIN).max(INVITATION_TOKEN_MAX);

/** `:token` of /api/invitations/:token; a malformed one answers 404 like an unknown one. */
export const InvitationTokenParamsSchema = z.strictObject({ token: InvitationTokenSchema });
export type InvitationTokenParams = z.infer<typeof InvitationTokenParamsSchema>;

export const InvitationPreviewSchema = z.strictObject({
  email: z.string(),
  displayName: z.string(),
  contextType: z.enum(['tenant', 'park']),
  contextName: z.string(),
  role: z.enum([...TENANT_ROLES, ...PARK_ROLES]),
  /** True when the email already has an account: accepting then asks for that account's password. */
  existingUser: z.boolean(),
  expiresAt: TimestampSchema,
});
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

export const AcceptInvitationRequestSchema = z.strictObject({
  token: InvitationTokenSchema,
  /** A new account's password (held to the password rules), or the existing account's. */
  password: z.string().max(PASSWORD_INPUT_MAX),
  displayName: nameInput(DISPLAY_NAME_MAX).optional(),
});
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequestSchema>;

// ── Audit

export const AuditEventSchema = z.strictObject({
  id: UuidSchema,
  at: TimestampSchema,
  action: z.enum(AUDIT_ACTIONS),
  /** Who acted; null for the system (e.g. a failed login with an unknown address). */
  actorUserId: UuidSchema.nullable(),
  /** The actor's name as it is now (null when the account is no longer visible); the email is the one of the moment. */
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  subject: z.string().nullable(),
  /** What changed, by action: e.g. `{ from, to }` of a role change; values are plain (text, numbers, true/false, null). */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).nullable()),
  ip: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;
export const AuditEventPageSchema = pageSchema(AuditEventSchema);

/** The filters of the audit log and of its export; `from`/`to` are calendar days of the business calendar, both included. */
const auditFilters = {
  kind: z.enum(AUDIT_KINDS).optional().describe('only actions of this kind (e.g. task, award; kpi includes KPI readings)'),
  actorId: UuidSchema.optional().describe('only what this user did'),
  from: CalendarDateSchema.optional().describe('from this day on (business calendar), inclusive'),
  to: CalendarDateSchema.optional().describe('up to this day (business calendar), inclusive'),
};
const fromNotAfterTo = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const fromNotAfterToError = { path: ['to'], message: 'to must not be before from', params: { code: 'not_before_from' } };

/** GET /api/audit-events: a page of the log, filtered. */
export const AuditEventQuerySchema = PageQuerySchema.extend(auditFilters).refine(fromNotAfterTo, fromNotAfterToError);
export type AuditEventQuery = z.infer<typeof AuditEventQuerySchema>;

/** GET /api/audit-events/export: the filtered log as a workbook (newest first, at most AUDIT_EXPORT_MAX rows). */
export const AuditExportQuerySchema = z.strictObject(auditFilters).refine(fromNotAfterTo, fromNotAfterToError);
export type AuditExportQuery = z.infer<typeof AuditExportQuerySchema>;
export const AUDIT_EXPORT_MAX = 10_000;

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}
