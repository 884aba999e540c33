import { addDays, RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { EvidenceValues, SaveAnswersRequest } from '@xinzhi/shared-contracts';
import {
  countAssessments,
  insertAssessment,
  markSubmitted,
  setStepAssignment,
  upsertItemAnswer,
  upsertSceneAnswer,
} from '../assessment.data';
import { scoreStoredAssessment } from '../assessment-jobs';
import { frameworkDefinition } from '../frameworks';
import { currentFrameworkId } from '../frameworks.data';
import { answerProblems } from '../scoring';

/** The MIIT 2024 SME digitalisation-level table: every demo enterprise is assessed with it. */
const MIIT_KEY = 'miit-sme-dl';

/**
 * One demo assessment: the options chosen per question as letters (`bc` = options b and c; `a` is
 * "none" / the lowest band), each scene's level, and when it was submitted (days before today).
 */
interface DemoAssessment {
  daysAgo: number;
  items: Record<string, string>;
  scenes: Record<string, number>;
  /** Evidence numbers given with some questions (they agree with the option chosen). */
  evidence?: Record<string, EvidenceValues>;
  /** Steps the owner had assigned (by person's email prefix), shown on the record. */
  assigned?: Record<string, string>;
}

/**
 * Answer sets shaped by each enterprise's profile. Acme, a small discrete machining shop, took the
 * questionnaire half a year ago and again now (networking, MES and data-security work in between);
 * Brightchem, a medium coatings plant with EHS and quality systems, is the most advanced; Cloudway,
 * a micro logistics service firm, has few production devices and answers through the manufacturing
 * table like every industry; Delta Foods has the points of level 2 but too few scenes at level 2.
 */
const DEMO: Record<string, DemoAssessment[]> = {
  acme: [
    {
      daysAgo: 196,
      items: {
        q1: 'b',
        q2: 'c',
        q3: 'b',
        q4: 'gn',
        q5: 'b',
        q6: 'b',
        q7: 'a',
        q8: 'c',
        q9: 'b',
        q10: 'b',
        q11: 'a',
        q12: 'b',
        q13: 'b',
        q14: 'c',
        q15: 'b',
      },
      scenes: {
        product_design: 1,
        process_design: 1,
        marketing: 1,
        after_sales: 0,
        scheduling: 1,
        production_control: 1,
        quality: 2,
        equipment: 1,
        safety: 0,
        energy: 0,
        purchasing: 1,
        warehousing: 1,
        finance: 2,
        hr: 1,
        office: 1,
        decision: 0,
      },
    },
    {
      daysAgo: 12,
      items: {
        q1: 'bc',
        q2: 'd',
        q3: 'c',
        q4: 'fghin',
        q5: 'c',
        q6: 'bc',
        q7: 'bc',
        q8: 'd',
        q9: 'bc',
        q10: 'bd',
        q11: 'b',
        q12: 'c',
        q13: 'c',
        q14: 'c',
        q15: 'b',
      },
      scenes: {
        product_design: 2,
        process_design: 1,
        marketing: 2,
        after_sales: 1,
        scheduling: 2,
        production_control: 2,
        quality: 3,
        equipment: 2,
        safety: 1,
        energy: 1,
        purchasing: 2,
        warehousing: 2,
        finance: 3,
        hr: 1,
        office: 2,
        decision: 1,
      },
      // 52 of 100 devices digitised, 35 networked: the (40 %, 60 %] and (20 %, 40 %] bands.
      evidence: { q2: { devices_total: 100, devices_digitised: 52 }, q3: { devices_total: 100, devices_networked: 35 } },
      assigned: { production: 'lead', supply_chain: 'zhao.lei' },
    },
  ],
  brightchem: [
    {
      daysAgo: 30,
      items: {
        q1: 'bce',
        q2: 'e',
        q3: 'd',
        q4: 'fghijklmn',
        q5: 'd',
        q6: 'bcd',
        q7: 'bce',
        q8: 'e',
        q9: 'bcd',
        q10: 'bcd',
        q11: 'b',
        q12: 'c',
        q13: 'c',
        q14: 'b',
        q15: 'c',
      },
      scenes: {
        product_design: 2,
        process_design: 3,
        marketing: 2,
        after_sales: 2,
        scheduling: 3,
        production_control: 3,
        quality: 4,
        equipment: 3,
        safety: 4,
        energy: 3,
        purchasing: 3,
        warehousing: 3,
        finance: 3,
        hr: 2,
        office: 3,
        decision: 2,
      },
      evidence: { q2: { devices_total: 80, devices_digitised: 64 }, q3: { devices_total: 80, devices_networked: 44 } },
      assigned: { production: 'lead' },
    },
  ],
  cloudway: [
    {
      daysAgo: 45,
      items: {
        q1: 'c',
        q2: 'a',
        q3: 'a',
        q4: 'demn',
        q5: 'c',
        q6: 'bc',
        q7: 'c',
        q8: 'd',
        q9: 'c',
        q10: 'b',
        q11: 'c',
        q12: 'b',
        q13: 'b',
        q14: 'c',
        q15: 'b',
      },
      scenes: {
        product_design: 0,
        process_design: 0,
        marketing: 2,
        after_sales: 2,
        scheduling: 2,
        production_control: 0,
        quality: 1,
        equipment: 0,
        safety: 1,
        energy: 0,
        purchasing: 1,
        warehousing: 3,
        finance: 2,
        hr: 1,
        office: 2,
        decision: 1,
      },
    },
  ],
  delta: [
    {
      daysAgo: 60,
      items: {
        q1: 'bc',
        q2: 'c',
        q3: 'c',
        q4: 'ghkn',
        q5: 'c',
        q6: 'bc',
        q7: 'b',
        q8: 'c',
        q9: 'bd',
        q10: 'd',
        q11: 'b',
        q12: 'b',
        q13: 'c',
        q14: 'b',
        q15: 'b',
      },
      scenes: {
        product_design: 1,
        process_design: 1,
        marketing: 1,
        after_sales: 0,
        scheduling: 1,
        production_control: 2,
        quality: 3,
        equipment: 1,
        safety: 2,
        energy: 2,
        purchasing: 1,
        warehousing: 1,
        finance: 2,
        hr: 1,
        office: 1,
        decision: 0,
      },
    },
  ],
};

/** A moment of a business day in the demo's history (08:00 UTC: the same calendar day from UTC−8 to UTC+15). */
const at = (day: string, minutes = 0) => new Date(Date.parse(`${day}T08:00:00Z`) + minutes * 60_000);

/**
 * Scored MIIT assessments for a demo enterprise (Acme also an earlier, lower one, so the comparison
 * shows progress). Answers are stored as a person would have given them, submitted on days counted
 * back from the seed's business day, and scored with the same function the worker's job runs.
 * Does nothing when the enterprise already has assessments, or has no demo answers.
 */
export async function seedDemoAssessments(
  tx: TransactionRunner,
  tenantId: string,
  key: string,
  userIds: Record<string, string>,
  /** The business calendar's day (the seed's Clock). */
  today: string,
  /** Whose demo answers to give (another demo enterprise's, for generated ones); the tenant's own key unless given. */
  profile: string = key,
): Promise<{ assessments: number; levels: number[] } | null> {
  const specs = DEMO[profile];
  if (!specs) return null;
  const person = (prefix: string) => userIds[`${prefix}@${key}.xinzhi.test`] ?? null;
  const leader = person('leader') ?? person('owner');
  return tx.runAs(RequestContext.forTenant(tenantId, 'seed'), async (m) => {
    if ((await countAssessments(m)) > 0) return null;
    const frameworkId = await currentFrameworkId(m, MIIT_KEY);
    if (!frameworkId) throw new Error(`the ${MIIT_KEY} framework is not published: run the migrate step before the seed`);
    const def = await frameworkDefinition(m, frameworkId);
    if (!def) throw new Error(`framework ${frameworkId} is missing`);
    const itemStep = new Map(def.dimensions.flatMap((d) => d.items.map((item) => [item.id, d.id] as const)));
    const sceneStep = new Map(def.scenes.map((s) => [s.id, s.group] as const));
    const levels: number[] = [];
    for (const spec of specs) {
      const answers: Required<SaveAnswersRequest> = {
        items: Object.entries(spec.items).map(([itemId, letters]) => ({
          itemId,
          optionIds: [...letters].map((letter) => `${itemId}-${letter}`),
          ...(spec.evidence?.[itemId] ? { evidence: spec.evidence[itemId] } : {}),
        })),
        scenes: Object.entries(spec.scenes).map(([sceneId, level]) => ({ sceneId, level })),
      };
      // The demo's answers pass the same checks as anyone's.
      const problems = answerProblems(def, answers);
      if (problems.length)
        throw new Error(
          `demo answers of ${key} do not fit ${def.key} ${def.version}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
        );
      const assessedOn = addDays(today, -spec.daysAgo);
      const startedOn = addDays(assessedOn, -9);
      const id = await insertAssessment(m, {
        frameworkId,
        title: `${def.name['zh-CN']} ${assessedOn.slice(0, 7)}`,
        createdBy: leader,
        createdAt: at(startedOn),
      });
      const assignee = new Map<string, string>();
      for (const [stepId, prefix] of Object.entries(spec.assigned ?? {})) {
        const userId = person(prefix);
        if (!userId) continue;
        await setStepAssignment(m, id, stepId, userId, leader);
        assignee.set(stepId, userId);
      }
      const answeredBy = (step: string | undefined) => (step && assignee.get(step)) || leader;
      for (const [n, answer] of answers.items.entries()) {
        await upsertItemAnswer(m, id, {
          itemId: answer.itemId,
          optionIds: answer.optionIds,
          evidence: answer.evidence ?? null,
          by: answeredBy(itemStep.get(answer.itemId)),
          at: at(addDays(startedOn, 1 + (n % 5))),
        });
      }
      for (const [n, { sceneId, level }] of answers.scenes.entries()) {
        await upsertSceneAnswer(m, id, { sceneId, level, by: answeredBy(sceneStep.get(sceneId)), at: at(addDays(startedOn, 3 + (n % 5))) });
      }
      await markSubmitted(m, id, leader, assessedOn, at(assessedOn));
      const result = await scoreStoredAssessment(m, id, at(assessedOn, 1));
      if (result) levels.push(result.level);
    }
    return { assessments: specs.length, levels };
  });
}
