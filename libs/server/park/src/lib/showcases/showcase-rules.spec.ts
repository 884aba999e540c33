import { consentChange } from './showcase-rules';

const A = '0190a8a0-0000-7000-8000-00000000000a';
const B = '0190a8a0-0000-7000-8000-00000000000b';

describe('consentChange', () => {
  it('consents to a project when nothing is shown', () => {
    expect(consentChange(null, { projectId: A, showAbsolute: false })).toEqual({ kind: 'consent', revokeFirst: false });
  });

  it('revokes with a null project, and does nothing when nothing is shown', () => {
    expect(consentChange({ projectId: A, showAbsolute: true }, { projectId: null, showAbsolute: false })).toEqual({ kind: 'revoke' });
    expect(consentChange(null, { projectId: null, showAbsolute: false })).toEqual({ kind: 'none' });
  });

  it('treats another project as a new consent, revoking the active one first', () => {
    expect(consentChange({ projectId: A, showAbsolute: false }, { projectId: B, showAbsolute: false })).toEqual({
      kind: 'consent',
      revokeFirst: true,
    });
  });

  it('renews the consent in place when only the absolute-values choice changes', () => {
    expect(consentChange({ projectId: A, showAbsolute: false }, { projectId: A, showAbsolute: true })).toEqual({ kind: 'update' });
    expect(consentChange({ projectId: A, showAbsolute: true }, { projectId: A, showAbsolute: false })).toEqual({ kind: 'update' });
  });

  it('changes nothing for the same request twice', () => {
    expect(consentChange({ projectId: A, showAbsolute: true }, { projectId: A, showAbsolute: true })).toEqual({ kind: 'none' });
  });
});
