import { PainPointStatus, TenantRole } from '@xinzhi/shared-contracts';

/** Owners and leaders keep the register; any other member may only propose. */
export function mayManagePainPoints(role: TenantRole | null): boolean {
  return role === 'owner' || role === 'leader';
}

/** The status a new pain point gets from who records it. */
export function initialPainPointStatus(role: TenantRole | null): PainPointStatus {
  return mayManagePainPoints(role) ? 'open' : 'proposed';
}

/** Managers delete any; a member deletes only their own proposal while it is still proposed. */
export function mayDeletePainPoint(
  role: TenantRole | null,
  userId: string | null,
  painPoint: { status: PainPointStatus; recordedBy: string | null; recordedByPark: boolean },
): boolean {
  if (mayManagePainPoints(role)) return true;
  return painPoint.status === 'proposed' && !painPoint.recordedByPark && userId !== null && painPoint.recordedBy === userId;
}

/**
 * Whether a status change is allowed: a proposal is accepted (→ open) or closed; nothing goes back
 * to `proposed` (a proposal is a member's word until accepted, not a state to return to).
 */
export function painPointStatusProblem(from: PainPointStatus, to: PainPointStatus): string | null {
  if (from === to) return null;
  if (to === 'proposed') return 'a pain point cannot be set back to proposed';
  return null;
}
