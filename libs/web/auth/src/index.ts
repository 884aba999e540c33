export { loginRoutes, LOGIN_ICONS } from './lib/login/login.routes';
export { LoginPageComponent } from './lib/login/login-page.component';
export {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  emailMessage,
  passwordMessage,
  type FieldMessage,
} from './lib/login/login-form';
