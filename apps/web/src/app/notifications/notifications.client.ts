import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  NotificationKind,
  NotificationPage,
  NotificationPreferences,
  UpdateNotificationPreferencesRequest,
} from '@xinzhi/shared-contracts';
import type { Observable } from 'rxjs';

/** How many notifications one page of the list holds. */
export const NOTIFICATION_PAGE_SIZE = 20;

/** The signed-in user's in-app notifications in the acting enterprise. */
@Injectable({ providedIn: 'root' })
export class NotificationsClient {
  private readonly http = inject(HttpClient);

  page(cursor: string | null = null, kind: NotificationKind | null = null, limit = NOTIFICATION_PAGE_SIZE): Observable<NotificationPage> {
    let params = new HttpParams().set('limit', limit);
    if (cursor) params = params.set('cursor', cursor);
    if (kind) params = params.set('kind', kind);
    return this.http.get<NotificationPage>('/api/notifications', { params });
  }

  markRead(id: string): Observable<void> {
    return this.http.post<void>(`/api/notifications/${encodeURIComponent(id)}/read`, null);
  }

  markAllRead(): Observable<void> {
    return this.http.post<void>('/api/notifications/read-all', null);
  }

  preferences(): Observable<NotificationPreferences> {
    return this.http.get<NotificationPreferences>('/api/notification-preferences');
  }

  savePreferences(body: UpdateNotificationPreferencesRequest): Observable<NotificationPreferences> {
    return this.http.put<NotificationPreferences>('/api/notification-preferences', body);
  }
}
