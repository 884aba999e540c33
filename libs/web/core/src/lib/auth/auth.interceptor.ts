import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { AuthService } from './auth.service';

/**
 * Routes that carry no bearer token and are never retried after a refresh: sign-in, refresh and
 * sign-out work with the cookie, and invitation links are public.
 */
const SESSION_ROUTES = [/^\/api\/auth\/(login|refresh|logout)$/, /^\/api\/invitations(\/|$)/];

function pathOf(url: string): string {
  const path = url.replace(/^https?:\/\/[^/]+/i, '');
  return path.split(/[?#]/)[0];
}

function isSessionRoute(path: string): boolean {
  return SESSION_ROUTES.some((pattern) => pattern.test(path));
}

function withBearer(request: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

/**
 * Adds the access token to API calls. A 401 means the token expired: the interceptor refreshes once
 * (sharing a refresh already in flight) and sends the request again once. When the refresh is refused,
 * the session has ended: the state is cleared and the user is taken to sign in, with a way back.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const path = pathOf(request.url);
  if (!path.startsWith('/api/') || isSessionRoute(path)) return next(request);

  const auth = inject(AuthService);
  const sent = auth.accessToken();
  return next(withBearer(request, sent)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) return throwError(() => error);
      return from(auth.renewAfterUnauthorized(sent)).pipe(
        // The refresh itself failed (no network, server error): report the original failure.
        catchError(() => throwError(() => error)),
        switchMap((token) => {
          if (!token) {
            auth.sessionEnded();
            return throwError(() => error);
          }
          return next(withBearer(request, token));
        }),
      );
    }),
  );
};
