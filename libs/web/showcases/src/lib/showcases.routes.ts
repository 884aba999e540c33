import type { Routes } from '@angular/router';
import { PARK_DICTIONARIES } from '@xinzhi/web-park-i18n';
import { parkGuard, provideTranslations, tenantGuard, type TranslationKey } from '@xinzhi/web-core';
import { NzModalService } from 'ng-zorro-antd/modal';
import { BenchmarksPageComponent } from './benchmarks/benchmarks-page.component';
import { ShowcaseGalleryPageComponent } from './gallery/showcase-gallery-page.component';
import { ShowcasePageComponent } from './page/showcase-page.component';
import { ShowcaseSettingsPageComponent } from './settings/showcase-settings-page.component';

/** Texts and dialogs of the showcase and benchmark pages (no icons of their own: the shell's bundle stays as it is). */
const FEATURE_PROVIDERS = [provideTranslations(PARK_DICTIONARIES), NzModalService];

/** `/showcases` (the park's showcases, every member) and `/showcases/:id`. */
export const showcasesRoutes: Routes = [
  {
    path: '',
    canActivate: [tenantGuard()],
    providers: FEATURE_PROVIDERS,
    children: [
      { path: '', component: ShowcaseGalleryPageComponent, data: { mode: 'tenant' }, title: 'nav.showcases' satisfies TranslationKey },
      { path: ':id', component: ShowcasePageComponent, data: { mode: 'tenant' }, title: 'nav.showcases' satisfies TranslationKey },
    ],
  },
];

/** `/showcase`: the owner's consent (leaders read it). */
export const showcaseSettingsRoutes: Routes = [
  {
    path: '',
    canActivate: [tenantGuard('owner', 'leader')],
    providers: FEATURE_PROVIDERS,
    children: [{ path: '', component: ShowcaseSettingsPageComponent, title: 'nav.myShowcase' satisfies TranslationKey }],
  },
];

/** `/park/showcases` (the park administrator: the gallery with the benchmark mark) and `/park/showcases/:id`. */
export const parkShowcasesRoutes: Routes = [
  {
    path: '',
    canActivate: [parkGuard],
    providers: FEATURE_PROVIDERS,
    children: [
      { path: '', component: ShowcaseGalleryPageComponent, data: { mode: 'park' }, title: 'nav.parkShowcases' satisfies TranslationKey },
      { path: ':id', component: ShowcasePageComponent, data: { mode: 'park' }, title: 'nav.parkShowcases' satisfies TranslationKey },
    ],
  },
];

/** `/benchmarks`: owners and leaders. */
export const benchmarksRoutes: Routes = [
  {
    path: '',
    canActivate: [tenantGuard('owner', 'leader')],
    providers: FEATURE_PROVIDERS,
    children: [{ path: '', component: BenchmarksPageComponent, title: 'nav.benchmarks' satisfies TranslationKey }],
  },
];
