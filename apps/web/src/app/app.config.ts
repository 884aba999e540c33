import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { type ApplicationConfig, provideBrowserGlobalErrorListeners, provideZoneChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import {
  ApartmentOutline,
  BankOutline,
  BookOutline,
  CheckOutline,
  CheckSquareOutline,
  CopyOutline,
  DownOutline,
  ExclamationCircleOutline,
  FileSearchOutline,
  GiftOutline,
  HomeOutline,
  LoginOutline,
  LogoutOutline,
  MenuFoldOutline,
  MenuOutline,
  MenuUnfoldOutline,
  ProjectOutline,
  ShopOutline,
  TeamOutline,
  TrophyOutline,
  UserOutline,
} from '@ant-design/icons-angular/icons';
import { acceptLanguageInterceptor, authInterceptor, provideAuth, provideI18n } from '@xinzhi/web-core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { appRoutes } from './app.routes';

/**
 * Icons the shell and the shared UI components draw. Features register their own with
 * `provideNzIconsPatch` on their routes, and ng-zorro adds the ones its components use; nothing is
 * fetched at run time.
 */
export const SHELL_ICONS = [
  MenuFoldOutline,
  MenuUnfoldOutline,
  MenuOutline,
  HomeOutline,
  LoginOutline,
  LogoutOutline,
  UserOutline,
  DownOutline,
  CheckOutline,
  CopyOutline,
  ExclamationCircleOutline,
  TeamOutline,
  ApartmentOutline,
  FileSearchOutline,
  ShopOutline,
  BankOutline,
  ProjectOutline,
  CheckSquareOutline,
  GiftOutline,
  BookOutline,
  TrophyOutline,
];

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZoneChangeDetection({ eventCoalescing: true }),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    provideHttpClient(withFetch(), withInterceptors([acceptLanguageInterceptor, authInterceptor])),
    provideI18n(),
    provideAuth(),
    provideNzIcons(SHELL_ICONS),
  ],
};
