import type { Routes } from '@angular/router';
import {
  ApartmentOutline,
  BankOutline,
  CloudServerOutline,
  DatabaseOutline,
  LoginOutline,
  ReloadOutline,
  ThunderboltOutline,
  UserOutline,
} from '@ant-design/icons-angular/icons';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { HomePageComponent } from './home-page.component';

/** Icons this feature draws, registered when its route loads (no icon is ever fetched at run time). */
export const HOME_ICONS = [
  ApartmentOutline,
  UserOutline,
  BankOutline,
  DatabaseOutline,
  ThunderboltOutline,
  CloudServerOutline,
  ReloadOutline,
  LoginOutline,
];

export const homeRoutes: Routes = [{ path: '', component: HomePageComponent, providers: [provideNzIconsPatch(HOME_ICONS)] }];
