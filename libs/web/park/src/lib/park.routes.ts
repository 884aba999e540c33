import type { Routes } from '@angular/router';
import { CopyOutline, EditOutline, LinkOutline, PlusOutline } from '@ant-design/icons-angular/icons';
import { ASSESSMENT_DICTIONARIES } from '@xinzhi/web-assessment-i18n';
import { PARK_DICTIONARIES } from '@xinzhi/web-park-i18n';
import { parkGuard, provideTranslations, type TranslationKey } from '@xinzhi/web-core';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { ParkDashboardPageComponent } from './dashboard/park-dashboard-page.component';
import { ParkTenantSummaryPageComponent } from './summary/park-tenant-summary-page.component';
import { PROJECTS_DICTIONARIES } from '@xinzhi/web-projects-i18n';
import { AnalysisPageComponent } from './analysis/analysis-page.component';
import { MatrixPageComponent } from './matrix/matrix-page.component';
import { ReportPageComponent } from './report/report-page.component';
import { ParkTenantsPageComponent } from './tenants/park-tenants-page.component';

export const PARK_ICONS = [PlusOutline, EditOutline, CopyOutline, LinkOutline];

/** The park's texts, and the projects' (business areas' names) for the pain-point matrix. */
const OVERSIGHT_PROVIDERS = [provideTranslations(PARK_DICTIONARIES), provideTranslations(PROJECTS_DICTIONARIES)];

/** Under `/park`, for park administrators acting in their park. */
export const parkRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
  {
    path: 'dashboard',
    component: ParkDashboardPageComponent,
    canActivate: [parkGuard],
    title: 'parkDashboard.pageTitle' satisfies TranslationKey,
    // The assessment's texts word the maturity levels.
    providers: [provideTranslations(PARK_DICTIONARIES), provideTranslations(ASSESSMENT_DICTIONARIES)],
  },
  {
    path: 'tenants/:id',
    component: ParkTenantSummaryPageComponent,
    canActivate: [parkGuard],
    title: 'parkSummary.pageTitle' satisfies TranslationKey,
    providers: [provideTranslations(PARK_DICTIONARIES), provideTranslations(ASSESSMENT_DICTIONARIES)],
  },
  {
    path: 'tenants',
    component: ParkTenantsPageComponent,
    canActivate: [parkGuard],
    title: 'park.pageTitle' satisfies TranslationKey,
    // The assessment's texts word each tenant's maturity level.
    providers: [provideNzIconsPatch(PARK_ICONS), provideTranslations(ASSESSMENT_DICTIONARIES)],
  },
  {
    path: 'analysis',
    component: AnalysisPageComponent,
    canActivate: [parkGuard],
    title: 'nav.parkAnalysis' satisfies TranslationKey,
    providers: OVERSIGHT_PROVIDERS,
  },
  {
    path: 'pain-point-matrix',
    component: MatrixPageComponent,
    canActivate: [parkGuard],
    title: 'nav.parkPainPointMatrix' satisfies TranslationKey,
    providers: OVERSIGHT_PROVIDERS,
  },
  {
    path: 'report',
    component: ReportPageComponent,
    canActivate: [parkGuard],
    title: 'nav.parkReport' satisfies TranslationKey,
    providers: OVERSIGHT_PROVIDERS,
  },
];
