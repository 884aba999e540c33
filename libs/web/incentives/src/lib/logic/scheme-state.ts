import type { IncentiveScheme } from '@xinzhi/shared-contracts';
import type { TranslationKey } from '@xinzhi/web-core';

/** Where a scheme stands today: switched off, not started yet, running, or past its end date. */
export type SchemeState = 'off' | 'upcoming' | 'running' | 'ended';

/**
 * The state of a scheme on `today` (`YYYY-MM-DD`, the business calendar's day: CalendarService.today()). A switched-off
 * scheme is "off" whatever its dates; otherwise `activeFrom` and `activeUntil` count as included days.
 */
export function schemeState(scheme: Pick<IncentiveScheme, 'active' | 'activeFrom' | 'activeUntil'>, today: string): SchemeState {
  if (!scheme.active) return 'off';
  if (scheme.activeFrom && scheme.activeFrom > today) return 'upcoming';
  if (scheme.activeUntil && scheme.activeUntil < today) return 'ended';
  return 'running';
}

export const SCHEME_STATE_LABELS: Readonly<Record<SchemeState, TranslationKey>> = {
  off: 'schemes.inactive',
  upcoming: 'schemes.notYetActive',
  running: 'schemes.active',
  ended: 'schemes.ended',
};

export const SCHEME_STATE_COLORS: Readonly<Record<SchemeState, string>> = {
  off: 'default',
  upcoming: 'processing',
  running: 'success',
  ended: 'default',
};
