import { computed, effect, inject, Injectable, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { isTranslationKey, type TranslationKey } from './dictionary';
import { I18nService } from './i18n.service';

/**
 * Route `title`s are translation keys. The document title is "<page> | <app title>" in the current
 * language (just the app title for routes without one) and follows language switches.
 */
@Injectable()
export class I18nTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private readonly pageKey = signal<TranslationKey | null>(null);
  private readonly documentTitle = computed(() => {
    const appTitle = this.i18n.t('app.title');
    const key = this.pageKey();
    return key ? `${this.i18n.t(key)} | ${appTitle}` : appTitle;
  });

  constructor() {
    super();
    effect(() => this.title.setTitle(this.documentTitle()));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const key = this.buildTitle(snapshot);
    this.pageKey.set(isTranslationKey(key) ? key : null);
  }
}
