import type { Member } from '@xinzhi/shared-contracts';

/**
 * The departments a team of `lead` and `memberIds` would span, by name, as the API counts them
 * (distinct departments of the lead and the members; people without a department add none).
 */
export function teamDepartments(
  members: readonly Pick<Member, 'userId' | 'departmentId' | 'departmentName'>[],
  lead: string | null,
  memberIds: readonly string[],
): string[] {
  const byUser = new Map(members.filter((m) => m.userId).map((m) => [m.userId as string, m]));
  const names = new Map<string, string>();
  for (const id of new Set([...(lead ? [lead] : []), ...memberIds])) {
    const member = byUser.get(id);
    if (member?.departmentId) names.set(member.departmentId, member.departmentName ?? member.departmentId);
  }
  return [...names.values()];
}
