import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ParkDashboard, ParkTenantSummaryPage, TenantTablePage, TenantTableQuery } from '@xinzhi/shared-contracts';
import type { Observable } from 'rxjs';

/** The park's rollup reads: dashboard, tenant table, tenant summary (the park comes from the token). */
@Injectable({ providedIn: 'root' })
export class ParkDashboardClient {
  private readonly http = inject(HttpClient);

  dashboard(): Observable<ParkDashboard> {
    return this.http.get<ParkDashboard>('/api/park/dashboard');
  }

  table(query: TenantTableQuery): Observable<TenantTablePage> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query))
      if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
    return this.http.get<TenantTablePage>('/api/park/tenant-summaries', { params });
  }

  summary(tenantId: string): Observable<ParkTenantSummaryPage> {
    return this.http.get<ParkTenantSummaryPage>(`/api/park/tenants/${encodeURIComponent(tenantId)}/summary`);
  }
}
