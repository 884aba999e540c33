/** A share 0–1 as a whole percent ("—" when unknown). */
export function percent(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '—' : `${Math.round(value * 100)}%`;
}

/** A number with at most `digits` decimals ("—" when unknown). */
export function decimal(value: number | null | undefined, digits = 1): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}
