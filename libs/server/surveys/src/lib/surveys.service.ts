import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, ProblemException } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import {
  CreateSurveyRequest,
  FieldError,
  normalizeSurveyAnswers,
  PROBLEM_CODES,
  Survey,
  SURVEY_MIN_CELL,
  SURVEY_TARGET_ALL,
  SurveyList,
  surveyAnswerProblems,
  SurveyAnswers,
  SurveyBreakdown,
  surveyQuestionProblems,
  SurveyResults,
  TenantSurvey,
  TenantSurveyList,
  UpdateSurveyRequest,
} from '@xinzhi/shared-contracts';
import { breakdown, effectiveStatus, questionResults } from './survey-results';
import {
  deleteSurvey,
  findSurveyRow,
  insertSurvey,
  listSurveyRows,
  ownResponses,
  questionsOf,
  replaceQuestions,
  responseCounts,
  responsesOf,
  setSurveyStatus,
  SurveyContent,
  SurveyRow,
  targetedCounts,
  targetOf,
  updateSurveyContent,
  upsertResponse,
} from './surveys.data';

const NOT_FOUND = 'No survey with this id in your park.';
const stateConflict = (detail: string) => ProblemException.conflict('status', detail, PROBLEM_CODES.state);

/**
 * Park surveys. The park administrator builds a draft (content editable only while a draft), sends
 * it (open), may close it early; the deadline closes it on the business calendar by itself — the
 * status is derived from `Clock.today()` on every read, so no job has to run for it and no request
 * ever sees an open survey past its deadline. Only drafts are deleted (a sent survey keeps its
 * answers: close it instead). A tenant's owner or leader reads the sent surveys that target it and
 * answers while the survey is open; another park's survey, a draft or one that does not target the
 * tenant answers 404.
 */
