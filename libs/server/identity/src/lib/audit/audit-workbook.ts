import { SheetSpec, writeWorkbook } from '@xinzhi/server-core';
import { AuditAction, AuditEvent, Locale } from '@xinzhi/shared-contracts';

/** The actions as the workbook names them (the same words as the web's labels). */
const ACTIONS: Record<AuditAction, { zh: string; en: string }> = {
  'login.succeeded': { zh: '登录成功', en: 'Signed in' },
  'login.failed': { zh: '登录失败', en: 'Sign-in failed' },
  'member.invited': { zh: '邀请成员', en: 'Member invited' },
  'member.joined': { zh: '成员加入', en: 'Member joined' },
  'member.role_changed': { zh: '角色变更', en: 'Role changed' },
  'member.updated': { zh: '成员信息变更', en: 'Member details changed' },
  'member.removed': { zh: '移除成员', en: 'Member removed' },
  'department.created': { zh: '新建部门', en: 'Department created' },
  'department.updated': { zh: '部门更名', en: 'Department renamed' },
  'department.deleted': { zh: '删除部门', en: 'Department deleted' },
  'password.changed': { zh: '修改密码', en: 'Password changed' },
  'project.created': { zh: '创建项目', en: 'Project created' },
  'project.updated': { zh: '修改项目', en: 'Project edited' },
  'project.archived': { zh: '归档项目', en: 'Project archived' },
  'project.restored': { zh: '恢复项目', en: 'Project restored' },
  'project.deleted': { zh: '删除项目', en: 'Project deleted' },
  'task.created': { zh: '创建任务', en: 'Task created' },
  'task.updated': { zh: '修改任务', en: 'Task changed' },
  'task.deleted': { zh: '删除任务', en: 'Task deleted' },
  'kpi.created': { zh: '创建指标', en: 'KPI created' },
  'kpi.updated': { zh: '修改指标', en: 'KPI edited' },
  'kpi.deleted': { zh: '删除指标', en: 'KPI deleted' },
  'kpi_reading.recorded': { zh: '录入指标读数', en: 'KPI reading recorded' },
  'kpi_reading.corrected': { zh: '更正指标读数', en: 'KPI reading corrected' },
  'kpi_reading.deleted': { zh: '删除指标读数', en: 'KPI reading deleted' },
  'scheme.created': { zh: '创建激励方案', en: 'Incentive scheme created' },
  'scheme.updated': { zh: '修改激励方案', en: 'Incentive scheme edited' },
  'scheme.deleted': { zh: '删除激励方案', en: 'Incentive scheme deleted' },
  'award.approved': { zh: '批准奖励', en: 'Award approved' },
  'award.rejected': { zh: '驳回奖励', en: 'Award rejected' },
  'award.paid': { zh: '发放奖励', en: 'Award paid' },
};

/** `2026-12-08 09:30:00` in the business calendar's zone. */
function localTime(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(new Date(at));
}

/** `field: value` pairs of an event's detail, one per line. */
function detailText(detail: AuditEvent['detail']): string {
  return Object.entries(detail ?? {})
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join('\n');
}

/** The rows of the export: one per event, newest first, times in `timeZone`. */
export function auditRows(events: readonly AuditEvent[], locale: Locale, timeZone: string): Array<Array<string | null>> {
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  return events.map((e) => [
    localTime(e.at, timeZone),
    ACTIONS[e.action]?.[lang] ?? e.action,
    e.actorName,
    e.actorEmail,
    e.subject,
    detailText(e.detail),
    e.ip,
  ]);
}

const COLUMNS = [
  { key: 'at', header: { zh: '时间', en: 'Time' }, width: 20 },
  { key: 'action', header: { zh: '操作', en: 'Action' }, width: 18 },
  { key: 'by', header: { zh: '操作人', en: 'By' }, width: 16 },
  { key: 'byEmail', header: { zh: '操作人邮箱', en: 'By (email)' }, width: 28 },
  { key: 'subject', header: { zh: '对象', en: 'Concerning' }, width: 30 },
  { key: 'detail', header: { zh: '详情', en: 'Details' }, width: 50 },
  { key: 'ip', header: { zh: 'IP 地址', en: 'IP address' }, width: 16 },
] as const;
type AuditSheetRow = Record<(typeof COLUMNS)[number]['key'], string | null>;

/** The audit log as an Excel workbook of one sheet, through the shared sheet writer. */
export function auditWorkbook(events: readonly AuditEvent[], locale: Locale, timeZone: string): Promise<Buffer> {
  const rows = auditRows(events, locale, timeZone).map((r) => Object.fromEntries(COLUMNS.map((c, i) => [c.key, r[i]])) as AuditSheetRow);
  const sheet: SheetSpec<AuditSheetRow> = { name: { zh: '操作日志', en: 'Audit log' }, columns: COLUMNS, rows };
  return writeWorkbook([sheet], locale);
}
