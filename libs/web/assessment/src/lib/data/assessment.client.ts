import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  type Assessment,
  type AssessmentComparison,
  type AssessmentFramework,
  type AssessmentFrameworkSummary,
  type AssessmentQuery,
  type AssessmentSummary,
  type AssignStepsRequest,
  type CreateAssessmentRequest,
  type CreatePainPointRequest,
  type CreateTaskRequest,
  type Member,
  type Page,
  PAGE_LIMIT_MAX,
  type PainPoint,
  type Project,
  type SaveAnswersRequest,
  type Task,
} from '@xinzhi/shared-contracts';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** The most rows one list request asks for (the API's cap). */
export const LIST_LIMIT = PAGE_LIMIT_MAX;

/** Query parameters of `GET /api/assessments`. */
export function assessmentQueryParams(query: AssessmentQuery = {}): HttpParams {
  let params = new HttpParams().set('limit', query.limit ?? LIST_LIMIT);
  if (query.status) params = params.set('status', query.status);
  if (query.cursor) params = params.set('cursor', query.cursor);
  return params;
}

/**
 * Frameworks, the tenant's assessments (answers, step assignments, submit, delete a draft), their
 * comparison, what a gap needs to become a task (projects, members, the task itself), and a gap
 * recorded as a pain point.
 */
@Injectable({ providedIn: 'root' })
export class AssessmentClient {
  private readonly http = inject(HttpClient);

  frameworks(): Observable<AssessmentFrameworkSummary[]> {
    return this.http.get<AssessmentFrameworkSummary[]>('/api/assessment-frameworks');
  }

  framework(frameworkId: string): Observable<AssessmentFramework> {
    return this.http.get<AssessmentFramework>(`/api/assessment-frameworks/${id(frameworkId)}`);
  }

  list(query: AssessmentQuery = {}): Observable<Page<AssessmentSummary>> {
    return this.http.get<Page<AssessmentSummary>>('/api/assessments', { params: assessmentQueryParams(query) });
  }

  get(assessmentId: string): Observable<Assessment> {
    return this.http.get<Assessment>(`/api/assessments/${id(assessmentId)}`);
  }

  create(request: CreateAssessmentRequest): Observable<Assessment> {
    return this.http.post<Assessment>('/api/assessments', request);
  }

  /** Partial save: items and scenes left out keep their answers. */
  saveAnswers(assessmentId: string, request: SaveAnswersRequest): Observable<Assessment> {
    return this.http.put<Assessment>(`/api/assessments/${id(assessmentId)}/answers`, request);
  }

  assign(assessmentId: string, request: AssignStepsRequest): Observable<Assessment> {
    return this.http.put<Assessment>(`/api/assessments/${id(assessmentId)}/assignments`, request);
  }

  /** 202: the worker scores it; `get` shows `scored` once done. */
  submit(assessmentId: string): Observable<Assessment> {
    return this.http.post<Assessment>(`/api/assessments/${id(assessmentId)}/submit`, {});
  }

  /** Drafts only. */
  delete(assessmentId: string): Observable<void> {
    return this.http.delete<void>(`/api/assessments/${id(assessmentId)}`);
  }

  /** T0 (`otherId`) → T1 (`assessmentId`). */
  comparison(assessmentId: string, otherId: string): Observable<AssessmentComparison> {
    return this.http.get<AssessmentComparison>(`/api/assessments/${id(assessmentId)}/comparison`, {
      params: new HttpParams().set('with', otherId),
    });
  }

  /** Members for the step assignment select (owners and leaders may list them). */
  members(): Observable<Page<Member>> {
    return this.http.get<Page<Member>>('/api/members', { params: new HttpParams().set('limit', LIST_LIMIT) });
  }

  /** Projects a gap may become a task in. */
  projects(): Observable<Page<Project>> {
    return this.http.get<Page<Project>>('/api/projects', { params: new HttpParams().set('limit', LIST_LIMIT) });
  }

  createTask(projectId: string, request: CreateTaskRequest): Observable<Task> {
    return this.http.post<Task>(`/api/projects/${id(projectId)}/tasks`, request);
  }

  /** 409 when that gap is already in the register. */
  createPainPoint(request: CreatePainPointRequest): Observable<PainPoint> {
    return this.http.post<PainPoint>('/api/pain-points', request);
  }
}
