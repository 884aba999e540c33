import { BreakpointObserver } from '@angular/cdk/layout';
import { inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';

/** Below this width pages show cards instead of tables and drawers take the whole screen. */
export const HANDSET_QUERY = '(max-width: 767.98px)';

/** Whether the screen is phone-sized, as a signal (call in an injection context). */
export function injectHandset(): Signal<boolean> {
  const breakpoints = inject(BreakpointObserver);
  return toSignal(breakpoints.observe(HANDSET_QUERY).pipe(map((state) => state.matches)), {
    initialValue: breakpoints.isMatched(HANDSET_QUERY),
  });
}
