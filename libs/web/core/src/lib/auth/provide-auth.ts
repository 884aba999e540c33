import { type EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { AuthService } from './auth.service';

/**
 * Starts restoring the session (one silent refresh with the cookie) as the app starts. Start-up does
 * not wait for it; the route guards do, so no page decides before the answer is in.
 */
export function provideAuth(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => {
      void inject(AuthService).restore();
    }),
  ]);
}