@Injectable()
export class SurveysService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  // ---------------------------------------------------------------------------------------------
  // Park

  private async toSurveys(m: EntityManager, rows: SurveyRow[]): Promise<Survey[]> {
    const ids = rows.map((r) => r.id);
    const [questions, responses, targeted] = await Promise.all([questionsOf(m, ids), responseCounts(m, ids), targetedCounts(m, ids)]);
    const today = this.clock.today();
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      description: r.description,
      anonymous: r.anonymous,
      target: targetOf(r),
      deadline: r.deadline,
      status: effectiveStatus(r.status, r.deadline, today),
      openedAt: r.opened_at?.toISOString() ?? null,
      closedAt: r.closed_at?.toISOString() ?? null,
      questions: questions.get(r.id) ?? [],
      responseCount: responses.get(r.id) ?? 0,
      targetedCount: targeted.get(r.id) ?? 0,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    }));
  }

  private async parkSurvey(m: EntityManager, id: string): Promise<Survey> {
    const row = await findSurveyRow(m, id);
    if (!row) throw ProblemException.notFound(NOT_FOUND);
    const [survey] = await this.toSurveys(m, [row]);
    return survey;
  }

  listForPark(): Promise<SurveyList> {
    return this.tx.run(async (m) => ({ items: await this.toSurveys(m, await listSurveyRows(m)) }));
  }

  getForPark(id: string): Promise<Survey> {
    return this.tx.run((m) => this.parkSurvey(m, id));
  }

  private contentProblems(c: SurveyContent, questions: CreateSurveyRequest['questions'] | undefined): FieldError[] {
    const problems: FieldError[] = questions ? surveyQuestionProblems(questions) : [];
    if (c.deadline < this.clock.today())
      problems.push({ field: 'deadline', code: PROBLEM_CODES.future, message: 'The deadline cannot be before today.' });
    return problems;
  }

  create(body: CreateSurveyRequest): Promise<Survey> {
    const content: SurveyContent = {
      title: body.title,
      description: body.description ?? '',
      anonymous: body.anonymous ?? false,
      target: body.target ?? SURVEY_TARGET_ALL,
      deadline: body.deadline,
    };
    const problems = this.contentProblems(content, body.questions);
    if (problems.length) throw ProblemException.validation(problems);
    return this.tx.run(async (m) => {
      const id = await insertSurvey(m, content);
      await replaceQuestions(m, id, body.questions);
      return this.parkSurvey(m, id);
    });
  }

  update(id: string, body: UpdateSurveyRequest): Promise<Survey> {
    return this.tx.run(async (m) => {
      const row = await findSurveyRow(m, id, true);
      if (!row) throw ProblemException.notFound(NOT_FOUND);
      const today = this.clock.today();
      const status = effectiveStatus(row.status, row.deadline, today);
      const { status: to, ...content } = body;
      const editsContent = Object.values(content).some((v) => v !== undefined);
      if (editsContent) {
        if (status !== 'draft') throw stateConflict('A sent survey cannot be changed; only a draft can.');
        const next: SurveyContent = {
          title: body.title ?? row.title,
          description: body.description ?? row.description,
          anonymous: body.anonymous ?? row.anonymous,
          target: body.target ?? targetOf(row),
          deadline: body.deadline ?? row.deadline,
        };
        const problems = this.contentProblems(next, body.questions);
        if (problems.length) throw ProblemException.validation(problems);
        await updateSurveyContent(m, id, next);
        if (body.questions) await replaceQuestions(m, id, body.questions);
      }
      if (to === 'open') {
        if (status !== 'draft') throw stateConflict('Only a draft can be sent.');
        const deadline = body.deadline ?? row.deadline;
        const questions = (await questionsOf(m, [id])).get(id) ?? [];
        const problems: FieldError[] = [];
        if (!questions.length)
          problems.push({
            field: 'questions',
            code: PROBLEM_CODES.minLength,
            limit: 1,
            message: 'A survey needs a question before it is sent.',
          });
        if (deadline < today)
          problems.push({ field: 'deadline', code: PROBLEM_CODES.future, message: 'The deadline cannot be before today.' });
        if (problems.length) throw ProblemException.validation(problems);
        await setSurveyStatus(m, id, 'open');
      } else if (to === 'closed') {
        if (row.status === 'draft') throw stateConflict('A draft has not been sent, so it cannot be closed; delete it instead.');
        if (row.status === 'open') await setSurveyStatus(m, id, 'closed');
      }
      return this.parkSurvey(m, id);
    });
  }

  /** Deletes a draft; a sent survey (open or closed, with or without answers) answers 409 — close it instead. */
  remove(id: string): Promise<void> {
    return this.tx.run(async (m) => {
      const row = await findSurveyRow(m, id, true);
      if (!row) throw ProblemException.notFound(NOT_FOUND);
      if (row.status !== 'draft') throw stateConflict('A sent survey keeps its answers and cannot be deleted; close it instead.');
      await deleteSurvey(m, id);
    });
  }

  results(id: string, by: SurveyBreakdown | undefined): Promise<SurveyResults> {
    return this.tx.run(async (m) => {
      const survey = await this.parkSurvey(m, id);
      const responses = await responsesOf(m, id);
      const responding = responses.map((r) => ({
        tenantName: r.tenantName,
        group: by === 'industry' ? r.industrySection : by === 'scale' ? r.scale : '',
        answers: r.answers,
      }));
      return {
        survey,
        questions: questionResults(survey.questions, survey.anonymous, responding),
        by: by ?? null,
        breakdown: by ? breakdown(survey.questions, survey.anonymous, responding) : null,
        respondents: survey.anonymous
          ? null
          : responses.map((r) => ({ tenantId: r.tenantId, tenantName: r.tenantName, answeredAt: r.updatedAt.toISOString() })),
        minCell: SURVEY_MIN_CELL,
      };
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Tenant

  private async toTenantSurveys(m: EntityManager, rows: SurveyRow[]): Promise<TenantSurvey[]> {
    const ids = rows.map((r) => r.id);
    const [questions, own] = await Promise.all([questionsOf(m, ids), ownResponses(m, ids)]);
    const today = this.clock.today();
    return rows
      .filter((r) => r.status !== 'draft')
      .map((r) => ({
        id: r.id,
        title: r.title,
        description: r.description,
        anonymous: r.anonymous,
        deadline: r.deadline,
        status: effectiveStatus(r.status, r.deadline, today) === 'open' ? ('open' as const) : ('closed' as const),
        questions: questions.get(r.id) ?? [],
        answers: own.get(r.id)?.answers ?? null,
        answeredAt: own.get(r.id)?.updatedAt.toISOString() ?? null,
      }));
  }

  private async tenantSurvey(m: EntityManager, id: string): Promise<TenantSurvey> {
    const row = await findSurveyRow(m, id);
    const [survey] = row ? await this.toTenantSurveys(m, [row]) : [];
    if (!survey) throw ProblemException.notFound('No survey with this id for your enterprise.');
    return survey;
  }

  listForTenant(): Promise<TenantSurveyList> {
    return this.tx.run(async (m) => ({ items: await this.toTenantSurveys(m, await listSurveyRows(m)) }));
  }

  getForTenant(id: string): Promise<TenantSurvey> {
    return this.tx.run((m) => this.tenantSurvey(m, id));
  }

  /** Stores the tenant's answers (replacing earlier ones) while the survey is open; invalid answers → 400 and nothing stored. */
  answer(id: string, answers: SurveyAnswers): Promise<TenantSurvey> {
    return this.tx.run(async (m) => {
      const survey = await this.tenantSurvey(m, id);
      if (survey.status !== 'open') throw stateConflict('This survey is closed; answers can no longer be changed.');
      const problems = surveyAnswerProblems(survey.questions, answers);
      if (problems.length) throw ProblemException.validation(problems, 'Some answers do not fit the survey’s questions.');
      await upsertResponse(m, id, normalizeSurveyAnswers(survey.questions, answers));
      return this.tenantSurvey(m, id);
    });
  }
}
