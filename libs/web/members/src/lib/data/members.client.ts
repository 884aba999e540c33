import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  type AuditEvent,
  type AuditEventQuery,
  type Department,
  type InvitationCreated,
  type InviteMemberRequest,
  type InviteMemberResponse,
  type Member,
  type Page,
  PAGE_LIMIT_MAX,
  type UpdateMemberRequest,
} from '@xinzhi/shared-contracts';
import type { Observable } from 'rxjs';

function pageParams(cursor: string | null, limit: number, params = new HttpParams()): HttpParams {
  params = params.set('limit', limit);
  return cursor ? params.set('cursor', cursor) : params;
}

/** The audit log's filters; empty values are left out of the request. */
export type AuditFilter = Pick<AuditEventQuery, 'kind' | 'actorId' | 'from' | 'to'>;

function auditParams(filter: AuditFilter): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(filter)) if (typeof value === 'string' && value) params = params.set(key, value);
  return params;
}

/** The acting enterprise's members, departments and audit log (the context comes from the token). */
@Injectable({ providedIn: 'root' })
export class MembersClient {
  private readonly http = inject(HttpClient);

  members(cursor: string | null = null, limit = PAGE_LIMIT_MAX): Observable<Page<Member>> {
    return this.http.get<Page<Member>>('/api/members', { params: pageParams(cursor, limit) });
  }

  invite(request: InviteMemberRequest): Observable<InviteMemberResponse> {
    return this.http.post<InviteMemberResponse>('/api/members', request);
  }

  updateMember(id: string, request: UpdateMemberRequest): Observable<Member> {
    return this.http.patch<Member>(`/api/members/${encodeURIComponent(id)}`, request);
  }

  /** A new link for a pending invitation; the previous link stops working. */
  reissueInvitation(id: string): Observable<InvitationCreated> {
    return this.http.post<InvitationCreated>(`/api/members/${encodeURIComponent(id)}/invitation`, null);
  }

  removeMember(id: string): Observable<void> {
    return this.http.delete<void>(`/api/members/${encodeURIComponent(id)}`);
  }

  departments(cursor: string | null = null, limit = PAGE_LIMIT_MAX): Observable<Page<Department>> {
    return this.http.get<Page<Department>>('/api/departments', { params: pageParams(cursor, limit) });
  }

  createDepartment(name: string): Observable<Department> {
    return this.http.post<Department>('/api/departments', { name });
  }

  renameDepartment(id: string, name: string): Observable<Department> {
    return this.http.patch<Department>(`/api/departments/${encodeURIComponent(id)}`, { name });
  }

  deleteDepartment(id: string): Observable<void> {
    return this.http.delete<void>(`/api/departments/${encodeURIComponent(id)}`);
  }

  auditEvents(filter: AuditFilter, cursor: string | null = null, limit = 50): Observable<Page<AuditEvent>> {
    return this.http.get<Page<AuditEvent>>('/api/audit-events', { params: pageParams(cursor, limit, auditParams(filter)) });
  }

  /** The filtered log as an Excel workbook (the API picks its language from the request). */
  auditWorkbook(filter: AuditFilter): Observable<Blob> {
    return this.http.get('/api/audit-events/export', { params: auditParams(filter), responseType: 'blob' });
  }
}
