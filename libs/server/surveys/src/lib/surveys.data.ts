import { EntityManager } from 'typeorm';
import { execute, Row, selectRows } from '@xinzhi/server-db';
import {
  ENTERPRISE_SCALES,
  MANUFACTURING_TYPES,
  SurveyAnswers,
  SurveyAnswersSchema,
  SurveyQuestion,
  SurveyQuestionInput,
  SurveyTarget,
} from '@xinzhi/shared-contracts';
import { z } from 'zod';

export type SurveyRow = Row<'surveys'>;

const StoredOptionsSchema = z.array(z.string());

/** Known values in the contract's order (the columns hold known values only). */
const ordered = <T extends string>(all: readonly T[], values: readonly string[]): T[] => all.filter((v) => values.includes(v));

export const targetOf = (r: SurveyRow): SurveyTarget => ({
  industrySections: [...r.target_industry_sections].sort(),
  scales: ordered(ENTERPRISE_SCALES, r.target_scales),
  regions: [...r.target_regions],
  emerging: r.target_emerging,
  manufacturingTypes: ordered(MANUFACTURING_TYPES, r.target_manufacturing_types),
});

/** Surveys the context may read, newest first: the park's own (any status), or a tenant's targeted sent ones (row security decides). */
export function listSurveyRows(m: EntityManager): Promise<SurveyRow[]> {
  return selectRows<SurveyRow>(m, 'SELECT * FROM surveys ORDER BY id DESC LIMIT 500');
}

