import type { Routes } from '@angular/router';
import { DeleteOutline, PlusOutline } from '@ant-design/icons-angular/icons';
import { ASSESSMENT_DICTIONARIES } from '@xinzhi/web-assessment-i18n';
import { provideTranslations, tenantGuard, type TranslationKey } from '@xinzhi/web-core';
import { PROJECTS_DICTIONARIES } from '@xinzhi/web-projects-i18n';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzModalService } from 'ng-zorro-antd/modal';
import { AssessmentPageComponent } from './assessment/assessment-page.component';
import { ComparePageComponent } from './compare/compare-page.component';
import { AssessmentListPageComponent } from './list/assessment-list-page.component';

/** Icons this feature draws, registered when its routes load. Few on purpose: the icons module sits in the shell's first load, so each icon a feature names adds to it. */
export const ASSESSMENT_ICONS = [DeleteOutline, PlusOutline];

/** Texts, icons and dialogs of the assessment pages; business-area and technology names come with the project workspace's texts. */
const FEATURE_PROVIDERS = [
  provideNzIconsPatch(ASSESSMENT_ICONS),
  provideTranslations(ASSESSMENT_DICTIONARIES),
  provideTranslations(PROJECTS_DICTIONARIES),
  NzModalService,
];

/**
 * `/assessments` (the history, a new assessment), `/assessments/:id` (the wizard while a draft, the
 * results once scored) and `/assessments/:id/compare/:otherId` (T0 → T1) for every member of the
 * enterprise: the API decides who may create, assign, answer which step and submit. Park
 * administrators have none of it.
 */
export const assessmentRoutes: Routes = [
  {
    path: '',
    canActivate: [tenantGuard()],
    providers: FEATURE_PROVIDERS,
    children: [
      { path: '', pathMatch: 'full', component: AssessmentListPageComponent, title: 'assessments.pageTitle' satisfies TranslationKey },
      { path: ':id', component: AssessmentPageComponent, title: 'assessments.pageTitle' satisfies TranslationKey },
      { path: ':id/compare/:otherId', component: ComparePageComponent, title: 'assessmentCompare.pageTitle' satisfies TranslationKey },
    ],
  },
];
