import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';

/**
 * Tells the API which language the user reads, so that server-side texts (problem titles, e-mails,
 * exports) can follow it. A header the caller set explicitly is kept.
 */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  if (request.headers.has('Accept-Language')) return next(request);
  const locale = inject(I18nService).locale();
  return next(request.clone({ setHeaders: { 'Accept-Language': locale } }));
};
