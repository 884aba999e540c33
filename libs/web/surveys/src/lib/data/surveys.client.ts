import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateSurveyRequest,
  Survey,
  SurveyAnswers,
  SurveyBreakdown,
  SurveyList,
  SurveyResults,
  TenantSurvey,
  TenantSurveyList,
  UpdateSurveyRequest,
} from '@xinzhi/shared-contracts';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** The park's surveys (build, send, close, delete a draft, results) and a tenant's (read, answer). */
@Injectable({ providedIn: 'root' })
export class SurveysClient {
  private readonly http = inject(HttpClient);

  parkSurveys(): Observable<SurveyList> {
    return this.http.get<SurveyList>('/api/park/surveys');
  }

  parkSurvey(surveyId: string): Observable<Survey> {
    return this.http.get<Survey>(`/api/park/surveys/${id(surveyId)}`);
  }

  create(body: CreateSurveyRequest): Observable<Survey> {
    return this.http.post<Survey>('/api/park/surveys', body);
  }

  update(surveyId: string, body: UpdateSurveyRequest): Observable<Survey> {
    return this.http.patch<Survey>(`/api/park/surveys/${id(surveyId)}`, body);
  }

  remove(surveyId: string): Observable<void> {
    return this.http.delete<void>(`/api/park/surveys/${id(surveyId)}`);
  }

  results(surveyId: string, by: SurveyBreakdown | null): Observable<SurveyResults> {
    const params = by ? new HttpParams().set('by', by) : undefined;
    return this.http.get<SurveyResults>(`/api/park/surveys/${id(surveyId)}/results`, { params });
  }

  tenantSurveys(): Observable<TenantSurveyList> {
    return this.http.get<TenantSurveyList>('/api/surveys');
  }

  tenantSurvey(surveyId: string): Observable<TenantSurvey> {
    return this.http.get<TenantSurvey>(`/api/surveys/${id(surveyId)}`);
  }

  answer(surveyId: string, answers: SurveyAnswers): Observable<TenantSurvey> {
    return this.http.put<TenantSurvey>(`/api/surveys/${id(surveyId)}/response`, { answers });
  }
}
