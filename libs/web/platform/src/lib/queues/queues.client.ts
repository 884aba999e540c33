import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { QueueOverview } from '@xinzhi/shared-contracts';
import type { Observable } from 'rxjs';

/** The background job queues (platform operators only). */
@Injectable({ providedIn: 'root' })
export class QueuesClient {
  private readonly http = inject(HttpClient);

  overview(): Observable<QueueOverview> {
    return this.http.get<QueueOverview>('/api/platform/queues');
  }

  /** Puts a failed job back in its queue. */
  retry(queue: string, jobId: string): Observable<void> {
    return this.http.post<void>(`/api/platform/queues/${encodeURIComponent(queue)}/jobs/${encodeURIComponent(jobId)}/retry`, null);
  }
}
