export { enUS } from './lib/i18n/en-US';
export { zhCN } from './lib/i18n/zh-CN';
export {
  DICTIONARIES,
  interpolate,
  isTranslationKey,
  type Dictionary,
  type TranslationKey,
  type TranslationParams,
} from './lib/i18n/dictionary';
export { I18nService, LOCALE_STORAGE_KEY } from './lib/i18n/i18n.service';
export { TranslatePipe } from './lib/i18n/translate.pipe';
export { I18nTitleStrategy } from './lib/i18n/i18n-title.strategy';
export { provideI18n } from './lib/i18n/provide-i18n';
export { acceptLanguageInterceptor } from './lib/http/accept-language.interceptor';
