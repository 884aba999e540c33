import { EntityManager } from 'typeorm';
import { Col, execute, Row, selectRows } from '@xinzhi/server-db';
import { Team, TeamMember } from '@xinzhi/shared-contracts';

type TeamRow = Row<'teams', 'id' | 'project_id' | 'name' | 'mission' | 'lead_user_id'> & {
  lead_name: Col<'users', 'display_name'> | null;
  /** json_agg of the members, built in the statement with the TeamMember keys. */
  members: TeamMember[];
  task_count: number;
  lead_department: { departmentId: Col<'tenant_memberships', 'department_id'>; departmentName: Col<'departments', 'name'> | null } | null;
};

const TEAMS = `
  SELECT t.id, t.project_id, t.name, t.mission, t.lead_user_id, lu.display_name AS lead_name,
    coalesce((SELECT json_agg(json_build_object('userId', tm.user_id, 'displayName', u.display_name, 'departmentId', m.department_id, 'departmentName', d.name) ORDER BY u.display_name)
                FROM team_members tm JOIN users u ON u.id = tm.user_id
                JOIN tenant_memberships m ON m.tenant_id = tm.tenant_id AND m.user_id = tm.user_id
                LEFT JOIN departments d ON d.tenant_id = m.tenant_id AND d.id = m.department_id
               WHERE tm.tenant_id = t.tenant_id AND tm.team_id = t.id), '[]'::json) AS members,
    (SELECT count(*)::int FROM tasks k WHERE k.tenant_id = t.tenant_id AND k.team_id = t.id) AS task_count,
    (SELECT json_build_object('departmentId', m.department_id, 'departmentName', d.name)
       FROM tenant_memberships m LEFT JOIN departments d ON d.tenant_id = m.tenant_id AND d.id = m.department_id
      WHERE m.tenant_id = t.tenant_id AND m.user_id = t.lead_user_id) AS lead_department
  FROM teams t LEFT JOIN users lu ON lu.id = t.lead_user_id`;

function toTeam(r: TeamRow): Team {
  const departments = new Map<string, string>();
  for (const m of r.members) if (m.departmentId) departments.set(m.departmentId, m.departmentName ?? '');
  if (r.lead_department?.departmentId) departments.set(r.lead_department.departmentId, r.lead_department.departmentName ?? '');
  return {
    id: r.id,
    projectId: r.project_id,
    name: r.name,
    mission: r.mission,
    leadUserId: r.lead_user_id,
    leadName: r.lead_name,
    members: r.members,
    departments: [...departments].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    crossDepartment: departments.size >= 2,
    taskCount: r.task_count,
  };
}

/** The teams of one project, with members and the departments they span. */
export async function listTeams(m: EntityManager, projectId: string): Promise<Team[]> {
  const rows = await selectRows<TeamRow>(m, `${TEAMS} WHERE t.project_id = $1 ORDER BY t.name`, [projectId]);
  return rows.map(toTeam);
}

export async function findTeam(m: EntityManager, id: string): Promise<Team | null> {
  const [row] = await selectRows<TeamRow>(m, `${TEAMS} WHERE t.id = $1`, [id]);
  return row ? toTeam(row) : null;
}

export async function projectExists(m: EntityManager, projectId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM projects WHERE id = $1', [projectId])).length > 0;
}

/** Adds a team (without members); returns its id. */
export async function insertTeam(
  m: EntityManager,
  projectId: string,
  team: { name: string; mission: string; leadUserId: string | null },
): Promise<string> {
  const c: Row<'teams', 'name' | 'mission' | 'lead_user_id'> = { name: team.name, mission: team.mission, lead_user_id: team.leadUserId };
  const [row] = await selectRows<Row<'teams', 'id'>>(
    m,
    `INSERT INTO teams (tenant_id, project_id, name, mission, lead_user_id) VALUES (app_tenant_id(), $1, $2, $3, $4) RETURNING id`,
    [projectId, c.name, c.mission, c.lead_user_id],
  );
  return row.id;
}

/** Changes what is given: null keeps name and mission; `leadUserId` undefined keeps the lead, null removes it. */
export async function updateTeam(
  m: EntityManager,
  id: string,
  u: { name: string | null; mission: string | null; leadUserId: string | null | undefined },
): Promise<void> {
  await execute(
    m,
    `UPDATE teams SET name = coalesce($2, name), mission = coalesce($3, mission),
            lead_user_id = CASE WHEN $4 THEN $5::uuid ELSE lead_user_id END, updated_at = now() WHERE id = $1`,
    [id, u.name, u.mission, u.leadUserId !== undefined, u.leadUserId ?? null],
  );
}

/** Replaces the members of a team. */
export async function replaceTeamMembers(m: EntityManager, teamId: string, userIds: readonly string[]): Promise<void> {
  await execute(m, 'DELETE FROM team_members WHERE team_id = $1', [teamId]);
  await execute(m, `INSERT INTO team_members (tenant_id, team_id, user_id) SELECT app_tenant_id(), $1, unnest($2::uuid[])`, [
    teamId,
    userIds,
  ]);
}

export async function deleteTeam(m: EntityManager, id: string): Promise<void> {
  await execute(m, 'DELETE FROM teams WHERE id = $1', [id]);
}

// The demo park's teams (demo/demo-projects.ts).

/** The project's teams with their lead and members (by user id), by name. */
export async function demoTeams(
  m: EntityManager,
  projectId: string,
): Promise<Array<{ id: string; leadUserId: string | null; memberUserIds: string[] }>> {
  const rows = await selectRows<Row<'teams', 'id' | 'lead_user_id'> & { members: Array<Col<'team_members', 'user_id'>> }>(
    m,
    `SELECT t.id, t.lead_user_id, array(SELECT user_id FROM team_members tm WHERE tm.team_id = t.id ORDER BY user_id) AS members
       FROM teams t WHERE t.project_id = $1 ORDER BY t.name`,
    [projectId],
  );
  return rows.map((t) => ({ id: t.id, leadUserId: t.lead_user_id, memberUserIds: t.members }));
}
