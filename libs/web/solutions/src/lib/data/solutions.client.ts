import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  type Adoption,
  type CreateAdoptionRequest,
  type CreatePainPointRequest,
  type CreateSolutionRequest,
  type Page,
  PAGE_LIMIT_MAX,
  type PainPoint,
  type PainPointQuery,
  type ParkPainPointQuery,
  type Project,
  type Recommendation,
  type RemoveAdoptionQuery,
  type Solution,
  type SolutionOutcomes,
  type SolutionQuery,
  type Tenant,
  type UnmetDemand,
  type UpdatePainPointRequest,
  type UpdateSolutionRequest,
} from '@xinzhi/shared-contracts';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** The most rows one list request asks for (the API's cap). */
export const LIST_LIMIT = PAGE_LIMIT_MAX;

/** Query parameters of a list: the page size, the cursor and every filter that is set. */
export function listParams(query: Readonly<Record<string, string | number | null | undefined>>, cursor: string | null = null): HttpParams {
  let params = new HttpParams().set('limit', LIST_LIMIT);
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params = params.set(key, value);
  }
  if (cursor) params = params.set('cursor', cursor);
  return params;
}

/** Pain points, the park's solution catalog, recommendations, adoptions, outcomes and unmet demand. */
@Injectable({ providedIn: 'root' })
export class SolutionsClient {
  private readonly http = inject(HttpClient);

  // Tenant: pain points

  painPoints(query: Omit<PainPointQuery, 'limit' | 'cursor'>, cursor: string | null = null): Observable<Page<PainPoint>> {
    return this.http.get<Page<PainPoint>>('/api/pain-points', { params: listParams(query, cursor) });
  }

  createPainPoint(request: CreatePainPointRequest): Observable<PainPoint> {
    return this.http.post<PainPoint>('/api/pain-points', request);
  }

  updatePainPoint(painPointId: string, request: UpdatePainPointRequest): Observable<PainPoint> {
    return this.http.patch<PainPoint>(`/api/pain-points/${id(painPointId)}`, request);
  }

  deletePainPoint(painPointId: string): Observable<void> {
    return this.http.delete<void>(`/api/pain-points/${id(painPointId)}`);
  }

  // Tenant: the park's published catalog, recommendations, adoptions

  solutions(query: Omit<SolutionQuery, 'limit' | 'cursor' | 'status'>, cursor: string | null = null): Observable<Page<Solution>> {
    return this.http.get<Page<Solution>>('/api/solutions', { params: listParams(query, cursor) });
  }

  solution(solutionId: string): Observable<Solution> {
    return this.http.get<Solution>(`/api/solutions/${id(solutionId)}`);
  }

  recommended(): Observable<Recommendation[]> {
    return this.http.get<Recommendation[]>('/api/solutions/recommended');
  }

  /** Projects for the adopt dialog's picker. */
  projects(): Observable<Page<Project>> {
    return this.http.get<Page<Project>>('/api/projects', { params: new HttpParams().set('limit', 100) });
  }

  adopt(projectId: string, request: CreateAdoptionRequest): Observable<Adoption> {
    return this.http.post<Adoption>(`/api/projects/${id(projectId)}/adoptions`, request);
  }

  adoptions(projectId: string): Observable<Adoption[]> {
    return this.http.get<Adoption[]>(`/api/projects/${id(projectId)}/adoptions`);
  }

  removeAdoption(adoptionId: string, query: RemoveAdoptionQuery): Observable<void> {
    return this.http.delete<void>(`/api/adoptions/${id(adoptionId)}`, { params: new HttpParams().set('tasks', query.tasks) });
  }

  // Park

  parkSolutions(query: Omit<SolutionQuery, 'limit' | 'cursor'>, cursor: string | null = null): Observable<Page<Solution>> {
    return this.http.get<Page<Solution>>('/api/park/solutions', { params: listParams(query, cursor) });
  }

  createSolution(request: CreateSolutionRequest): Observable<Solution> {
    return this.http.post<Solution>('/api/park/solutions', request);
  }

  updateSolution(solutionId: string, request: UpdateSolutionRequest): Observable<Solution> {
    return this.http.patch<Solution>(`/api/park/solutions/${id(solutionId)}`, request);
  }

  deleteSolution(solutionId: string): Observable<void> {
    return this.http.delete<void>(`/api/park/solutions/${id(solutionId)}`);
  }

  outcomes(solutionId: string): Observable<SolutionOutcomes> {
    return this.http.get<SolutionOutcomes>(`/api/park/solutions/${id(solutionId)}/outcomes`);
  }

  demand(): Observable<UnmetDemand> {
    return this.http.get<UnmetDemand>('/api/park/demand');
  }

  parkPainPoints(query: Omit<ParkPainPointQuery, 'limit' | 'cursor'>, cursor: string | null = null): Observable<Page<PainPoint>> {
    return this.http.get<Page<PainPoint>>('/api/park/pain-points', { params: listParams(query, cursor) });
  }

  recordPainPoint(tenantId: string, request: CreatePainPointRequest): Observable<PainPoint> {
    return this.http.post<PainPoint>(`/api/park/tenants/${id(tenantId)}/pain-points`, request);
  }

  /** The park's enterprises, for the tenant filter and "record for an enterprise". */
  parkTenants(): Observable<Page<Tenant>> {
    return this.http.get<Page<Tenant>>('/api/park/tenants', { params: new HttpParams().set('limit', LIST_LIMIT) });
  }
}