export async function findSurveyRow(m: EntityManager, id: string, forUpdate = false): Promise<SurveyRow | null> {
  const [row] = await selectRows<SurveyRow>(m, `SELECT * FROM surveys WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return row ?? null;
}

/** The questions of the given surveys, in order, by survey id. */
export async function questionsOf(m: EntityManager, surveyIds: string[]): Promise<Map<string, SurveyQuestion[]>> {
  const rows = await selectRows<Row<'survey_questions'>>(
    m,
    'SELECT * FROM survey_questions WHERE survey_id = ANY ($1::uuid[]) ORDER BY survey_id, position',
    [surveyIds],
  );
  const out = new Map<string, SurveyQuestion[]>(surveyIds.map((id) => [id, []]));
  for (const r of rows)
    out.get(r.survey_id)?.push({
      id: r.id,
      position: r.position,
      kind: r.kind,
      text: r.text,
      options: StoredOptionsSchema.parse(r.options),
      required: r.required,
    });
  return out;
}

/** Responses to each survey (the park reads the responses to its own surveys). */
export async function responseCounts(m: EntityManager, surveyIds: string[]): Promise<Map<string, number>> {
  const rows = await selectRows<{ survey_id: string; n: number }>(
    m,
    'SELECT survey_id, count(*)::int AS n FROM survey_responses WHERE survey_id = ANY ($1::uuid[]) GROUP BY survey_id',
    [surveyIds],
  );
  return new Map(rows.map((r) => [r.survey_id, r.n]));
}

/** The park's tenants each survey's target matches now. */
export async function targetedCounts(m: EntityManager, surveyIds: string[]): Promise<Map<string, number>> {
  const rows = await selectRows<{ id: string; n: number }>(
    m,
    `SELECT s.id, count(t.id)::int AS n
       FROM surveys s
       LEFT JOIN tenants t ON t.park_id = s.park_id
        AND (cardinality(s.target_industry_sections) = 0 OR t.industry_section = ANY (s.target_industry_sections))
        AND (cardinality(s.target_scales) = 0 OR t.scale = ANY (s.target_scales))
        AND (cardinality(s.target_regions) = 0 OR t.region = ANY (s.target_regions))
        AND (s.target_emerging IS NULL OR t.emerging = s.target_emerging)
        AND (cardinality(s.target_manufacturing_types) = 0 OR t.manufacturing_type = ANY (s.target_manufacturing_types))
      WHERE s.id = ANY ($1::uuid[])
      GROUP BY s.id`,
    [surveyIds],
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}

export interface SurveyContent {
  title: string;
  description: string;
  anonymous: boolean;
  target: SurveyTarget;
  deadline: string;
}

const contentParams = (c: SurveyContent) => [
  c.title,
  c.description,
  c.anonymous,
  [...new Set(c.target.industrySections)].sort(),
  ordered(ENTERPRISE_SCALES, c.target.scales),
  [...new Set(c.target.regions)],
  c.target.emerging,
  ordered(MANUFACTURING_TYPES, c.target.manufacturingTypes),
  c.deadline,
];

/** Adds a draft survey to the acting park, created by the acting user; returns its id. */
export async function insertSurvey(m: EntityManager, c: SurveyContent): Promise<string> {
  const [row] = await selectRows<Row<'surveys', 'id'>>(
    m,
    `INSERT INTO surveys (park_id, title, description, anonymous, target_industry_sections, target_scales, target_regions,
                          target_emerging, target_manufacturing_types, deadline, created_by)
     VALUES (app_park_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, app_user_id()) RETURNING id`,
    contentParams(c),
  );
  return row.id;
}

export async function updateSurveyContent(m: EntityManager, id: string, c: SurveyContent): Promise<void> {
  await execute(
    m,
    `UPDATE surveys SET title = $2, description = $3, anonymous = $4, target_industry_sections = $5, target_scales = $6,
            target_regions = $7, target_emerging = $8, target_manufacturing_types = $9, deadline = $10, updated_at = now()
      WHERE id = $1`,
    [id, ...contentParams(c)],
  );
}

/** Replaces a survey's questions by `questions`, in their order. */
export async function replaceQuestions(m: EntityManager, surveyId: string, questions: readonly SurveyQuestionInput[]): Promise<void> {
  await execute(m, 'DELETE FROM survey_questions WHERE survey_id = $1', [surveyId]);
  if (!questions.length) return;
  await execute(
    m,
    `INSERT INTO survey_questions (park_id, survey_id, position, kind, text, options, required)
     SELECT s.park_id, s.id, q.ord - 1, q.e->>'kind', q.e->>'text', q.e->'options', (q.e->>'required')::boolean
       FROM surveys s, jsonb_array_elements($2::jsonb) WITH ORDINALITY AS q(e, ord)
      WHERE s.id = $1`,
    [
      surveyId,
      JSON.stringify(
        questions.map((q) => ({
          kind: q.kind,
          text: q.text,
          options: q.kind === 'single' || q.kind === 'multiple' ? (q.options ?? []) : [],
          required: q.required ?? true,
        })),
      ),
    ],
  );
}

export async function setSurveyStatus(m: EntityManager, id: string, status: 'open' | 'closed'): Promise<void> {
  await execute(
    m,
    status === 'open'
      ? `UPDATE surveys SET status = 'open', opened_at = now(), updated_at = now() WHERE id = $1`
      : `UPDATE surveys SET status = 'closed', closed_at = now(), updated_at = now() WHERE id = $1`,
    [id],
  );
}

export async function deleteSurvey(m: EntityManager, id: string): Promise<void> {
  await execute(m, 'DELETE FROM surveys WHERE id = $1', [id]);
}

export interface OwnResponse {
  answers: SurveyAnswers;
  updatedAt: Date;
}

/** The acting tenant's responses to the given surveys, by survey id. */
export async function ownResponses(m: EntityManager, surveyIds: string[]): Promise<Map<string, OwnResponse>> {
  const rows = await selectRows<Row<'survey_responses', 'survey_id' | 'answers' | 'updated_at'>>(
    m,
    'SELECT survey_id, answers, updated_at FROM survey_responses WHERE tenant_id = app_tenant_id() AND survey_id = ANY ($1::uuid[])',
    [surveyIds],
  );
  return new Map(rows.map((r) => [r.survey_id, { answers: SurveyAnswersSchema.parse(r.answers), updatedAt: r.updated_at }]));
}

/** Stores the acting tenant's answers to a survey, answered by the acting user; a second answer replaces the first. */
export async function upsertResponse(m: EntityManager, surveyId: string, answers: SurveyAnswers): Promise<void> {
  await execute(
    m,
    `INSERT INTO survey_responses (tenant_id, survey_id, answers, answered_by)
     VALUES (app_tenant_id(), $1, $2::jsonb, app_user_id())
     ON CONFLICT ON CONSTRAINT survey_responses_once
     DO UPDATE SET answers = EXCLUDED.answers, answered_by = EXCLUDED.answered_by, updated_at = now()`,
    [surveyId, JSON.stringify(answers)],
  );
}

export interface ResponseWithTenant {
  tenantId: string;
  tenantName: string;
  industrySection: string;
  scale: string;
  answers: SurveyAnswers;
  updatedAt: Date;
}

/** Every response to one of the park's surveys with its tenant's name and classification. */
export async function responsesOf(m: EntityManager, surveyId: string): Promise<ResponseWithTenant[]> {
  const rows = await selectRows<
    Row<'survey_responses', 'tenant_id' | 'answers' | 'updated_at'> & { name: string; industry_section: string; scale: string }
  >(
    m,
    `SELECT r.tenant_id, r.answers, r.updated_at, t.name, t.industry_section, t.scale
       FROM survey_responses r JOIN tenants t ON t.id = r.tenant_id
      WHERE r.survey_id = $1 ORDER BY t.name`,
    [surveyId],
  );
  return rows.map((r) => ({
    tenantId: r.tenant_id,
    tenantName: r.name,
    industrySection: r.industry_section,
    scale: r.scale,
    answers: SurveyAnswersSchema.parse(r.answers),
    updatedAt: r.updated_at,
  }));
}
