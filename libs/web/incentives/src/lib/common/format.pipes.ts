import { inject, Pipe, type PipeTransform } from '@angular/core';
import type { IncentiveUnit } from '@xinzhi/shared-contracts';
import { formatDateTime, I18nService } from '@xinzhi/web-core';
import { explainAward, type ExplainedAward } from '../logic/explanation';
import { formatAmount, formatDay, formatNumber } from '../logic/format';

/**
 * `{{ award.amount | amount: award.unit }}` → "¥1,200" / "600 分". Not pure: the text follows the
 * language, which the arguments do not carry (one cheap lookup per call, like the `t` pipe).
 */
@Pipe({ name: 'amount', pure: false })
export class AmountPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: number | null | undefined, unit: IncentiveUnit): string {
    return value === null || value === undefined ? '' : formatAmount(value, unit, this.i18n.locale());
  }
}

/** `{{ hours | num }}` → "1,234.5" in the language's format. */
@Pipe({ name: 'num', pure: false })
export class NumberPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: number | null | undefined): string {
    return value === null || value === undefined ? '' : formatNumber(value, this.i18n.locale());
  }
}

/** `{{ record.completedOn | day }}` for calendar days, `{{ award.createdAt | day: true }}` for moments (with the time). */
@Pipe({ name: 'day', pure: false })
export class DayPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | null | undefined, moment = false): string {
    return moment ? formatDateTime(value, this.i18n.locale()) : formatDay(value, this.i18n.locale());
  }
}

/** `{{ award | explain }}`: how an award was earned, in the user's language. */
@Pipe({ name: 'explain', pure: false })
export class ExplainPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(award: ExplainedAward): string {
    return explainAward(award, this.i18n.locale(), (key, params) => this.i18n.t(key, params));
  }
}
