import { EntityManager } from 'typeorm';
import { Row, selectRows } from '@xinzhi/server-db';
import { ReportTenant } from './workbook';

/** A tenant without a rollup row yet comes with nulls (LEFT JOIN). */
type Nullable<T> = { [K in keyof T]: T[K] | null };
type ReportRow = Row<'tenants', 'id' | 'name' | 'industry_section' | 'scale' | 'region' | 'emerging' | 'manufacturing_type'> &
  Nullable<
    Row<
      'park_tenant_summaries',
      | 'active_projects'
      | 'progress'
      | 'transformation_index'
      | 'health'
      | 'kpis_stale'
      | 'maturity_level'
      | 'maturity_points'
      | 'open_pain_points'
      | 'adopted_solutions'
    >
  >;

/** The acting park's tenants with their classification and rollup numbers (nulls before the first rollup). */
export async function reportTenants(m: EntityManager): Promise<ReportTenant[]> {
  const rows = await selectRows<ReportRow>(
    m,
    `SELECT t.id, t.name, t.industry_section, t.scale, t.region, t.emerging, t.manufacturing_type,
            s.active_projects, s.progress, s.transformation_index, s.health, s.kpis_stale, s.maturity_level, s.maturity_points,
            s.open_pain_points, s.adopted_solutions
       FROM tenants t LEFT JOIN park_tenant_summaries s ON s.tenant_id = t.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    industrySection: r.industry_section,
    scale: r.scale,
    region: r.region,
    emerging: r.emerging,
    manufacturingType: r.manufacturing_type,
    activeProjects: r.active_projects,
    progress: r.progress,
    transformationIndex: r.transformation_index,
    health: r.health,
    kpisStale: r.kpis_stale,
    maturityLevel: r.maturity_level,
    maturityPoints: r.maturity_points,
    openPainPoints: r.open_pain_points ?? 0,
    adoptedSolutions: r.adopted_solutions,
  }));
}

/** A question of one of the park's sent surveys (drafts left out), with the survey's title. */
export type ReportSurveyQuestion = Row<'survey_questions', 'survey_id' | 'id' | 'kind' | 'text' | 'position'> & {
  options: string[];
  survey_title: Row<'surveys', 'title'>['title'];
};

/** The questions of the acting park's sent surveys (row security: its own), oldest survey first, in question order. */
export function reportSurveyQuestions(m: EntityManager): Promise<ReportSurveyQuestion[]> {
  return selectRows<ReportSurveyQuestion>(
    m,
    `SELECT q.survey_id, q.id, q.kind, q.text, q.position, q.options, s.title AS survey_title
       FROM survey_questions q JOIN surveys s ON s.id = q.survey_id
      WHERE s.status <> 'draft'
      ORDER BY s.created_at, s.id, q.position`,
  );
}

/** The answers of every response to the acting park's sent surveys (the park reads its own surveys' responses). */
export function reportSurveyResponses(m: EntityManager): Promise<Array<{ survey_id: string; answers: Record<string, unknown> }>> {
  return selectRows<{ survey_id: string; answers: Record<string, unknown> }>(
    m,
    `SELECT r.survey_id, r.answers FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.status <> 'draft'`,
  );
}
