import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable, signal } from '@angular/core';
import { isLocale, type Locale, LOCALES, pickLocale } from '@xinzhi/shared-contracts';
import { en_US, type NzI18nInterface, NzI18nService, zh_CN } from 'ng-zorro-antd/i18n';
import {
  DICTIONARIES,
  type FeatureDictionaries,
  type FeatureTranslationKey,
  interpolate,
  type TranslationKey,
  type TranslationParams,
} from './dictionary';

/** localStorage key under which the user's language choice is remembered. */
export const LOCALE_STORAGE_KEY = 'xinzhi.locale';

const NZ_LOCALES: Readonly<Record<Locale, NzI18nInterface>> = { 'zh-CN': zh_CN, 'en-US': en_US };

/**
 * The current language of the web app, as a signal. The first visit follows the browser's languages
 * (any Chinese variant gives zh-CN, anything else en-US); an explicit choice is remembered in
 * localStorage. Switching updates `<html lang>` and ng-zorro's component texts without a reload.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly nzI18n = inject(NzI18nService);
  private readonly current = signal<Locale>(this.initialLocale());
  /** Texts of features loaded so far, by language. */
  private readonly features = signal<Readonly<Record<Locale, Readonly<Record<string, string>>>>>({ 'en-US': {}, 'zh-CN': {} });
  private readonly dictionary = computed<Readonly<Record<string, string>>>(() => {
    const locale = this.current();
    return { ...DICTIONARIES[locale], ...this.features()[locale] };
  });

  /** The language in use. */
  readonly locale = this.current.asReadonly();
  readonly locales = LOCALES;

  constructor() {
    this.apply(this.current());
  }

  /** The text for `key` in the current language; reading it inside a template or `computed` tracks the language. */
  t(key: TranslationKey, params?: TranslationParams): string {
    return interpolate(this.dictionary()[key] ?? key, params);
  }

  /** Adds a feature's texts (called as its routes load; registering again changes nothing). */
  register<K extends FeatureTranslationKey>(dictionaries: FeatureDictionaries<K>): void {
    const known = this.features();
    if (LOCALES.every((locale) => Object.keys(dictionaries[locale]).every((key) => key in known[locale]))) return;
    const merged: Record<string, Readonly<Record<string, string>>> = {};
    for (const locale of LOCALES) merged[locale] = { ...known[locale], ...dictionaries[locale] };
    this.features.set(merged as Record<Locale, Readonly<Record<string, string>>>);
  }

  /** Switch the language and remember the choice. */
  setLocale(locale: Locale): void {
    if (!isLocale(locale)) return;
    this.remember(locale);
    if (locale === this.current()) return;
    this.current.set(locale);
    this.apply(locale);
  }

  private initialLocale(): Locale {
    const stored = this.readRemembered();
    if (stored) return stored;
    const navigator = this.document.defaultView?.navigator;
    const preferred = navigator?.languages?.length ? navigator.languages : navigator?.language ? [navigator.language] : [];
    return pickLocale(preferred, 'en-US');
  }

  private apply(locale: Locale): void {
    this.document.documentElement.lang = locale;
    this.nzI18n.setLocale(NZ_LOCALES[locale]);
  }

  private readRemembered(): Locale | null {
    try {
      const value = this.document.defaultView?.localStorage.getItem(LOCALE_STORAGE_KEY);
      return isLocale(value) ? value : null;
    } catch {
      return null; // storage can be disabled (privacy mode, sandboxed frames)
    }
  }

  private remember(locale: Locale): void {
    try {
      this.document.defaultView?.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // the choice then lasts for this page only
    }
  }
}
