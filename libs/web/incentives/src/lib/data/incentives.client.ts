import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  type CreateIncentiveSchemeRequest,
  type CreateTrainingRecordRequest,
  type DecideAwardRequest,
  type IncentiveAward,
  type IncentiveAwardQuery,
  type IncentiveScheme,
  type LeaderboardEntry,
  type Member,
  type MyAwardsSummary,
  type Page,
  PAGE_LIMIT_MAX,
  type Project,
  type SkillsMatrix,
  type TrainingRecord,
  type TrainingRecordQuery,
  type UpdateIncentiveSchemeRequest,
  type UpdateTrainingRecordRequest,
} from '@xinzhi/shared-contracts';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** The most rows one list request asks for (the API's cap). */
export const LIST_LIMIT = PAGE_LIMIT_MAX;

/** Query parameters of `GET /api/incentive-awards`. */
export function awardQueryParams(query: IncentiveAwardQuery & { projectId?: string }): HttpParams {
  let params = new HttpParams().set('limit', query.limit ?? LIST_LIMIT);
  if (query.status) params = params.set('status', query.status);
  if (query.schemeId) params = params.set('schemeId', query.schemeId);
  if (query.recipientId) params = params.set('recipientId', query.recipientId);
  if (query.projectId) params = params.set('projectId', query.projectId);
  if (query.cursor) params = params.set('cursor', query.cursor);
  return params;
}

/** Incentive schemes, the award queue, my awards, the leaderboard, training records and the skills matrix. */
@Injectable({ providedIn: 'root' })
export class IncentivesClient {
  private readonly http = inject(HttpClient);

  schemes(cursor: string | null = null): Observable<Page<IncentiveScheme>> {
    let params = new HttpParams().set('limit', LIST_LIMIT);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<Page<IncentiveScheme>>('/api/incentive-schemes', { params });
  }

  createScheme(request: CreateIncentiveSchemeRequest): Observable<IncentiveScheme> {
    return this.http.post<IncentiveScheme>('/api/incentive-schemes', request);
  }

  updateScheme(schemeId: string, request: UpdateIncentiveSchemeRequest): Observable<IncentiveScheme> {
    return this.http.patch<IncentiveScheme>(`/api/incentive-schemes/${id(schemeId)}`, request);
  }

  deleteScheme(schemeId: string): Observable<void> {
    return this.http.delete<void>(`/api/incentive-schemes/${id(schemeId)}`);
  }

  awards(query: IncentiveAwardQuery & { projectId?: string }): Observable<Page<IncentiveAward>> {
    return this.http.get<Page<IncentiveAward>>('/api/incentive-awards', { params: awardQueryParams(query) });
  }

  decide(awardId: string, request: DecideAwardRequest): Observable<IncentiveAward> {
    return this.http.patch<IncentiveAward>(`/api/incentive-awards/${id(awardId)}`, request);
  }

  myAwards(): Observable<MyAwardsSummary> {
    return this.http.get<MyAwardsSummary>('/api/me/awards');
  }

  leaderboard(): Observable<LeaderboardEntry[]> {
    return this.http.get<LeaderboardEntry[]>('/api/incentives/leaderboard');
  }

  /** Everyone's records for owners and leaders (the API gives others their own). */
  trainingRecords(query: TrainingRecordQuery = {}): Observable<Page<TrainingRecord>> {
    let params = new HttpParams().set('limit', query.limit ?? LIST_LIMIT);
    if (query.userId) params = params.set('userId', query.userId);
    if (query.skill) params = params.set('skill', query.skill);
    if (query.cursor) params = params.set('cursor', query.cursor);
    return this.http.get<Page<TrainingRecord>>('/api/training-records', { params });
  }

  myTrainingRecords(cursor: string | null = null): Observable<Page<TrainingRecord>> {
    let params = new HttpParams().set('limit', LIST_LIMIT);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<Page<TrainingRecord>>('/api/me/training-records', { params });
  }

  createTraining(request: CreateTrainingRecordRequest): Observable<TrainingRecord> {
    return this.http.post<TrainingRecord>('/api/training-records', request);
  }

  updateTraining(recordId: string, request: UpdateTrainingRecordRequest): Observable<TrainingRecord> {
    return this.http.patch<TrainingRecord>(`/api/training-records/${id(recordId)}`, request);
  }

  deleteTraining(recordId: string): Observable<void> {
    return this.http.delete<void>(`/api/training-records/${id(recordId)}`);
  }

  skillsMatrix(): Observable<SkillsMatrix> {
    return this.http.get<SkillsMatrix>('/api/training-records/skills-matrix');
  }

  /** Projects for the scheme form's project picker. */
  projects(): Observable<Page<Project>> {
    return this.http.get<Page<Project>>('/api/projects', { params: new HttpParams().set('limit', 100) });
  }

  /** Members for "record for a member" (owners and leaders may list them). */
  members(): Observable<Page<Member>> {
    return this.http.get<Page<Member>>('/api/members', { params: new HttpParams().set('limit', LIST_LIMIT) });
  }
}
