/**
 * Identity's enumerations and limits, without zod: the shell imports some of them (roles, password
 * lengths, industry sections) and its initial bundle must not carry the schemas of identity.ts.
 */

export const TENANT_ROLES = ['owner', 'leader', 'team_lead', 'employee'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];
export const PARK_ROLES = ['park_admin'] as const;
export type ParkRole = (typeof PARK_ROLES)[number];
export const ROLES = [...TENANT_ROLES, ...PARK_ROLES, 'operator'] as const;
export type Role = (typeof ROLES)[number];

export const CONTEXT_TYPES = ['tenant', 'park', 'platform'] as const;
export type ContextType = (typeof CONTEXT_TYPES)[number];

/** Limits of what people type; the API refuses longer input and the forms stop at the same length. */
export const EMAIL_MAX = 254;
export const DISPLAY_NAME_MAX = 100;
export const JOB_TITLE_MAX = 100;
export const DEPARTMENT_NAME_MAX = 100;
export const TENANT_NAME_MAX = 200;
export const PARK_NAME_MAX = 200;
export const REGION_MAX = 100;
/** A password as typed at sign-in (new passwords are held to PASSWORD_MIN_LENGTH–PASSWORD_MAX_LENGTH by the API's password rules). */
export const PASSWORD_INPUT_MAX = 1024;

/** Password rules (NIST SP 800-63B): length only, any characters, common passwords refused. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

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

/** 统一社会信用代码: 18 characters, digits and capitals without I, O, S, V, Z (GB 32100-2015). */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
export const CREDIT_CODE_LENGTH = 18;
/** A section letter A–T of GB/T 4754, and a two-digit division within it. */
export const INDUSTRY_SECTION_PATTERN = /^[A-T]$/;
export const INDUSTRY_DIVISION_PATTERN = /^[0-9]{2}$/;
export const INDUSTRY_DIVISION_LENGTH = 2;

/** The secret of an invitation link (`/invite/<token>`). */
export const INVITATION_TOKEN_MIN = 20;
export const INVITATION_TOKEN_MAX = 200;

export const AUDIT_ACTIONS = [
  'login.succeeded',
  'login.failed',
  'member.invited',
  'member.joined',
  'member.role_changed',
  'member.updated',
  'member.removed',
  'department.created',
  'department.updated',
  'department.deleted',
  'password.changed',
  'project.created',
  'project.updated',
  'project.archived',
  'project.restored',
  'project.deleted',
  'task.created',
  'task.updated',
  'task.deleted',
  'kpi.created',
  'kpi.updated',
  'kpi.deleted',
  'kpi_reading.recorded',
  'kpi_reading.corrected',
  'kpi_reading.deleted',
  'scheme.created',
  'scheme.updated',
  'scheme.deleted',
  'award.approved',
  'award.rejected',
  'award.paid',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds the audit log is filtered by: an action's kind is the part before its dot (`kpi_reading` counts as `kpi`). */
export const AUDIT_KINDS = ['login', 'member', 'department', 'password', 'project', 'task', 'kpi', 'scheme', 'award'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export function auditKindOf(action: AuditAction): AuditKind {
  const head = action.slice(0, action.indexOf('.'));
  return (head === 'kpi_reading' ? 'kpi' : head) as AuditKind;
}
