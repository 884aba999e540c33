import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Analysis, AnalysisQuery, PainPointMatrix } from '@xinzhi/shared-contracts';
import type { Observable } from 'rxjs';

/** The park's cross-analysis, pain-point matrix and workbook (the park comes from the token). */
@Injectable({ providedIn: 'root' })
export class ParkAnalysisClient {
  private readonly http = inject(HttpClient);

  analysis(q: AnalysisQuery): Observable<Analysis> {
    return this.http.get<Analysis>('/api/park/analysis', { params: new HttpParams({ fromObject: q }) });
  }

  matrix(): Observable<PainPointMatrix> {
    return this.http.get<PainPointMatrix>('/api/park/pain-point-matrix');
  }

  /** The workbook's bytes (the Accept-Language the app sends picks its headers' language). */
  workbook(): Observable<Blob> {
    return this.http.get('/api/park/reports/park.xlsx', { responseType: 'blob' });
  }
}
