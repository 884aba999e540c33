import type { AwardBasis, IncentiveAward, IncentiveUnit, Locale } from '@xinzhi/shared-contracts';
import type { TranslationKey, TranslationParams } from '@xinzhi/web-core';
import { formatAmount, formatDay, formatNumber } from './format';

/** Translates one text (the I18nService's `t`, or a test double). */
export type Translate = (key: TranslationKey, params?: TranslationParams) => string;

/** What "how it was earned" is worded from; `basis` may be missing from awards of an older API. */
export type ExplainedAward = Pick<IncentiveAward, 'explanation' | 'amount' | 'unit'> & { reason: Pick<IncentiveAward['reason'], 'title'>; basis?: AwardBasis | null };

const DAY = '(\\d{4}-\\d{2}-\\d{2})';
const NUM = '(-?\\d+(?:\\.\\d+)?)';
const UNIT = '(CNY|points)';

/** The sentences the API's rules write in English (libs/server/incentives/src/lib/evaluate.ts), read back into their parts. */
const TASK_WEIGHTED = new RegExp(`^Task “(.*)” \\(weight ${NUM}\\) done on ${DAY}: ${NUM} × ${NUM} = ${NUM} ${UNIT}$`, 's');
const TASK = new RegExp(`^Task “(.*)” done on ${DAY}: ${NUM} ${UNIT}$`, 's');
const KPI = new RegExp(`^KPI “(.*)” reached its target of (.+?) with (.+?) on ${DAY}, as (KPI owner|a member of the KPI owner’s team “(.*)”): ${NUM} ${UNIT}$`, 's');
const TEAM = new RegExp(`^Team “(.*)” finished all (\\d+) of its tasks on ${DAY}: ${NUM} ${UNIT}$`, 's');

const unitOf = (label: string): IncentiveUnit => (label === 'CNY' ? 'cny' : 'points');

/** Worded from the facts the API computed the award from. */
function fromBasis(award: ExplainedAward, basis: AwardBasis, locale: Locale, t: Translate): string {
  const amount = (value: number) => formatAmount(value, award.unit, locale);
  const date = formatDay(basis.achievedOn, locale);
  switch (basis.trigger) {
    case 'task_done':
      return basis.scaled
        ? t('explain.taskWeighted', { title: award.reason.title, weight: formatNumber(basis.weight, locale), date, amount: amount(basis.rate), total: amount(award.amount) })
        : t('explain.task', { title: award.reason.title, date, amount: amount(award.amount) });
    case 'kpi_target_reached': {
      const params = {
        title: basis.kpiName,
        target: `${formatNumber(basis.target, locale)} ${basis.kpiUnit}`.trim(),
        value: formatNumber(basis.value, locale),
        date,
        amount: amount(award.amount),
      };
      return basis.as === 'kpi_owner' ? t('explain.kpiOwner', params) : t('explain.kpiTeam', { ...params, team: basis.teams ?? '' });
    }
    case 'team_all_done':
      return t('explain.team', { title: award.reason.title, count: basis.tasks, date, amount: amount(award.amount) });
  }
}

/** Worded from the API's English sentence, for awards without facts; null for a sentence this client does not know. */
function fromSentence(explanation: string, locale: Locale, t: Translate): string | null {
  const amount = (value: string, unit: string) => formatAmount(Number(value), unitOf(unit), locale);
  const day = (value: string) => formatDay(value, locale);
  let m = TASK_WEIGHTED.exec(explanation);
  if (m) {
    const [, title, weight, date, , each, total, unit] = m;
    return t('explain.taskWeighted', { title, weight: formatNumber(Number(weight), locale), date: day(date), amount: amount(each, unit), total: amount(total, unit) });
  }
  m = TASK.exec(explanation);
  if (m) {
    const [, title, date, value, unit] = m;
    return t('explain.task', { title, date: day(date), amount: amount(value, unit) });
  }
  m = KPI.exec(explanation);
  if (m) {
    const [, title, target, value, date, role, team, each, unit] = m;
    const params = { title, target, value, date: day(date), amount: amount(each, unit) };
    return role === 'KPI owner' ? t('explain.kpiOwner', params) : t('explain.kpiTeam', { ...params, team: team ?? '' });
  }
  m = TEAM.exec(explanation);
  if (m) {
    const [, title, count, date, value, unit] = m;
    return t('explain.team', { title, count: Number(count), date: day(date), amount: amount(value, unit) });
  }
  return null;
}

/**
 * How an award was earned, in the user's language: worded from the award's `basis` (the facts it
 * was computed from), else from the API's English sentence when it follows a known pattern, else
 * the sentence as the API wrote it.
 */
export function explainAward(award: ExplainedAward, locale: Locale, t: Translate): string {
  const basis = award.basis;
  if (basis && typeof basis === 'object' && 'trigger' in basis && basis.achievedOn) return fromBasis(award, basis, locale, t);
  return fromSentence(award.explanation, locale, t) ?? award.explanation;
}
