import { navigationFor } from './navigation';

const ids = (...args: Parameters<typeof navigationFor>) => navigationFor(...args).map((item) => item.id);

describe('side menu per context', () => {
  it('offers home and sign-in when signed out', () => {
    expect(ids(false, null)).toEqual(['home', 'login']);
  });

  it.each([
    ['owner', ['workspace', 'projects', 'my-tasks', 'members', 'departments', 'audit', 'profile']],
    ['leader', ['workspace', 'projects', 'my-tasks', 'members', 'departments', 'profile']],
    ['team_lead', ['workspace', 'projects', 'my-tasks', 'members', 'departments', 'profile']],
    ['employee', ['workspace', 'projects', 'my-tasks', 'profile']],
  ] as const)('an enterprise %s sees %j', (role, expected) => {
    expect(ids(true, { type: 'tenant', id: 't1', role })).toEqual(expected);
  });

  it('a park administrator sees the park’s enterprises, an operator the parks', () => {
    expect(ids(true, { type: 'park', id: 'p1', role: 'park_admin' })).toEqual(['park-tenants', 'profile']);
    expect(ids(true, { type: 'platform', id: 'platform', role: 'operator' })).toEqual(['platform-parks', 'profile']);
  });

  it('someone without any context only has their account', () => {
    expect(ids(true, null)).toEqual(['profile']);
  });
});
