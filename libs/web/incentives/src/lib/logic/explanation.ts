import type { AwardBasis, IncentiveAward, Locale } from '@xinzhi/shared-contracts';
import type { TranslationKey, TranslationParams } from '@xinzhi/web-core';
import { formatAmount, formatDay, formatNumber } from './format';

/** Translates one text (the I18nService's `t`, or a test double). */
export type Translate = (key: TranslationKey, params?: TranslationParams) => string;

/** What "how it was earned" is worded from: the facts the API computed the award from (it sends no sentence). */
export type ExplainedAward = Pick<IncentiveAward, 'amount' | 'unit' | 'basis'> & { reason: Pick<IncentiveAward['reason'], 'title'> };

/** Worded from the facts the API computed the award from. */
function fromBasis(award: ExplainedAward, basis: AwardBasis, locale: Locale, t: Translate): string {
  const amount = (value: number) => formatAmount(value, award.unit, locale);
  const date = formatDay(basis.achievedOn, locale);
  switch (basis.trigger) {
    case 'task_done':
      return basis.scaled
        ? t('explain.taskWeighted', {
            title: award.reason.title,
            weight: formatNumber(basis.weight, locale),
            date,
            amount: amount(basis.rate),
            total: amount(award.amount),
          })
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

/** How an award was earned, in the user's language, worded from the award's `basis`. */
export function explainAward(award: ExplainedAward, locale: Locale, t: Translate): string {
  return fromBasis(award, award.basis, locale, t);
}
