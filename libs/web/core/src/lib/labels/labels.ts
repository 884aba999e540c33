import {
  type AuditAction,
  type AuditKind,
  type BusinessArea,
  type ContextType,
  type EnterpriseScale,
  INDUSTRY_SECTIONS,
  type Locale,
  type ManufacturingType,
  type Role,
  type TechnologyType,
} from '@xinzhi/shared-contracts';
import type { TranslationKey } from '../i18n/dictionary';

/** Translation keys of the names of roles, contexts and classifications, shared by every feature. */
export const ROLE_LABELS: Readonly<Record<Role, TranslationKey>> = {
  owner: 'role.owner',
  leader: 'role.leader',
  team_lead: 'role.team_lead',
  employee: 'role.employee',
  park_admin: 'role.park_admin',
  operator: 'role.operator',
};

export const CONTEXT_TYPE_LABELS: Readonly<Record<ContextType, TranslationKey>> = {
  tenant: 'contextType.tenant',
  park: 'contextType.park',
  platform: 'contextType.platform',
};

export const SCALE_LABELS: Readonly<Record<EnterpriseScale, TranslationKey>> = {
  micro: 'scale.micro',
  small: 'scale.small',
  medium: 'scale.medium',
};

export const MANUFACTURING_LABELS: Readonly<Record<ManufacturingType, TranslationKey>> = {
  discrete: 'manufacturing.discrete',
  process: 'manufacturing.process',
  none: 'manufacturing.none',
};

export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, TranslationKey>> = {
  'login.succeeded': 'auditAction.login.succeeded',
  'login.failed': 'auditAction.login.failed',
  'member.invited': 'auditAction.member.invited',
  'member.joined': 'auditAction.member.joined',
  'member.role_changed': 'auditAction.member.role_changed',
  'member.updated': 'auditAction.member.updated',
  'member.removed': 'auditAction.member.removed',
  'department.created': 'auditAction.department.created',
  'department.updated': 'auditAction.department.updated',
  'department.deleted': 'auditAction.department.deleted',
  'password.changed': 'auditAction.password.changed',
  'project.created': 'auditAction.project.created',
  'project.updated': 'auditAction.project.updated',
  'project.archived': 'auditAction.project.archived',
  'project.restored': 'auditAction.project.restored',
  'project.deleted': 'auditAction.project.deleted',
  'task.created': 'auditAction.task.created',
  'task.updated': 'auditAction.task.updated',
  'task.deleted': 'auditAction.task.deleted',
  'kpi.created': 'auditAction.kpi.created',
  'kpi.updated': 'auditAction.kpi.updated',
  'kpi.deleted': 'auditAction.kpi.deleted',
  'kpi_reading.recorded': 'auditAction.kpi_reading.recorded',
  'kpi_reading.corrected': 'auditAction.kpi_reading.corrected',
  'kpi_reading.deleted': 'auditAction.kpi_reading.deleted',
  'scheme.created': 'auditAction.scheme.created',
  'scheme.updated': 'auditAction.scheme.updated',
  'scheme.deleted': 'auditAction.scheme.deleted',
  'award.approved': 'auditAction.award.approved',
  'award.rejected': 'auditAction.award.rejected',
  'award.paid': 'auditAction.award.paid',
};

export const AUDIT_KIND_LABELS: Readonly<Record<AuditKind, TranslationKey>> = {
  login: 'auditKind.login',
  member: 'auditKind.member',
  department: 'auditKind.department',
  password: 'auditKind.password',
  project: 'auditKind.project',
  task: 'auditKind.task',
  kpi: 'auditKind.kpi',
  scheme: 'auditKind.scheme',
  award: 'auditKind.award',
};

/** Names of the fields an audit event's detail tells (unknown fields show as written). */
export const AUDIT_FIELD_LABELS: Readonly<Record<string, TranslationKey>> = {
  title: 'auditField.title',
  description: 'auditField.description',
  businessArea: 'auditField.businessArea',
  technologyType: 'auditField.technologyType',
  team: 'auditField.team',
  assignee: 'auditField.assignee',
  status: 'auditField.status',
  percentDone: 'auditField.percentDone',
  weight: 'auditField.weight',
  startDate: 'auditField.startDate',
  dueDate: 'auditField.dueDate',
  dependsOn: 'auditField.dependsOn',
  blockedReason: 'auditField.blockedReason',
  name: 'auditField.name',
  goal: 'auditField.goal',
  phase: 'auditField.phase',
  targetDate: 'auditField.targetDate',
  taskWeight: 'auditField.taskWeight',
  project: 'auditField.project',
  kind: 'auditField.kind',
  trigger: 'auditField.trigger',
  amount: 'auditField.amount',
  unit: 'auditField.unit',
  scaleByWeight: 'auditField.scaleByWeight',
  businessAreas: 'auditField.businessAreas',
  technologyTypes: 'auditField.technologyTypes',
  budgetCap: 'auditField.budgetCap',
  activeFrom: 'auditField.activeFrom',
  activeUntil: 'auditField.activeUntil',
  active: 'auditField.active',
  scheme: 'auditField.scheme',
  reason: 'auditField.reason',
  role: 'auditField.role',
};

/** The label of a role; unknown roles (a newer API) fall back to the raw value. */
export function roleLabel(role: string): TranslationKey | null {
  return (ROLE_LABELS as Record<string, TranslationKey>)[role] ?? null;
}

/** Name of a GB/T 4754 section in the given language, e.g. C → 制造业 / Manufacturing. */
export function industrySectionName(section: string, locale: Locale): string {
  const names = INDUSTRY_SECTIONS[section];
  if (!names) return section;
  return locale === 'zh-CN' ? names.zh : names.en;
}

/** One formatter per language and style: creating an `Intl.DateTimeFormat` costs far more than using one. */
const DATE_TIME_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO time for people, in the given language. */
export function formatDateTime(iso: string | null | undefined, locale: Locale, withTime = true): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${locale}|${withTime}`;
  let format = DATE_TIME_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
    DATE_TIME_FORMATS.set(key, format);
  }
  return format.format(date);
}

/** Business areas and technology types of tasks; their texts load with the features that show them. */
export const AREA_LABELS: Readonly<Record<BusinessArea, TranslationKey>> = {
  procurement: 'area.procurement',
  rnd_design: 'area.rnd_design',
  production: 'area.production',
  warehousing_logistics: 'area.warehousing_logistics',
  sales_marketing: 'area.sales_marketing',
  service: 'area.service',
  finance: 'area.finance',
  hr: 'area.hr',
  management: 'area.management',
};

export const TECH_LABELS: Readonly<Record<TechnologyType, TranslationKey>> = {
  big_data: 'tech.big_data',
  cloud_computing: 'tech.cloud_computing',
  artificial_intelligence: 'tech.artificial_intelligence',
  internet_of_things: 'tech.internet_of_things',
  technology_convergence: 'tech.technology_convergence',
};
