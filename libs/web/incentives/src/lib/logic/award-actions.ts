import { type AwardAction, awardTransition, type IncentiveAward, type Role } from '@xinzhi/shared-contracts';

/** What the acting user may do with one award in the queue. */
export interface AwardActions {
  approve: boolean;
  reject: boolean;
  pay: boolean;
  /**
   * The acting user is the recipient and not an owner: the API refuses their decisions on it (a
   * leader does not decide their own award; an owner may, since someone must be able to).
   */
  ownAward: boolean;
}

/** Owners and leaders decide awards. */
export function decidesAwards(role: Role | null | undefined): boolean {
  return role === 'owner' || role === 'leader';
}

/**
 * The buttons an award row offers: approve and reject while proposed, mark paid once approved —
 * the transitions `awardTransition` allows — for owners and leaders, never on a leader's own award.
 */
export function awardActions(
  award: Pick<IncentiveAward, 'status' | 'recipientId'>,
  role: Role | null | undefined,
  userId: string | null | undefined,
): AwardActions {
  const ownAward = role !== 'owner' && !!userId && award.recipientId === userId;
  const may = (action: AwardAction) => decidesAwards(role) && !ownAward && awardTransition(award.status, action) !== null;
  return { approve: may('approve'), reject: may('reject'), pay: may('pay'), ownAward: ownAward && decidesAwards(role) };
}
