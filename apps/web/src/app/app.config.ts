import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { type ApplicationConfig, provideBrowserGlobalErrorListeners, provideZoneChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import {
  HomeOutline,
  LoginOutline,
  MenuFoldOutline,
  MenuOutline,
  MenuUnfoldOutline,
} from '@ant-design/icons-angular/icons';
import { acceptLanguageInterceptor, provideI18n } from '@xinzhi/web-core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { appRoutes } from './app.routes';

/**
 * Icons the shell draws. Features register their own with `provideNzIconsPatch` on their routes, and
 * ng-zorro adds the ones its components use; nothing is fetched at run time.
 */
const SHELL_ICONS = [MenuFoldOutline, MenuUnfoldOutline, MenuOutline, HomeOutline, LoginOutline];

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZoneChangeDetection({ eventCoalescing: true }),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    provideHttpClient(withFetch(), withInterceptors([acceptLanguageInterceptor])),
    provideI18n(),
    provideNzIcons(SHELL_ICONS),
  ],
};
