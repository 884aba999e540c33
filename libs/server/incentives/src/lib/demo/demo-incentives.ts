import { RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { IncentiveKind, IncentiveTrigger, SkillTag, TechnologyType } from '@xinzhi/shared-contracts';
import { evaluateIncentives } from '../evaluate';
import { countAwards, countSchemes, insertDemoScheme, projectStartDate, writeDemoAwardHistory } from '../incentives.data';
import { insertDemoTraining } from '../training.data';

type SchemeSpec = [
  name: string,
  description: string,
  kind: IncentiveKind,
  trigger: IncentiveTrigger,
  amount: number,
  scaleByWeight: boolean,
  technologyTypes: TechnologyType[],
  projectScoped: boolean,
  cap: number | null,
];

/** Budget caps in yuan of each demo enterprise's task bonus (small enough that Acme's is nearly used up). */
const BONUS_CAP: Record<string, number> = { acme: 3000, brightchem: 16000, cloudway: 3000, delta: 5000 };

const schemes = (key: string): SchemeSpec[] => [
  ['数字化任务奖金', '完成转型任务按任务权重计发奖金。', 'bonus', 'task_done', 200, true, [], false, BONUS_CAP[key] ?? 5000],
  [
    '智能化积分',
    '人工智能与物联网任务完成后计积分，可兑换培训。',
    'points',
    'task_done',
    10,
    true,
    ['artificial_intelligence', 'internet_of_things'],
    false,
    null,
  ],
  ['KPI 达标绩效奖', 'KPI 达到目标值时奖励 KPI 负责人及其团队。', 'performance', 'kpi_target_reached', 1000, false, [], true, 20000],
];

type Course = [course: string, provider: string, hours: number, skills: SkillTag[]];

/** Courses of the demo learning organisation; security and industrial software stay thin on purpose. */
const COURSES: Course[] = [
  ['Python 数据分析实战', '苏州工业园区服务外包职业学院', 24, ['data_analysis']],
  ['工业互联网平台应用', '中国信通院', 16, ['iot', 'cloud']],
  ['机器视觉质检入门', '华为云学院', 12, ['ai', 'automation']],
  ['数字化转型领导力', '江苏省中小企业发展中心', 8, ['digital_management']],
  ['PLC 与产线自动化', '西门子培训中心', 32, ['automation', 'iot']],
  ['云原生基础', '阿里云大学', 10, ['cloud']],
  ['BI 报表与可视化', '帆软学院', 6, ['data_analysis', 'digital_management']],
  ['生成式 AI 办公应用', '百度智能云', 4, ['ai']],
  ['精益数字化', '苏州市工业和信息化局', 12, ['digital_management', 'automation']],
  ['网络安全基础', '国家信息安全职业培训', 8, ['security']],
  ['MES 系统应用', '用友网络', 16, ['industrial_software']],
];

const REJECTION = '该任务由外包供应商完成，不在本奖励范围内。';

/**
 * Schemes, an award history (paid, approved, proposed and one rejected, all earned by the project's
 * real done tasks through the same rules the worker runs) and training records for every member.
 * Does nothing when the enterprise already has schemes.
 */
export async function seedDemoIncentives(
  tx: TransactionRunner,
  tenantId: string,
  projectId: string,
  key: string,
  userIds: Record<string, string>,
  /** The business calendar's day (the seed's Clock), the day the demo evaluation runs on. */
  today: string,
): Promise<{ schemes: number; awards: number; training: number } | null> {
  const ownerId = userIds[`owner@${key}.xinzhi.test`] ?? null;
  return tx.runAs(RequestContext.forTenant(tenantId, 'seed'), async (m) => {
    if ((await countSchemes(m)) > 0) return null;
    const startDate = await projectStartDate(m, projectId);
    const specs = schemes(key);
    for (const [name, description, kind, trigger, amount, scaleByWeight, technologyTypes, scoped, budgetCap] of specs) {
      await insertDemoScheme(
        m,
        {
          projectId: scoped ? projectId : null,
          name,
          description,
          kind,
          trigger,
          amount,
          scaleByWeight,
          businessAreas: [],
          technologyTypes,
          budgetCap,
          activeFrom: startDate,
          activeUntil: null,
          active: true,
        },
        ownerId,
      );
    }
    // Seeding runs on the real clock; the session's TimeZone is the business calendar's.
    await evaluateIncentives(m, projectId, today);

    // The history: paid, approved, proposed and rejected awards, decided by the owner.
    await writeDemoAwardHistory(m, ownerId, REJECTION);

    // Training: every member has one to three courses, spread over the last year.
    const people = Object.values(userIds);
    let training = 0;
    for (const [p, userId] of people.entries()) {
      const count = 1 + ((p * 7 + key.length) % 3);
      for (let c = 0; c < count; c++) {
        // Security and MES courses (the last two) go to few people.
        const index = (p * 3 + c * 5 + key.length) % (COURSES.length - 2);
        const [course, provider, hours, skills] = p === 1 && c === 0 ? COURSES[9] : p === 2 && c === 0 ? COURSES[10] : COURSES[index];
        await insertDemoTraining(
          m,
          userId,
          { course, provider, hours, skills, daysAgo: 20 + ((p * 41 + c * 67) % 330) },
          c === 0 ? userId : ownerId,
        );
        training++;
      }
    }
    return { schemes: specs.length, awards: await countAwards(m), training };
  });
}

/** The demo schemes, courses and rejection reason (texts in one language: see the demo-language check in the service tests). */
export { COURSES as DEMO_COURSES, REJECTION as DEMO_REJECTION, schemes as demoSchemes };
