/**
 * Identity, tenancy and access: who is who on the platform → park → tenant hierarchy.
 * Shapes of /api/auth/*, /api/me, /api/members, /api/departments, /api/park/tenants,
 * /api/platform/parks, /api/invitations and /api/audit-events.
 */

export const TENANT_ROLES = ['owner', 'leader', 'team_lead', 'employee'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];
export const PARK_ROLES = ['park_admin'] as const;
export type ParkRole = (typeof PARK_ROLES)[number];
export type Role = TenantRole | ParkRole | 'operator';

export type ContextType = 'tenant' | 'park' | 'platform';

export interface Membership {
  type: ContextType;
  /** Tenant id, park id, or the literal `platform` for operators. */
  id: string;
  name: string;
  role: Role;
}

export interface ActingContext {
  type: ContextType;
  id: string;
  role: Role;
}

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  locale: 'zh-CN' | 'en-US';
  platformOperator: boolean;
}

/**
 * The business calendar every "today" follows (overdue, "not after today", date pickers): the app's
 * time zone, today's date in it, and the server clock's instant (so a page can keep counting from it).
 */
export interface BusinessCalendar {
  /** IANA zone, e.g. `Asia/Shanghai`. */
  timeZone: string;
  /** `YYYY-MM-DD` in `timeZone`. */
  today: string;
  /** The server clock's instant, ISO 8601 UTC. */
  now: string;
}

export interface MeResponse {
  user: UserSummary;
  memberships: Membership[];
  context: ActingContext | null;
  calendar: BusinessCalendar;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface TokenResponse {
  accessToken: string;
  /** Lifetime of the access token in seconds. */
  expiresIn: number;
  context: ActingContext | null;
}

export interface SwitchContextRequest {
  type: ContextType;
  id: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface UpdateProfileRequest {
  displayName?: string;
  locale?: 'zh-CN' | 'en-US';
}

/** Password rules (NIST SP 800-63B): length only, any characters, common passwords refused. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

// ── Park and tenants

export const ENTERPRISE_SCALES = ['micro', 'small', 'medium'] as const;
export type EnterpriseScale = (typeof ENTERPRISE_SCALES)[number];
export const MANUFACTURING_TYPES = ['discrete', 'process', 'none'] as const;
export type ManufacturingType = (typeof MANUFACTURING_TYPES)[number];

/**
 * Sections of China's national industry classification (GB/T 4754-2017), letter → names.
 * A tenant records its section and two-digit division (e.g. C + 34 general equipment manufacturing).
 */
export const INDUSTRY_SECTIONS: Record<string, { zh: string; en: string }> = {
  A: { zh: '农、林、牧、渔业', en: 'Agriculture, forestry, animal husbandry and fishery' },
  B: { zh: '采矿业', en: 'Mining' },
  C: { zh: '制造业', en: 'Manufacturing' },
  D: { zh: '电力、热力、燃气及水生产和供应业', en: 'Electricity, heat, gas and water supply' },
  E: { zh: '建筑业', en: 'Construction' },
  F: { zh: '批发和零售业', en: 'Wholesale and retail trade' },
  G: { zh: '交通运输、仓储和邮政业', en: 'Transport, storage and postal services' },
  H: { zh: '住宿和餐饮业', en: 'Accommodation and catering' },
  I: { zh: '信息传输、软件和信息技术服务业', en: 'Information transmission, software and IT services' },
  J: { zh: '金融业', en: 'Finance' },
  K: { zh: '房地产业', en: 'Real estate' },
  L: { zh: '租赁和商务服务业', en: 'Leasing and business services' },
  M: { zh: '科学研究和技术服务业', en: 'Scientific research and technical services' },
  N: { zh: '水利、环境和公共设施管理业', en: 'Water, environment and public facilities management' },
  O: { zh: '居民服务、修理和其他服务业', en: 'Resident, repair and other services' },
  P: { zh: '教育', en: 'Education' },
  Q: { zh: '卫生和社会工作', en: 'Health and social work' },
  R: { zh: '文化、体育和娱乐业', en: 'Culture, sports and entertainment' },
  S: { zh: '公共管理、社会保障和社会组织', en: 'Public administration and social organisations' },
  T: { zh: '国际组织', en: 'International organisations' },
};

export interface TenantClassification {
  /** Section letter A–T of GB/T 4754. */
  industrySection: string;
  /** Two-digit division within the section, e.g. "34". */
  industryDivision: string;
  scale: EnterpriseScale;
  region: string;
  emerging: boolean;
  manufacturingType: ManufacturingType;
}

export interface Tenant extends TenantClassification {
  id: string;
  parkId: string;
  name: string;
  /** Unified social credit code (统一社会信用代码), 18 characters. */
  creditCode: string | null;
  showcase: boolean;
  createdAt: string;
  updatedAt: string;
  /** Email of the owner, or of the pending owner invitation. */
  ownerEmail: string | null;
  ownerStatus: 'active' | 'invited' | 'none';
}

export interface CreateTenantRequest extends TenantClassification {
  name: string;
  creditCode?: string;
  ownerEmail: string;
  ownerName: string;
}

export type UpdateTenantRequest = Partial<TenantClassification & { name: string; creditCode: string | null; showcase: boolean }>;

export interface CreateTenantResponse {
  tenant: Tenant;
  invitation: InvitationCreated;
}

export interface Park {
  id: string;
  name: string;
  region: string;
  tenantCount: number;
  adminEmails: string[];
  createdAt: string;
}

export interface CreateParkRequest {
  name: string;
  region: string;
  adminEmail: string;
  adminName: string;
}

export interface CreateParkResponse {
  park: Park;
  invitation: InvitationCreated;
}

// ── Members, departments, invitations

export interface Department {
  id: string;
  name: string;
  memberCount: number;
  createdAt: string;
}

export interface DepartmentRequest {
  name: string;
}

export interface Member {
  /** Membership id (the route id of /api/members/:id). */
  id: string;
  userId: string | null;
  email: string;
  displayName: string;
  role: TenantRole;
  departmentId: string | null;
  departmentName: string | null;
  jobTitle: string | null;
  status: 'active' | 'invited';
  joinedAt: string | null;
}

export interface InviteMemberRequest {
  email: string;
  displayName: string;
  role: TenantRole;
  departmentId?: string | null;
  jobTitle?: string | null;
}

export interface UpdateMemberRequest {
  role?: TenantRole;
  departmentId?: string | null;
  jobTitle?: string | null;
  displayName?: string;
}

export interface InvitationCreated {
  id: string;
  email: string;
  /** The link to send to the invitee; shown once to the inviter and logged (SMTP when configured). */
  acceptUrl: string;
  expiresAt: string;
}

export interface InvitationPreview {
  email: string;
  displayName: string;
  contextType: 'tenant' | 'park';
  contextName: string;
  role: TenantRole | ParkRole;
  /** True when the email already has an account: accepting then asks for that account's password. */
  existingUser: boolean;
  expiresAt: string;
}

export interface AcceptInvitationRequest {
  token: string;
  password: string;
  displayName?: string;
}

// ── Audit

export type AuditAction =
  | 'login.succeeded'
  | 'login.failed'
  | 'member.invited'
  | 'member.joined'
  | 'member.role_changed'
  | 'member.updated'
  | 'member.removed'
  | 'department.created'
  | 'department.updated'
  | 'department.deleted'
  | 'password.changed';

export interface AuditEvent {
  id: string;
  at: string;
  action: AuditAction;
  actorEmail: string | null;
  subject: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;

export interface InviteMemberResponse {
  member: Member;
  invitation: InvitationCreated;
}
