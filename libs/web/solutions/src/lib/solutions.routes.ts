import type { Routes } from '@angular/router';
import {
  ArrowLeftOutline,
  CheckOutline,
  CloseOutline,
  DashboardOutline,
  DeleteOutline,
  EditOutline,
  PlusOutline,
  SearchOutline,
} from '@ant-design/icons-angular/icons';
import { parkGuard, provideTranslations, tenantGuard, type TranslationKey } from '@xinzhi/web-core';
import { PROJECTS_DICTIONARIES } from '@xinzhi/web-projects-i18n';
import { SOLUTIONS_DICTIONARIES } from '@xinzhi/web-solutions-i18n';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzModalService } from 'ng-zorro-antd/modal';
import { CatalogPageComponent } from './catalog/catalog-page.component';
import { SolutionDetailPageComponent } from './catalog/solution-detail-page.component';
import { PainPointsPageComponent } from './pain-points/pain-points-page.component';
import { DemandPageComponent } from './park/demand-page.component';
import { ParkSolutionsPageComponent } from './park/park-solutions-page.component';

/**
 * Icons this feature draws, registered when its routes load — only icons other features draw too:
 * the icon module sits in the shell's chunk, so a new icon would grow the initial bundle.
 */
export const SOLUTIONS_ICONS = [
  ArrowLeftOutline,
  CheckOutline,
  CloseOutline,
  DashboardOutline,
  DeleteOutline,
  EditOutline,
  PlusOutline,
  SearchOutline,
];

/** Texts, icons and dialogs of every solution page; business-area, technology and KPI names come with the project workspace's texts. */
const FEATURE_PROVIDERS = [
  provideNzIconsPatch(SOLUTIONS_ICONS),
  provideTranslations(SOLUTIONS_DICTIONARIES),
  provideTranslations(PROJECTS_DICTIONARIES),
  NzModalService,
];

/** `/pain-points`: every member of the enterprise; owners and leaders record, edit, accept and delete, others propose. */
export const painPointsRoutes: Routes = [
  {
    path: '',
    canActivate: [tenantGuard()],
    providers: FEATURE_PROVIDERS,
    children: [
      { path: '', component: PainPointsPageComponent, data: { mode: 'tenant' }, title: 'nav.painPoints' satisfies TranslationKey },
    ],
  },
];

/** `/park/pain-points`: the park administrator reads its enterprises' pain points and records one for an enterprise. */
export const parkPainPointsRoutes: Routes = [
  {
    path: '',
    canActivate: [parkGuard],
    providers: FEATURE_PROVIDERS,
    children: [
      { path: '', component: PainPointsPageComponent, data: { mode: 'park' }, title: 'nav.parkPainPoints' satisfies TranslationKey },
    ],
  },
];

/**
 * `/solutions/recommended` (ranked with reasons), `/solutions/catalog` (browse, filter, search) and
 * `/solutions/:id` (detail): every member of the enterprise reads its park's published solutions;
 * owners and leaders adopt them into projects.
 */
export const solutionsRoutes: Routes = [
  {
    path: '',
    canActivate: [tenantGuard()],
    providers: FEATURE_PROVIDERS,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'recommended' },
      {
        path: 'recommended',
        component: CatalogPageComponent,
        data: { mode: 'recommended' },
        title: 'recommend.pageTitle' satisfies TranslationKey,
      },
      { path: 'catalog', component: CatalogPageComponent, data: { mode: 'all' }, title: 'nav.parkSolutions' satisfies TranslationKey },
      { path: ':id', component: SolutionDetailPageComponent, title: 'solution.pageTitle' satisfies TranslationKey },
    ],
  },
];

/** `/park/solutions`: the park administrator's catalog (create, edit with the template editor, publish, retire, delete, outcomes). */
export const parkSolutionsRoutes: Routes = [
  {
    path: '',
    canActivate: [parkGuard],
    providers: FEATURE_PROVIDERS,
    children: [{ path: '', component: ParkSolutionsPageComponent, title: 'nav.parkSolutions' satisfies TranslationKey }],
  },
];

/** `/park/demand`: open pain points of the park's enterprises that no published solution answers. */
export const parkDemandRoutes: Routes = [
  {
    path: '',
    canActivate: [parkGuard],
    providers: FEATURE_PROVIDERS,
    children: [{ path: '', component: DemandPageComponent, title: 'nav.parkDemand' satisfies TranslationKey }],
  },
];
