import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { type CreateParkRequest, type CreateParkResponse, type Page, PAGE_LIMIT_MAX, type Park } from '@xinzhi/shared-contracts';
import type { Observable } from 'rxjs';

/** Every park on the platform (platform operators only). */
@Injectable({ providedIn: 'root' })
export class PlatformParksClient {
  private readonly http = inject(HttpClient);

  list(cursor: string | null = null, limit = PAGE_LIMIT_MAX): Observable<Page<Park>> {
    let params = new HttpParams().set('limit', limit);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<Page<Park>>('/api/platform/parks', { params });
  }

  create(request: CreateParkRequest): Observable<CreateParkResponse> {
    return this.http.post<CreateParkResponse>('/api/platform/parks', request);
  }
}
