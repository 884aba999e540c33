import type { Routes } from '@angular/router';
import {
  CheckOutline,
  CloseOutline,
  DeleteOutline,
  EditOutline,
  LinkOutline,
  PayCircleOutline,
  PlusOutline,
  ReloadOutline,
  TrophyOutline,
} from '@ant-design/icons-angular/icons';
import { provideTranslations, tenantGuard, type TranslationKey } from '@xinzhi/web-core';
import { INCENTIVES_DICTIONARIES } from '@xinzhi/web-incentives-i18n';
import { PROJECTS_DICTIONARIES } from '@xinzhi/web-projects-i18n';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzModalService } from 'ng-zorro-antd/modal';
import { AwardQueuePageComponent } from './award-queue/award-queue-page.component';
import { LeaderboardPageComponent } from './leaderboard/leaderboard-page.component';
import { MyAwardsPageComponent } from './my-awards/my-awards-page.component';
import { SchemesPageComponent } from './schemes/schemes-page.component';
import { SkillsPageComponent } from './skills/skills-page.component';
import { TrainingPageComponent } from './training/training-page.component';

/** Icons this feature draws, registered when its routes load. */
export const INCENTIVES_ICONS = [
  CheckOutline,
  CloseOutline,
  DeleteOutline,
  EditOutline,
  LinkOutline,
  PayCircleOutline,
  PlusOutline,
  ReloadOutline,
  TrophyOutline,
];

/** Texts, icons and dialogs of every incentive page; business-area and technology names come with the project workspace's texts. */
const FEATURE_PROVIDERS = [
  provideNzIconsPatch(INCENTIVES_ICONS),
  provideTranslations(INCENTIVES_DICTIONARIES),
  provideTranslations(PROJECTS_DICTIONARIES),
  NzModalService,
];

/** Owners and leaders decide awards, run schemes and see the organisation's skills. */
const leaders = tenantGuard('owner', 'leader');

/**
 * `/incentives/awards` (the award queue), `/incentives/schemes`, `/incentives/skills` and
 * `/incentives/training` for owners and leaders; `/incentives/leaderboard` for every member of the
 * enterprise (points only, never money). Park administrators have none of it.
 */
export const incentivesRoutes: Routes = [
  {
    path: '',
    canActivate: [tenantGuard()],
    providers: FEATURE_PROVIDERS,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'awards' },
      {
        path: 'awards',
        component: AwardQueuePageComponent,
        canActivate: [leaders],
        title: 'awardQueue.pageTitle' satisfies TranslationKey,
      },
      { path: 'schemes', component: SchemesPageComponent, canActivate: [leaders], title: 'schemes.pageTitle' satisfies TranslationKey },
      { path: 'leaderboard', component: LeaderboardPageComponent, title: 'leaderboard.pageTitle' satisfies TranslationKey },
      { path: 'skills', component: SkillsPageComponent, canActivate: [leaders], title: 'skills.pageTitle' satisfies TranslationKey },
      {
        path: 'training',
        component: TrainingPageComponent,
        canActivate: [leaders],
        data: { mode: 'all' },
        title: 'training.pageTitle' satisfies TranslationKey,
      },
    ],
  },
];

/** `/me/awards` and `/me/training`: every member of the enterprise, their own awards and courses. */
export const meRoutes: Routes = [
  {
    path: '',
    canActivate: [tenantGuard()],
    providers: FEATURE_PROVIDERS,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'awards' },
      { path: 'awards', component: MyAwardsPageComponent, title: 'nav.myAwards' satisfies TranslationKey },
      { path: 'training', component: TrainingPageComponent, data: { mode: 'mine' }, title: 'nav.myTraining' satisfies TranslationKey },
    ],
  },
];
