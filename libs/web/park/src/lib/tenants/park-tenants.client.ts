import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  type CreateTenantRequest,
  type CreateTenantResponse,
  type InvitationCreated,
  type Page,
  PAGE_LIMIT_MAX,
  type Tenant,
  type UpdateTenantRequest,
} from '@xinzhi/shared-contracts';
import type { Observable } from 'rxjs';

/** The enterprises of the acting park (the park comes from the token). */
@Injectable({ providedIn: 'root' })
export class ParkTenantsClient {
  private readonly http = inject(HttpClient);

  list(cursor: string | null = null, limit = PAGE_LIMIT_MAX): Observable<Page<Tenant>> {
    let params = new HttpParams().set('limit', limit);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<Page<Tenant>>('/api/park/tenants', { params });
  }

  create(request: CreateTenantRequest): Observable<CreateTenantResponse> {
    return this.http.post<CreateTenantResponse>('/api/park/tenants', request);
  }

  /** A new link for the owner's pending invitation; the previous link stops working. */
  reissueOwnerInvitation(id: string): Observable<InvitationCreated> {
    return this.http.post<InvitationCreated>(`/api/park/tenants/${encodeURIComponent(id)}/owner-invitation`, null);
  }

  update(id: string, request: UpdateTenantRequest): Observable<Tenant> {
    return this.http.patch<Tenant>(`/api/park/tenants/${encodeURIComponent(id)}`, request);
  }
}
