import { RequestContext } from '@xinzhi/server-core';
import { markProjectChanged, TransactionRunner } from '@xinzhi/server-db';
import { BusinessArea, TaskEvent, TaskStatus, TechnologyType } from '@xinzhi/shared-contracts';
import { insertDemoEvent } from '../task-events.data';
import { countTasks, insertDemoTask } from '../tasks.data';

type T = [title: string, area: BusinessArea, tech: TechnologyType, weight: number];

/**
 * Process-improvement tasks: each technology type (big data, cloud, AI, IoT, convergence) applied to
 * the business areas (procurement, R&D, production, logistics, sales, service, finance, HR,
 * management). Each demo project takes a selection.
 */
const POOL: T[] = [
  ['设备联网改造', 'production', 'internet_of_things', 5],
  ['车间数据采集网关', 'production', 'internet_of_things', 3],
  ['MES 制造执行系统上线', 'production', 'cloud_computing', 8],
  ['AI 视觉缺陷检测试点', 'production', 'artificial_intelligence', 5],
  ['设备预测性维护模型', 'production', 'artificial_intelligence', 4],
  ['能耗在线监测', 'production', 'internet_of_things', 3],
  ['生产排程优化', 'production', 'big_data', 4],
  ['电子作业指导书', 'production', 'technology_convergence', 2],
  ['供应商协同门户', 'procurement', 'cloud_computing', 3],
  ['采购价格大数据分析', 'procurement', 'big_data', 2],
  ['电子招投标', 'procurement', 'cloud_computing', 2],
  ['三维设计与 PLM 上云', 'rnd_design', 'cloud_computing', 5],
  ['工艺知识库', 'rnd_design', 'big_data', 3],
  ['仿真驱动的设计验证', 'rnd_design', 'technology_convergence', 4],
  ['条码与 RFID 仓储', 'warehousing_logistics', 'internet_of_things', 4],
  ['WMS 仓储管理系统', 'warehousing_logistics', 'cloud_computing', 5],
  ['运输路线优化', 'warehousing_logistics', 'artificial_intelligence', 3],
  ['库存周转看板', 'warehousing_logistics', 'big_data', 2],
  ['云 CRM 客户管理', 'sales_marketing', 'cloud_computing', 3],
  ['需求预测模型', 'sales_marketing', 'big_data', 4],
  ['线上订单直连', 'sales_marketing', 'technology_convergence', 3],
  ['数字化营销线索', 'sales_marketing', 'big_data', 2],
  ['售后服务工单系统', 'service', 'cloud_computing', 3],
  ['远程运维服务', 'service', 'internet_of_things', 4],
  ['智能客服问答', 'service', 'artificial_intelligence', 2],
  ['业财一体化', 'finance', 'technology_convergence', 5],
  ['电子报销与发票', 'finance', 'cloud_computing', 2],
  ['成本核算到工单', 'finance', 'big_data', 3],
  ['数字技能培训计划', 'hr', 'technology_convergence', 2],
  ['在线学习平台', 'hr', 'cloud_computing', 2],
  ['绩效与激励数字化', 'hr', 'big_data', 2],
  ['经营驾驶舱', 'management', 'big_data', 3],
  ['数据治理与主数据', 'management', 'big_data', 4],
  ['网络与数据安全加固', 'management', 'cloud_computing', 3],
  ['协同办公上云', 'management', 'cloud_computing', 1],
  ['数字化水平复评', 'management', 'technology_convergence', 1],
];

/** A small deterministic generator, so every start makes the same demo. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86400_000).toISOString().slice(0, 10);

type HistoryEntry = [day: string, hour: number, kind: 'status' | 'progress', changes: NonNullable<TaskEvent['changes']>];

/**
 * The dated changes behind a demo task's current state, in the form the API records them
 * (`[before, after]` per field): started a few days after its start date, progress on the way,
 * then done on its due date (or today), blocked, or cancelled. No date is later than today.
 */
