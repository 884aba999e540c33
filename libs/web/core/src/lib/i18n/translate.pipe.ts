import { inject, Pipe, type PipeTransform } from '@angular/core';
import type { TranslationKey, TranslationParams } from './dictionary';
import { I18nService } from './i18n.service';

/**
 * `{{ 'nav.home' | t }}` or `{{ 'login.error.passwordLength' | t: { min: 8, max: 128 } }}`.
 *
 * Not memoised on its arguments (`pure: false`): a pure pipe would keep returning the text of the old
 * language, because the key does not change when the language does. Each call is one lookup in a
 * `computed` dictionary, and reading the language signal marks OnPush views for refresh when it changes.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
