import {
  type EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
  provideEnvironmentInitializer,
} from '@angular/core';
import { TitleStrategy } from '@angular/router';
import type { FeatureDictionaries, FeatureTranslationKey } from './dictionary';
import { I18nTitleStrategy } from './i18n-title.strategy';
import { I18nService } from './i18n.service';

/** Language at start-up (html lang, ng-zorro locale) and translated route titles. */
export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: TitleStrategy, useClass: I18nTitleStrategy },
    provideAppInitializer(() => {
      inject(I18nService);
    }),
  ]);
}

/** Registers a feature's texts when the routes that provide this load (`providers: [provideTranslations(…)]`). */
export function provideTranslations<K extends FeatureTranslationKey>(dictionaries: FeatureDictionaries<K>): EnvironmentProviders {
  return makeEnvironmentProviders([provideEnvironmentInitializer(() => inject(I18nService).register(dictionaries))]);
}