export function demoHistory(
  status: TaskStatus,
  percent: number,
  start: string,
  due: string,
  today: string,
  rand: () => number,
): HistoryEntry[] {
  const cap = (day: string) => (day < today ? day : today);
  if (status === 'todo') return [];
  const begun = cap(addDays(new Date(`${start}T00:00:00Z`), 2 + Math.floor(rand() * 5)));
  if (status === 'cancelled') return [[begun, 10, 'status', { status: ['todo', 'cancelled'] }]];
  const first = status === 'done' ? 30 + Math.floor(rand() * 4) * 10 : Math.max(10, percent - 20);
  const history: HistoryEntry[] = [[begun, 10, 'status', { status: ['todo', 'in_progress'], percentDone: [0, first] }]];
  if (status === 'done') {
    history.push([cap(due), 17, 'status', { status: ['in_progress', 'done'], percentDone: [first, 100] }]);
  } else {
    // Halfway between starting and today, the task reached its current percent.
    const days = Math.max(0, Math.round((Date.parse(today) - Date.parse(begun)) / 86400_000 / 2));
    const midway = cap(addDays(new Date(`${begun}T00:00:00Z`), days));
    if (percent !== first) history.push([midway, 15, 'progress', { percentDone: [first, percent] }]);
    if (status === 'blocked') history.push([midway, 16, 'status', { status: ['in_progress', 'blocked'] }]);
  }
  return history;
}

export interface DemoProjectRef {
  tenantId: string;
  projectId: string;
  startDate: string;
  teams: Array<{ id: string; leadUserId: string | null; memberUserIds: string[] }>;
  people: string[];
  /** Demo accounts that must have tasks of every status (the employee's "My tasks"). */
  featured: string[];
  seed: number;
  /** The business calendar's day (the seed's Clock): no demo date is later than it. */
  today: string;
}

/** Adds 32+ tasks in every status to a demo project that has none yet. */
export async function seedDemoTasks(tx: TransactionRunner, ref: DemoProjectRef, count: number): Promise<number> {
  return tx.runAs(RequestContext.forTenant(ref.tenantId, 'seed'), async (m) => {
    if ((await countTasks(m, ref.projectId)) > 0) return 0;
    const rand = prng(ref.seed);
    const start = new Date(`${ref.startDate}T00:00:00Z`);
    const today = ref.today;
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const [title, area, tech, weight] = POOL[(i + ref.seed) % POOL.length];
      const team = ref.teams[i % ref.teams.length];
      // Featured accounts get the first tasks of each team so they see every status.
      const assignee =
        i < ref.featured.length * 5
          ? ref.featured[i % ref.featured.length]
          : (team.memberUserIds[Math.floor(rand() * team.memberUserIds.length)] ?? ref.people[i % ref.people.length]);
      const startOffset = Math.floor(rand() * 120);
      const taskStart = addDays(start, startOffset);
      const due = addDays(start, startOffset + 20 + Math.floor(rand() * 90));
      const pastDue = due < today;
      // Earlier work is mostly finished; later work mostly open; some of the past-due work is late.
      const roll = rand();
      let status: TaskStatus;
      if (i % 11 === 7) status = 'blocked';
      else if (i % 13 === 5) status = 'cancelled';
      else if (pastDue) status = roll < 0.7 ? 'done' : 'in_progress';
      else status = roll < 0.2 ? 'done' : roll < 0.6 ? 'in_progress' : 'todo';
      const percent = status === 'done' ? 100 : status === 'in_progress' || status === 'blocked' ? 10 + Math.floor(rand() * 8) * 10 : 0;
      const dependsOn = i > 3 && i % 6 === 0 && status !== 'done' ? ids[i - 2] : null;
      const id = await insertDemoTask(m, ref.projectId, today, {
        teamId: team.id,
        title,
        description: `${title}：按项目计划推进，完成后在任务中记录成果。`,
        businessArea: area,
        technologyType: tech,
        assigneeId: assignee,
        status,
        percentDone: percent,
        weight,
        startDate: taskStart,
        dueDate: due,
        blockedReason: status === 'blocked' ? '等待供应商交付接口文档' : null,
        dependsOnId: dependsOn,
      });
      ids.push(id);
      await insertDemoEvent(m, id, 'created', assignee, null, taskStart, 9);
      // The changes that led here, dated, so the trend backfill replays a real history.
      for (const [day, hour, kind, changes] of demoHistory(status, percent, taskStart, due, today, rand)) {
        await insertDemoEvent(m, id, kind, assignee, changes, day, hour);
      }
    }
    await markProjectChanged(m, ref.projectId);
    return ids.length;
  });
}

/** The demo task pool (titles in one language: see the demo-language check in the service tests). */
export { POOL as DEMO_TASK_POOL };
