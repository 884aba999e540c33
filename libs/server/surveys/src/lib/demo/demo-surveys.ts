import { ActorContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import {
  CreateSurveyRequest,
  CreateSurveyRequestSchema,
  SURVEY_TARGET_ALL,
  surveyAnswerProblems,
  SurveyAnswers,
  surveyQuestionProblems,
} from '@xinzhi/shared-contracts';
import { insertSurvey, questionsOf, replaceQuestions, setSurveyStatus, upsertResponse } from '../surveys.data';
import {
  closeDemoSurvey,
  demoAnswererId,
  demoParkAdminId,
  demoParkTenants,
  demoRespondents,
  demoSurveyId,
  reopenDemoSurvey,
} from './demo.data';

const ctx = (over: Partial<ActorContext>): ActorContext => ({
  requestId: 'seed',
  userId: null,
  tenantId: null,
  parkId: null,
  role: null,
  platformOperator: false,
  ...over,
});

/** The paper's Figure 1: how digital transformation improves management, and the shares it found (percent). */
export const FIGURE_1_OPTIONS = ['大幅提升', '略有提升', '起决定性作用', '没有作用'] as const;
export const FIGURE_1_SHARES = [64.35, 12.93, 20.82, 1.89] as const;

const addDays = (day: string, days: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export const demoClosedSurvey = (today: string): CreateSurveyRequest => ({
  title: '企业数字化转型成效调研',
  description: '了解数字化转型对园区企业管理的作用。',
  anonymous: true,
  target: SURVEY_TARGET_ALL,
  deadline: addDays(today, -14),
  questions: [
    { kind: 'single', text: '数字化转型对企业管理的提升作用', options: [...FIGURE_1_OPTIONS], required: true },
    { kind: 'scale', text: '对园区数字化服务的满意度（1 很不满意 – 5 很满意）', required: false },
  ],
});

export const demoOpenSurvey = (today: string): CreateSurveyRequest => ({
  title: '2027 年数字化培训需求',
  description: '请企业负责人或领导小组成员填写，帮助园区安排明年的培训。',
  anonymous: false,
  target: SURVEY_TARGET_ALL,
  deadline: addDays(today, 30),
  questions: [
    {
      kind: 'multiple',
      text: '贵企业希望园区组织哪些培训？',
      options: ['工业互联网平台应用', '数据治理与分析', '智能制造产线改造', '网络与数据安全', '数字化管理与领导力'],
      required: true,
    },
    { kind: 'single', text: '每季度可安排的培训天数', options: ['不到 1 天', '1–2 天', '3 天以上'], required: true },
    { kind: 'scale', text: '数字化转型在贵企业的紧迫程度（1 不紧迫 – 5 非常紧迫）', required: true },
    { kind: 'text', text: '其他建议', required: false },
  ],
});

/**
 * How many of `n` tenants choose each option so that the shares come as close to `shares` as whole
 * tenants allow (largest remainder), then which tenant chooses what: the choices spread evenly
 * over the tenants in name order (a stride through the list), deterministic for a given `n`.
 */
export function figure1Choices(n: number): number[] {
  const total = FIGURE_1_SHARES.reduce((a, b) => a + b, 0);
  const exact = FIGURE_1_SHARES.map((s) => (s / total) * n);
  const counts = exact.map(Math.floor);
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; counts.reduce((a, b) => a + b, 0) < n; k++) counts[byRemainder[k][1]]++;
  const choices = counts.flatMap((c, option) => Array.from({ length: c }, () => option));
  // A stride coprime with n visits every position once: the rarer options land spread out, not at the end.
  let stride = 7;
  while (n > 1 && gcd(stride, n) !== 1) stride++;
  const out = new Array<number>(n);
  choices.forEach((option, i) => (out[(i * stride) % Math.max(n, 1)] = option));
  return out;
}

const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);

function checked(request: CreateSurveyRequest): CreateSurveyRequest {
  const body = CreateSurveyRequestSchema.parse(request);
  const problems = surveyQuestionProblems(body.questions);
  if (problems.length) throw new Error(`demo survey “${body.title}”: ${problems.map((p) => p.message).join('; ')}`);
  return body;
}

