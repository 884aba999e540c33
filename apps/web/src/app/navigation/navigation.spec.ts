import { navigationFor } from './navigation';

const ids = (...args: Parameters<typeof navigationFor>) => navigationFor(...args).map((item) => item.id);

describe('side menu per context', () => {
  it('offers home and sign-in when signed out', () => {
    expect(ids(false, null)).toEqual(['home', 'login']);
  });

  it.each([
    [
      'owner',
      [
        'workspace',
        'projects',
        'my-tasks',
        'my-awards',
        'my-training',
        'assessments',
        'pain-points',
        'solutions',
        'showcases',
        'my-showcase',
        'benchmarks',
        'incentives',
        'surveys',
        'members',
        'departments',
        'audit',
        'profile',
      ],
    ],
    [
      'leader',
      [
        'workspace',
        'projects',
        'my-tasks',
        'my-awards',
        'my-training',
        'assessments',
        'pain-points',
        'solutions',
        'showcases',
        'my-showcase',
        'benchmarks',
        'incentives',
        'surveys',
        'members',
        'departments',
        'profile',
      ],
    ],
    [
      'team_lead',
      [
        'workspace',
        'projects',
        'my-tasks',
        'my-awards',
        'my-training',
        'assessments',
        'pain-points',
        'solutions',
        'showcases',
        'members',
        'departments',
        'profile',
      ],
    ],
    [
      'employee',
      ['workspace', 'projects', 'my-tasks', 'my-awards', 'my-training', 'assessments', 'pain-points', 'solutions', 'showcases', 'profile'],
    ],
  ] as const)('an enterprise %s sees %j', (role, expected) => {
    expect(ids(true, { type: 'tenant', id: 't1', role })).toEqual(expected);
  });

  it('gives everyone in an enterprise their awards and training, and owners and leaders the incentive pages', () => {
    const byId = (role: 'owner' | 'leader' | 'team_lead' | 'employee') =>
      Object.fromEntries(navigationFor(true, { type: 'tenant', id: 't1', role }).map((item) => [item.id, item]));
    for (const role of ['owner', 'leader', 'team_lead', 'employee'] as const) {
      expect(byId(role)['my-awards']).toMatchObject({ path: '/me/awards', label: 'nav.myAwards' });
      expect(byId(role)['my-training']).toMatchObject({ path: '/me/training', label: 'nav.myTraining' });
    }
    expect(byId('owner')['incentives']).toMatchObject({ path: '/incentives', label: 'nav.incentives' });
    expect(byId('leader')['incentives']).toMatchObject({ path: '/incentives', label: 'nav.incentives' });
    expect(byId('team_lead')['incentives']).toBeUndefined();
    expect(byId('employee')['incentives']).toBeUndefined();
    // A park administrator sees no one's incentives (docs/domain.md, "Who sees what").
    expect(ids(true, { type: 'park', id: 'p1', role: 'park_admin' })).not.toContain('my-awards');
  });

  it('a park administrator sees the park’s enterprises, an operator the parks and queues', () => {
    expect(ids(true, { type: 'park', id: 'p1', role: 'park_admin' })).toEqual([
      'park-dashboard',
      'park-tenants',
      'park-solutions',
      'park-pain-points',
      'park-demand',
      'park-analysis',
      'park-pain-point-matrix',
      'park-surveys',
      'park-showcases',
      'profile',
    ]);
    expect(ids(true, { type: 'platform', id: 'platform', role: 'operator' })).toEqual(['platform-parks', 'platform-queues', 'profile']);
  });

  it('every enterprise member has pain points and solutions; the park administrator the catalog, pain points and unmet demand', () => {
    for (const role of ['owner', 'leader', 'team_lead', 'employee'] as const) {
      const byId = Object.fromEntries(navigationFor(true, { type: 'tenant', id: 't1', role }).map((item) => [item.id, item]));
      expect(byId['pain-points']).toMatchObject({ path: '/pain-points', label: 'nav.painPoints', icon: 'exclamation-circle' });
      expect(byId['solutions']).toMatchObject({ path: '/solutions', label: 'nav.solutions', icon: 'shop' });
    }
    const park = Object.fromEntries(navigationFor(true, { type: 'park', id: 'p1', role: 'park_admin' }).map((item) => [item.id, item]));
    expect(park['park-solutions']).toMatchObject({ path: '/park/solutions', label: 'nav.parkSolutions' });
    expect(park['park-demand']).toMatchObject({ path: '/park/demand', label: 'nav.parkDemand' });
    expect(park['park-pain-points']).toMatchObject({ path: '/park/pain-points', label: 'nav.parkPainPoints' });
  });

  it('the park administrator has the cross-analysis and the pain-point matrix', () => {
    const park = Object.fromEntries(navigationFor(true, { type: 'park', id: 'p1', role: 'park_admin' }).map((item) => [item.id, item]));
    expect(park['park-analysis']).toMatchObject({ path: '/park/analysis', label: 'nav.parkAnalysis' });
    expect(park['park-pain-point-matrix']).toMatchObject({ path: '/park/pain-point-matrix', label: 'nav.parkPainPointMatrix' });
    for (const role of ['owner', 'leader', 'team_lead', 'employee'] as const)
      expect(navigationFor(true, { type: 'tenant', id: 't1', role }).map((item) => item.path)).not.toContain('/park/analysis');
  });

  it('owners and leaders answer the park’s surveys; the park administrator builds them', () => {
    const byId = (role: 'owner' | 'leader' | 'team_lead' | 'employee') =>
      Object.fromEntries(navigationFor(true, { type: 'tenant', id: 't1', role }).map((item) => [item.id, item]));
    expect(byId('owner')['surveys']).toMatchObject({ path: '/surveys', label: 'nav.surveys' });
    expect(byId('leader')['surveys']).toMatchObject({ path: '/surveys', label: 'nav.surveys' });
    expect(byId('team_lead')['surveys']).toBeUndefined();
    expect(byId('employee')['surveys']).toBeUndefined();
    const park = Object.fromEntries(navigationFor(true, { type: 'park', id: 'p1', role: 'park_admin' }).map((item) => [item.id, item]));
    expect(park['park-surveys']).toMatchObject({ path: '/park/surveys', label: 'nav.parkSurveys' });
  });

  it('every enterprise member browses showcases; owners and leaders also their own and the peer benchmark; the park administrator marks benchmarks', () => {
    for (const role of ['owner', 'leader', 'team_lead', 'employee'] as const) {
      const byId = Object.fromEntries(navigationFor(true, { type: 'tenant', id: 't1', role }).map((item) => [item.id, item]));
      expect(byId['showcases']).toMatchObject({ path: '/showcases', label: 'nav.showcases' });
      const lead = role === 'owner' || role === 'leader';
      expect(Boolean(byId['my-showcase'])).toBe(lead);
      expect(Boolean(byId['benchmarks'])).toBe(lead);
    }
    const park = Object.fromEntries(navigationFor(true, { type: 'park', id: 'p1', role: 'park_admin' }).map((item) => [item.id, item]));
    expect(park['park-showcases']).toMatchObject({ path: '/park/showcases', label: 'nav.parkShowcases' });
  });

  it('someone without any context only has their account', () => {
    expect(ids(true, null)).toEqual(['profile']);
  });
});
