import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { HealthResponse } from '@xinzhi/shared-contracts';
import { catchError, type Observable, of, throwError } from 'rxjs';

export const HEALTH_URL = '/api/health';

function isHealthResponse(body: unknown): body is HealthResponse {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<Record<keyof HealthResponse, unknown>>;
  return (
    (candidate.status === 'ok' || candidate.status === 'degraded') &&
    typeof candidate.database === 'object' &&
    typeof candidate.redis === 'object' &&
    typeof candidate.worker === 'object'
  );
}

/** Reads `GET /api/health`. A 503 carries the same body as a 200 and is a result, not a failure. */
@Injectable({ providedIn: 'root' })
export class HealthClient {
  private readonly http = inject(HttpClient);

  check(): Observable<HealthResponse> {
    return this.http
      .get<HealthResponse>(HEALTH_URL)
      .pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && error.status === 503 && isHealthResponse(error.error)
            ? of(error.error)
            : throwError(() => error),
        ),
      );
  }
}
