import { RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { LeadershipRole, ProjectPhase } from '@xinzhi/shared-contracts';
import { findProjectByName, insertDemoProject, insertLeadershipMember } from '../projects.data';
import { demoTeams, insertTeam, replaceTeamMembers } from '../teams.data';

export interface DemoTeamSpec {
  name: string;
  mission: string;
  lead: string;
  members: string[];
}
export interface DemoProjectSpec {
  tenantId: string;
  name: string;
  goal: string;
  phase: ProjectPhase;
  /** Days from today. */
  startInDays: number;
  targetInDays: number;
  leadership: Array<[email: string, role: LeadershipRole]>;
  teams: DemoTeamSpec[];
}

export interface SeededProject {
  projectId: string;
  startDate: string;
  teams: Array<{ id: string; leadUserId: string | null; memberUserIds: string[] }>;
}

const day = (offset: number) => new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);

/** Creates a demo project with its leadership group and teams, unless the tenant already has it. */
export async function seedDemoProject(
  tx: TransactionRunner,
  spec: DemoProjectSpec,
  userIds: Record<string, string>,
): Promise<SeededProject> {
  return tx.runAs(RequestContext.forTenant(spec.tenantId, 'seed'), async (m) => {
    const found = await findProjectByName(m, spec.name);
    let projectId = found?.id;
    let startDate = found?.start_date;
    if (!projectId) {
      startDate = day(spec.startInDays);
      projectId = await insertDemoProject(m, {
        name: spec.name,
        goal: spec.goal,
        phase: spec.phase,
        startDate,
        targetDate: day(spec.targetInDays),
      });
      for (const [email, role] of spec.leadership) {
        await insertLeadershipMember(m, projectId, userIds[email], role);
      }
      for (const team of spec.teams) {
        const id = await insertTeam(m, projectId, { name: team.name, mission: team.mission, leadUserId: userIds[team.lead] });
        const members = [...new Set([team.lead, ...team.members])].map((e) => userIds[e]);
        await replaceTeamMembers(m, id, members);
      }
    }
    return { projectId, startDate: startDate as string, teams: await demoTeams(m, projectId) };
  });
}

type Spec = Omit<DemoProjectSpec, 'tenantId'>;

/** One running transformation project per demo enterprise (keys match the identity demo's tenants). */
export const DEMO_PROJECTS: Record<string, Spec> = {
  acme: {
    name: '2026 智能制造数字化转型',
    goal: '设备联网率从 35% 提升到 80%，订单交付周期缩短 30%，不良率降到 1% 以下。',
    phase: 'implement',
    startInDays: -120,
    targetInDays: 240,
    leadership: [
      ['owner@acme.xinzhi.test', 'chair'],
      ['leader@acme.xinzhi.test', 'vice_chair'],
      ['zhou.qiang@acme.xinzhi.test', 'secretary'],
      ['lead@acme.xinzhi.test', 'member'],
    ],
    teams: [
      {
        name: '设备联网与 MES 项目组',
        mission: '把机床接入网络，上线 MES，让生产数据实时可见。',
        lead: 'lead@acme.xinzhi.test',
        members: ['employee@acme.xinzhi.test', 'zheng.hao@acme.xinzhi.test', 'zhou.qiang@acme.xinzhi.test'],
      },
      {
        name: '订单到交付项目组',
        mission: '打通销售、采购与生产计划。',
        lead: 'zhou.qiang@acme.xinzhi.test',
        members: ['sun.li@acme.xinzhi.test', 'zhao.lei@acme.xinzhi.test', 'employee@acme.xinzhi.test'],
      },
      {
        name: '业财与人才项目组',
        mission: '业财一体化与数字技能培训。',
        lead: 'leader@acme.xinzhi.test',
        members: ['wu.min@acme.xinzhi.test', 'liu.yang@acme.xinzhi.test'],
      },
    ],
  },
  brightchem: {
    name: '流程工业数字化升级',
    goal: '批次质量可追溯，单位产品能耗下降 12%，安全隐患在线闭环。',
    phase: 'plan',
    startInDays: -75,
    targetInDays: 300,
    leadership: [
      ['owner@brightchem.xinzhi.test', 'chair'],
      ['leader@brightchem.xinzhi.test', 'vice_chair'],
      ['hu.bin@brightchem.xinzhi.test', 'member'],
    ],
    teams: [
      {
        name: '质量追溯项目组',
        mission: '从原料到成品的批次追溯。',
        lead: 'lead@brightchem.xinzhi.test',
        members: ['employee@brightchem.xinzhi.test', 'gao.fei@brightchem.xinzhi.test', 'deng.chao@brightchem.xinzhi.test'],
      },
      {
        name: '能源与安全项目组',
        mission: '能耗监测与安全隐患闭环。',
        lead: 'hu.bin@brightchem.xinzhi.test',
        members: ['luo.jie@brightchem.xinzhi.test', 'deng.chao@brightchem.xinzhi.test'],
      },
      {
        name: '客户与仓储项目组',
        mission: '订单、仓储与客户服务在线化。',
        lead: 'leader@brightchem.xinzhi.test',
        members: ['xu.ying@brightchem.xinzhi.test', 'luo.jie@brightchem.xinzhi.test'],
      },
    ],
  },
  cloudway: {
    name: '智慧物流服务平台',
    goal: '调度自动化，准时交付率达到 98%。',
    phase: 'implement',
    startInDays: -90,
    targetInDays: 180,
    leadership: [
      ['owner@cloudway.xinzhi.test', 'chair'],
      ['feng.kai@cloudway.xinzhi.test', 'secretary'],
    ],
    teams: [
      {
        name: '调度与运输项目组',
        mission: '运输路线与调度优化。',
        lead: 'owner@cloudway.xinzhi.test',
        members: ['employee@cloudway.xinzhi.test', 'feng.kai@cloudway.xinzhi.test'],
      },
      {
        name: '客户服务项目组',
        mission: '服务工单与客户自助查询。',
        lead: 'owner@cloudway.xinzhi.test',
        members: ['cao.xue@cloudway.xinzhi.test', 'feng.kai@cloudway.xinzhi.test'],
      },
    ],
  },
  delta: {
    name: '食品安全与数字工厂',
    goal: '食品安全全程追溯，设备综合效率提升 15%。',
    phase: 'diagnose',
    startInDays: -45,
    targetInDays: 320,
    leadership: [
      ['owner@delta.xinzhi.test', 'chair'],
      ['employee@delta.xinzhi.test', 'secretary'],
    ],
    teams: [
      {
        name: '食品安全追溯项目组',
        mission: '原料、生产与冷链追溯。',
        lead: 'owner@delta.xinzhi.test',
        members: ['employee@delta.xinzhi.test', 'pan.tao@delta.xinzhi.test'],
      },
      {
        name: '销售与渠道项目组',
        mission: '渠道订单与需求预测。',
        lead: 'owner@delta.xinzhi.test',
        members: ['tang.yu@delta.xinzhi.test', 'pan.tao@delta.xinzhi.test'],
      },
    ],
  },
};
