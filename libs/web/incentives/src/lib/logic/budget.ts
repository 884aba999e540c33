import type { BudgetStop, IncentiveScheme } from '@xinzhi/shared-contracts';

/** How worried a budget bar looks. */
export type BudgetLevel = 'uncapped' | 'ok' | 'warning' | 'exhausted';

/** From this share of the cap committed, a budget shows as nearly used up. */
export const BUDGET_WARNING_SHARE = 0.8;

/** The numbers a scheme's budget bar draws. */
export interface BudgetBar {
  cap: number | null;
  committed: number;
  paid: number;
  /** Cap − committed (never below 0); null without a cap. */
  remaining: number | null;
  /** Committed as a whole percent of the cap (0–100; 0 without a cap). */
  percent: number;
  /** Widths in percent of the bar: paid, committed but not paid yet, and free. They add up to 100 (0 each without a cap). */
  segments: { paid: number; pending: number; free: number };
  level: BudgetLevel;
  /** Achievements not proposed because of the cap. */
  skipped: number;
  /** Why proposals stopped (the API's code), or null. */
  stop: BudgetStop | null;
}

const clampPercent = (value: number) => Math.min(100, Math.max(0, value));
const round1 = (value: number) => Math.round(value * 10) / 10;

/** The budget bar of a scheme, or null when the caller may not see budget figures (not an owner or leader). */
export function budgetBar(scheme: Pick<IncentiveScheme, 'budgetCap' | 'budget'>): BudgetBar | null {
  const budget = scheme.budget;
  if (!budget) return null;
  const cap = scheme.budgetCap;
  const { committed, paid, skipped } = budget;
  const stop = budget.stop;
  if (cap === null || cap <= 0) {
    return {
      cap: null,
      committed,
      paid,
      remaining: null,
      percent: 0,
      segments: { paid: 0, pending: 0, free: 0 },
      level: 'uncapped',
      skipped,
      stop,
    };
  }
  const remaining = budget.remaining ?? Math.max(0, Math.round((cap - committed) * 100) / 100);
  const paidWidth = round1(clampPercent((Math.min(paid, committed) / cap) * 100));
  const committedWidth = round1(clampPercent((committed / cap) * 100));
  const pending = round1(Math.max(0, committedWidth - paidWidth));
  const free = round1(Math.max(0, 100 - paidWidth - pending));
  const share = committed / cap;
  const level: BudgetLevel =
    remaining <= 0 || stop !== null || skipped > 0 ? 'exhausted' : share >= BUDGET_WARNING_SHARE ? 'warning' : 'ok';
  return {
    cap,
    committed,
    paid,
    remaining,
    percent: Math.round(clampPercent(share * 100)),
    segments: { paid: paidWidth, pending, free },
    level,
    skipped,
    stop,
  };
}

/** The one sentence saying why proposals stopped: a translation key and its filled-in placeholders. */
export interface BudgetNotice {
  key:
    | 'budget.short'
    | 'budget.shortSkipped'
    | 'budget.shortSkippedOne'
    | 'budget.usedUp'
    | 'budget.usedUpSkipped'
    | 'budget.usedUpSkippedOne';
  params: { cap: string; committed: string; remaining: string; count: number };
}

/**
 * The warning of a budget whose proposals stopped at the cap, built from the API's numbers: "budget short" while something is left, "used up"
 * when nothing is, with the achievements skipped for the cap. Null unless the bar is exhausted.
 * `amount` formats a sum as the rest of the page does.
 */
export function budgetNotice(bar: BudgetBar | null, amount: (value: number) => string): BudgetNotice | null {
  if (!bar || bar.level !== 'exhausted' || bar.cap === null) return null;
  const remaining = bar.remaining ?? 0;
  const stem = remaining > 0 ? 'budget.short' : 'budget.usedUp';
  const key = bar.skipped <= 0 ? stem : bar.skipped === 1 ? (`${stem}SkippedOne` as const) : (`${stem}Skipped` as const);
  return {
    key,
    params: { cap: amount(bar.cap), committed: amount(bar.committed), remaining: amount(Math.max(0, remaining)), count: bar.skipped },
  };
}
