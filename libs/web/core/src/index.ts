export { enUS } from './lib/i18n/en-US';
export { zhCN } from './lib/i18n/zh-CN';
export {
  DICTIONARIES,
  interpolate,
  isTranslationKey,
  type Dictionary,
  type FeatureDictionaries,
  type FeatureDictionary,
  type FeatureTranslationKey,
  type ShellTranslationKey,
  type TranslationKey,
  type TranslationParams,
} from './lib/i18n/dictionary';
export { I18nService, LOCALE_STORAGE_KEY } from './lib/i18n/i18n.service';
export { TranslatePipe } from './lib/i18n/translate.pipe';
export { I18nTitleStrategy } from './lib/i18n/i18n-title.strategy';
export { provideI18n, provideTranslations } from './lib/i18n/provide-i18n';
export { acceptLanguageInterceptor } from './lib/http/accept-language.interceptor';
export { AuthService, AUTH_URLS, homeFor, safeReturnUrl, type AuthStatus } from './lib/auth/auth.service';
export { authInterceptor } from './lib/auth/auth.interceptor';
export { authGuard, guestGuard, contextGuard, tenantGuard, parkGuard, platformGuard } from './lib/auth/guards';
export { provideAuth } from './lib/auth/provide-auth';
export {
  applyProblemToForm,
  failureStatus,
  fieldErrorMessage,
  problemMessage,
  readApiFailure,
  retryMinutes,
  revealErrors,
  serverError,
  type ApiFailure,
  type ProblemFormOptions,
  type ServerFieldError,
} from './lib/http/problem';
export { FieldErrorPipe, fieldErrorText, type FieldErrorTexts } from './lib/forms/field-error.pipe';
export {
  AUDIT_ACTION_LABELS,
  AREA_LABELS,
  AUDIT_FIELD_LABELS,
  AUDIT_KIND_LABELS,
  CONTEXT_TYPE_LABELS,
  MANUFACTURING_LABELS,
  ROLE_LABELS,
  SCALE_LABELS,
  TECH_LABELS,
  formatDateTime,
  industrySectionName,
  roleLabel,
} from './lib/labels/labels';
export { createPagedList, type PagedList } from './lib/http/paged-list';
export { emailValidator } from './lib/forms/validators';
export { LiveEventsService } from './lib/live/live-events.service';
export { SseParser, type SseMessage } from './lib/live/sse-parser';
export { CalendarService, DEFAULT_TIME_ZONE, addMonths, dayIn } from './lib/calendar/calendar.service';
