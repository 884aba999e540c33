import type { Routes } from '@angular/router';
import { CloseOutline, DeleteOutline, EditOutline, PlusOutline } from '@ant-design/icons-angular/icons';
import { parkGuard, provideTranslations, tenantGuard, type TranslationKey } from '@xinzhi/web-core';
import { SURVEYS_DICTIONARIES } from '@xinzhi/web-surveys-i18n';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { ParkSurveysPageComponent } from './park/park-surveys-page.component';
import { SurveyBuilderPageComponent } from './park/survey-builder-page.component';
import { SurveyResultsPageComponent } from './park/survey-results-page.component';
import { SurveyAnswerPageComponent } from './tenant/survey-answer-page.component';
import { TenantSurveysPageComponent } from './tenant/tenant-surveys-page.component';

/** Icons the survey pages draw — only icons other features draw too (the icon module sits in the shell's chunk). */
export const SURVEYS_ICONS = [CloseOutline, DeleteOutline, EditOutline, PlusOutline];

const FEATURE_PROVIDERS = [provideNzIconsPatch(SURVEYS_ICONS), provideTranslations(SURVEYS_DICTIONARIES)];

/** `/park/surveys`: the park administrator's surveys, the builder (new, edit a draft) and the results. */
export const parkSurveysRoutes: Routes = [
  {
    path: '',
    canActivate: [parkGuard],
    providers: FEATURE_PROVIDERS,
    children: [
      { path: '', component: ParkSurveysPageComponent, title: 'nav.parkSurveys' satisfies TranslationKey },
      { path: 'new', component: SurveyBuilderPageComponent, title: 'surveys.builder.newHeading' satisfies TranslationKey },
      { path: ':id/edit', component: SurveyBuilderPageComponent, title: 'surveys.builder.editHeading' satisfies TranslationKey },
      { path: ':id/results', component: SurveyResultsPageComponent, title: 'surveys.results.heading' satisfies TranslationKey },
    ],
  },
];

/** `/surveys`: an enterprise's owners and leaders read the park's surveys for it and answer them. */
export const surveysRoutes: Routes = [
  {
    path: '',
    canActivate: [tenantGuard('owner', 'leader')],
    providers: FEATURE_PROVIDERS,
    children: [
      { path: '', component: TenantSurveysPageComponent, title: 'nav.surveys' satisfies TranslationKey },
      { path: ':id', component: SurveyAnswerPageComponent, title: 'surveys.answer.pageTitle' satisfies TranslationKey },
    ],
  },
];
