import type { ActingContext, PainPoint } from '@xinzhi/shared-contracts';

/** Owners and leaders record, edit, accept and delete pain points and adopt solutions; other members propose. */
export function managesSolutions(context: ActingContext | null): boolean {
  return context?.type === 'tenant' && (context.role === 'owner' || context.role === 'leader');
}

/** A proposed pain point waits for an owner or leader to accept it (→ open) or delete it. */
export function canAccept(context: ActingContext | null, painPoint: Pick<PainPoint, 'status'>): boolean {
  return managesSolutions(context) && painPoint.status === 'proposed';
}
