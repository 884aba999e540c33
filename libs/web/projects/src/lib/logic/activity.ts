import type { BusinessArea, TaskEvent, TaskEventKind, TaskStatus, TechnologyType } from '@xinzhi/shared-contracts';
import type { TranslationKey, TranslationParams } from '@xinzhi/web-core';
import { AREA_LABELS, TASK_STATUS_LABELS, TECH_LABELS } from '../data/labels';

/** `I18nService.t`, or a stand-in in tests. */
export type Translate = (key: TranslationKey, params?: TranslationParams) => string;

/** Names for the ids an event carries (people, teams, tasks); null when unknown here. */
export interface ActivityNames {
  user(id: string): string | null;
  team(id: string): string | null;
  task(id: string): string | null;
}

/** One entry of a task's history, ready to show. */
export interface ActivityEntry {
  readonly id: string;
  readonly at: string;
  readonly kind: TaskEventKind;
  readonly actor: string;
  /** "王建国 changed the status". */
  readonly headline: string;
  /** One readable line per changed field. */
  readonly details: readonly string[];
  readonly comment: string | null;
}

const HEADLINES: Readonly<Record<TaskEventKind, TranslationKey>> = {
  created: 'activity.created',
  status: 'activity.status',
  progress: 'activity.progress',
  assigned: 'activity.assigned',
  updated: 'activity.updated',
  comment: 'activity.comment',
};

/** The order fields are described in, most telling first. */
const FIELD_ORDER = [
  'status',
  'percentDone',
  'blockedReason',
  'assigneeId',
  'title',
  'teamId',
  'dueDate',
  'startDate',
  'weight',
  'businessArea',
  'technologyType',
  'dependsOnId',
  'description',
];

const FIELD_LABELS: Readonly<Record<string, TranslationKey>> = {
  title: 'activity.field.title',
  teamId: 'activity.field.team',
  assigneeId: 'activity.field.assignee',
  dueDate: 'activity.field.dueDate',
  startDate: 'activity.field.startDate',
  weight: 'activity.field.weight',
  businessArea: 'activity.field.businessArea',
  technologyType: 'activity.field.technologyType',
  dependsOnId: 'activity.field.dependsOn',
  status: 'activity.field.status',
  percentDone: 'activity.field.percentDone',
};

function text(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return String(value);
}

/** A field's value in words. */
function valueText(field: string, value: unknown, t: Translate, names: ActivityNames): string {
  const raw = text(value);
  if (raw === null) return t('activity.none');
  switch (field) {
    case 'status':
      return TASK_STATUS_LABELS[raw as TaskStatus] ? t(TASK_STATUS_LABELS[raw as TaskStatus]) : raw;
    case 'businessArea':
      return AREA_LABELS[raw as BusinessArea] ? t(AREA_LABELS[raw as BusinessArea]) : raw;
    case 'technologyType':
      return TECH_LABELS[raw as TechnologyType] ? t(TECH_LABELS[raw as TechnologyType]) : raw;
    case 'assigneeId':
      return names.user(raw) ?? t('activity.someone');
    case 'teamId':
      return names.team(raw) ?? t('activity.unknownTeam');
    case 'dependsOnId':
      return names.task(raw) ?? t('activity.unknownTask');
    case 'percentDone':
      return `${raw}%`;
    case 'title':
      return `“${raw}”`;
    default:
      return raw;
  }
}

/** One readable line for one changed field. */
export function describeChange(field: string, from: unknown, to: unknown, t: Translate, names: ActivityNames): string {
  if (field === 'description') return t('activity.descriptionChanged');
  if (field === 'blockedReason') {
    const reason = text(to);
    return reason ? t('activity.blockedReason', { reason }) : t('activity.blockedReasonCleared');
  }
  const label = FIELD_LABELS[field];
  const params = { from: valueText(field, from, t, names), to: valueText(field, to, t, names) };
  return label ? t('activity.change', { field: t(label), ...params }) : t('activity.change', { field, ...params });
}

/** A task event in the user's language: who, what (each change), and the comment. */
export function describeEvent(event: TaskEvent, t: Translate, names: ActivityNames): ActivityEntry {
  const actor = event.actorName ?? t('activity.system');
  const changes = event.changes ?? {};
  const fields = Object.keys(changes).sort((a, b) => rank(a) - rank(b));
  const details =
    event.kind === 'created' || event.kind === 'comment'
      ? []
      : fields.map((field) => describeChange(field, changes[field][0], changes[field][1], t, names));
  return {
    id: event.id,
    at: event.at,
    kind: event.kind,
    actor,
    headline: t(HEADLINES[event.kind] ?? 'activity.updated', { actor }),
    details,
    comment: event.comment,
  };
}

function rank(field: string): number {
  const index = FIELD_ORDER.indexOf(field);
  return index === -1 ? FIELD_ORDER.length : index;
}

/** The history newest first, as the drawer shows it. */
export function describeActivity(events: readonly TaskEvent[], t: Translate, names: ActivityNames): ActivityEntry[] {
  return [...events].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id)).map((event) => describeEvent(event, t, names));
}
