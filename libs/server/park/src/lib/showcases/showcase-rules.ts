/** What a PUT /api/showcase does to the tenant's consent. */
export type ConsentChange = { kind: 'none' } | { kind: 'revoke' } | { kind: 'consent'; revokeFirst: boolean } | { kind: 'update' };

/**
 * The consent rule: null revokes the active consent (nothing to do without one); another project
 * is a new consent (the active one is revoked first, and the park's benchmark mark does not carry
 * over); the same project with another absolute-values choice renews the consent in place (who and
 * when are the latest owner's); the same request twice changes nothing.
 */
export function consentChange(
  active: { projectId: string; showAbsolute: boolean } | null,
  request: { projectId: string | null; showAbsolute: boolean },
): ConsentChange {
  if (request.projectId === null) return active ? { kind: 'revoke' } : { kind: 'none' };
  if (!active) return { kind: 'consent', revokeFirst: false };
  if (active.projectId !== request.projectId) return { kind: 'consent', revokeFirst: true };
  return active.showAbsolute === request.showAbsolute ? { kind: 'none' } : { kind: 'update' };
}
