export { loginRoutes, LOGIN_ICONS } from './lib/login/login.routes';
export { LoginPageComponent } from './lib/login/login-page.component';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, emailMessage, passwordMessage, type FieldMessage } from './lib/login/login-form';
export { inviteRoutes } from './lib/invite/invite.routes';
export { InvitePageComponent } from './lib/invite/invite-page.component';
export { InvitationClient } from './lib/invite/invitation.client';
export { profileRoutes } from './lib/profile/profile.routes';
export { ProfilePageComponent } from './lib/profile/profile-page.component';
