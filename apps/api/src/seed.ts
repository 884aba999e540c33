import 'reflect-metadata';
import { seedDemoAssessments } from '@xinzhi/server-assessment';
import { Clock, exitOnStartupError, loadConfig } from '@xinzhi/server-core';
import { connectDataSource, eachTenant, TransactionRunner } from '@xinzhi/server-db';
import { DEMO_PASSWORD, ensureDemoTenant, hashPassword, seedDemoIdentity } from '@xinzhi/server-identity';
import { seedDemoIncentives } from '@xinzhi/server-incentives';
import { seedDemoKpis } from '@xinzhi/server-kpis';
import { notifyOverdue } from '@xinzhi/server-notifications';
import { DEMO_PROJECTS, seedDemoProject } from '@xinzhi/server-projects';
import { demoParkTenants, seedDemoShowcases } from '@xinzhi/server-park';
import { seedDemoAdoptions, seedDemoSolutions, seedDemoTenantPainPoints } from '@xinzhi/server-solutions';
import { seedDemoSurveys } from '@xinzhi/server-surveys';
import { seedDemoTasks } from '@xinzhi/server-tasks';

/** Tasks per demo project: enough for every status, area and technology to show. */
const DEMO_TASKS_PER_PROJECT = 36;
/** Tasks per project of the park's generated enterprises (smaller; they fill the park's pages). */
const PARK_DEMO_TASKS_PER_PROJECT = 16;

/** `node dist/apps/api/seed.js`: loads the demo park (idempotent; `npm start` runs it on every start). */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => process.stdout.write(`[seed] ${line}\n`);
  const clock = Clock.fromConfig(config);
  const owner = await connectDataSource(
    { url: config.databaseOwnerUrl, applicationName: 'xinzhi-seed-owner', poolSize: 1, timeZone: config.appTimeZone },
    'DATABASE_OWNER_URL',
  );
  const app = await connectDataSource({
    url: config.databaseUrl,
    applicationName: 'xinzhi-seed',
    poolSize: 2,
    timeZone: config.appTimeZone,
  });
  try {
    const tx = new TransactionRunner(app);
    const directory = await seedDemoIdentity(owner, tx, log);
    let seed = 7;
    for (const [key, spec] of Object.entries(DEMO_PROJECTS)) {
      const tenant = directory.tenants[key];
      const userIds = Object.fromEntries(Object.entries(tenant.people).map(([email, p]) => [email, p.userId]));
      const project = await seedDemoProject(tx, { ...spec, tenantId: tenant.id }, userIds);
      const featured = ['employee', 'lead'].map((r) => userIds[`${r}@${key}.xinzhi.test`]).filter(Boolean);
      const added = await seedDemoTasks(
        tx,
        {
          tenantId: tenant.id,
          projectId: project.projectId,
          startDate: project.startDate,
          teams: project.teams,
          people: Object.values(userIds),
          featured,
          seed: seed++,
          today: clock.today(),
        },
        DEMO_TASKS_PER_PROJECT,
      );
      if (added) log(`project “${spec.name}”: ${project.teams.length} teams, ${added} tasks`);
      const kpis = await seedDemoKpis(tx, tenant.id, project.projectId, key, (prefix) => userIds[`${prefix}@${key}.xinzhi.test`] ?? null);
      if (kpis) log(`project “${spec.name}”: ${kpis} KPIs with six months of readings`);
      const incentives = await seedDemoIncentives(tx, tenant.id, project.projectId, key, userIds, clock.today());
      if (incentives)
        log(`${key}: ${incentives.schemes} incentive schemes, ${incentives.awards} awards, ${incentives.training} training records`);
      const assessments = await seedDemoAssessments(tx, tenant.id, key, userIds, clock.today());
      if (assessments) log(`${key}: ${assessments.assessments} scored maturity assessment(s), levels ${assessments.levels.join(' → ')}`);
    }
    const catalog = await seedDemoSolutions(tx, directory);
    if (catalog.solutions || catalog.painPoints) log(`${catalog.solutions} catalog solutions, ${catalog.painPoints} pain points`);
    const adoptions = await seedDemoAdoptions(tx, directory, clock.today());
    if (adoptions) log(`${adoptions} solutions adopted into demo projects`);
    // The demo park's generated enterprises (about twenty, deterministic), each with a project, tasks,
    // KPIs with readings, a scored assessment and open pain points; the worker's sweep rolls them up.
    const parkDemo = await seedParkDemoTenants(tx, directory.parks.demo, clock.today(), log);
    if (parkDemo) log(`${parkDemo} generated park enterprises completed`);
    // After every demo that adds tenants to the park: the closed survey is answered by all of them.
    const surveys = await seedDemoSurveys(tx, directory.parks, clock.today());
    if (surveys.surveys || surveys.responses) log(`${surveys.surveys} park surveys, ${surveys.responses} survey responses`);
    if (await seedDemoShowcases(tx, directory)) log('a demo showcase, marked as a benchmark by the park');
    // This morning's overdue notices, so the bell shows them on first start (idempotent per day).
    const { results } = await eachTenant(tx, 'seed', (m) => notifyOverdue(m, clock.today()));
    const notices = results.reduce((sum, r) => sum + r.value, 0);
    if (notices) log(`${notices} overdue-task notifications`);
    log('demo park ready');
  } finally {
    await Promise.all([owner.destroy(), app.destroy()]);
  }
}

/** The generated enterprises of the demo park through each feature's demo path; returns how many got new rows. */
async function seedParkDemoTenants(tx: TransactionRunner, parkId: string, today: string, log: (line: string) => void): Promise<number> {
  const hash = await hashPassword(DEMO_PASSWORD);
  let added = 0;
  for (const t of demoParkTenants()) {
    const entry = await ensureDemoTenant(tx, parkId, t, hash, log);
    const userIds = Object.fromEntries(Object.entries(entry.people).map(([email, p]) => [email, p.userId]));
    const [owner, leader] = [`owner@${t.key}.xinzhi.test`, `leader@${t.key}.xinzhi.test`];
    const project = await seedDemoProject(
      tx,
      {
        ...t.project,
        tenantId: entry.id,
        leadership: [
          [owner, 'chair'],
          [leader, 'vice_chair'],
        ],
        teams: [{ name: '数字化项目组', mission: t.project.goal, lead: leader, members: [owner] }],
      },
      userIds,
    );
    const tasks = await seedDemoTasks(
      tx,
      {
        tenantId: entry.id,
        projectId: project.projectId,
        startDate: project.startDate,
        teams: project.teams,
        people: Object.values(userIds),
        featured: [],
        seed: t.taskSeed,
        today,
      },
      PARK_DEMO_TASKS_PER_PROJECT,
    );
    await seedDemoKpis(tx, entry.id, project.projectId, t.key, (prefix) => userIds[`${prefix}@${t.key}.xinzhi.test`] ?? null, t.profile);
    await seedDemoAssessments(tx, entry.id, t.key, userIds, today, t.profile);
    await seedDemoTenantPainPoints(tx, entry.id, userIds[owner] ?? null, t.painPoints);
    if (tasks) added++;
  }
  return added;
}

main().catch((error) => exitOnStartupError('seed', error));