/**
 * The demo park's surveys, idempotently (each only when the park has no survey of that title):
 * in the first park a closed anonymous one with the paper's Figure 1 question, answered by every
 * tenant the park has at seed time in roughly the paper's shares; in both parks an open one for the
 * demo leaders to answer.
 * Written in the administrator's and each tenant's own context, as the API would.
 */
export async function seedDemoSurveys(
  tx: TransactionRunner,
  parks: { demo?: string; riverside?: string },
  today: string,
): Promise<{ surveys: number; responses: number }> {
  let surveys = 0;
  let responses = 0;
  if (parks.demo) {
    const first = await seedParkSurveys(tx, parks.demo, today, true);
    surveys += first.surveys;
    responses += first.responses;
  }
  // The second park runs its own open survey (its tenants never see the first park's).
  if (parks.riverside) surveys += (await seedParkSurveys(tx, parks.riverside, today, false)).surveys;
  return { surveys, responses };
}

async function seedParkSurveys(
  tx: TransactionRunner,
  parkId: string,
  today: string,
  withClosed: boolean,
): Promise<{ surveys: number; responses: number }> {
  let surveys = 0;
  let responses = 0;
  const userId = await tx.runAs(ctx({ parkId }), (m) => demoParkAdminId(m));
  const park = ctx({ parkId, userId, role: 'park_admin' });
  const create = (request: CreateSurveyRequest) =>
    tx.runAs(park, async (m) => {
      const body = checked(request);
      if (await demoSurveyId(m, body.title)) return null;
      const id = await insertSurvey(m, {
        title: body.title,
        description: body.description ?? '',
        anonymous: body.anonymous ?? false,
        target: body.target ?? SURVEY_TARGET_ALL,
        deadline: body.deadline,
      });
      await replaceQuestions(m, id, body.questions);
      await setSurveyStatus(m, id, 'open');
      return { id, questions: (await questionsOf(m, [id])).get(id) ?? [], tenants: await demoParkTenants(m) };
    });

  if (withClosed) {
    const request = demoClosedSurvey(today);
    const created = await create(request);
    if (created) surveys++;
    // Every enterprise the park has now answers: enterprises another demo added after an earlier seed
    // join in (the survey is opened for the moment and the shares are given out again over all of them).
    const pending = await tx.runAs(park, async (m) => {
      const id = created?.id ?? (await demoSurveyId(m, request.title));
      if (!id) return null;
      const tenants = await demoParkTenants(m);
      const answered = await demoRespondents(m, id);
      if (tenants.every((t) => answered.has(t.id))) return null;
      await reopenDemoSurvey(m, id);
      return { id, questions: (await questionsOf(m, [id])).get(id) ?? [], tenants };
    });
    if (pending) {
      const [figure1, satisfaction] = pending.questions;
      const choices = figure1Choices(pending.tenants.length);
      for (const [i, tenant] of pending.tenants.entries()) {
        const answers: SurveyAnswers = { [figure1.id]: choices[i] };
        // Most answer the optional satisfaction scale, leaning positive; every fifth leaves it out.
        if (i % 5 !== 4) answers[satisfaction.id] = [4, 5, 3, 4, 2, 5, 4][i % 7];
        const problems = surveyAnswerProblems(pending.questions, answers);
        if (problems.length) throw new Error(`demo survey answers: ${problems.map((p) => p.message).join('; ')}`);
        const answerer = await tx.runAs(ctx({ tenantId: tenant.id }), (m) => demoAnswererId(m));
        await tx.runAs(ctx({ tenantId: tenant.id, userId: answerer, role: 'leader' }), (m) => upsertResponse(m, pending.id, answers));
        responses++;
      }
      await tx.runAs(park, (m) => closeDemoSurvey(m, pending.id));
    }
  }
  if (await create(demoOpenSurvey(today))) surveys++;
  return { surveys, responses };
}
