import { type EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { TitleStrategy } from '@angular/router';
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
