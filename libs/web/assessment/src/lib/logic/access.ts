import { inject } from '@angular/core';
import { AuthService } from '@xinzhi/web-core';

/** Whether the person acts as owner or leader of the enterprise (create, assign, submit, delete a draft). */
export function injectManages(): () => boolean {
  const auth = inject(AuthService);
  return () => {
    const context = auth.context();
    return context?.type === 'tenant' && (context.role === 'owner' || context.role === 'leader');
  };
}
