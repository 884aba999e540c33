import { teamDepartments } from './team-departments';

describe('departments a team spans', () => {
  const members = [
    { userId: 'u1', departmentId: 'd1', departmentName: '生产部' },
    { userId: 'u2', departmentId: 'd2', departmentName: 'IT 部' },
    { userId: 'u3', departmentId: 'd1', departmentName: '生产部' },
    { userId: 'u4', departmentId: null, departmentName: null },
  ];

  it('counts the lead and the members, each department once', () => {
    expect(teamDepartments(members, 'u1', ['u3'])).toEqual(['生产部']);
    expect(teamDepartments(members, 'u1', ['u2', 'u3'])).toEqual(['生产部', 'IT 部']);
    expect(teamDepartments(members, null, ['u4'])).toEqual([]);
    expect(teamDepartments(members, 'u1', ['u1'])).toEqual(['生产部']);
  });
});
