import type { Router } from '@angular/router';

/**
 * Sets query parameters of the current address (null removes one) and navigates only when something
 * changed; `replaceUrl` for changes that should not each become a step of the history (typing).
 */
export function patchQueryParams(router: Router, change: Readonly<Record<string, string | null>>, replaceUrl = false): void {
  const url = router.parseUrl(router.url);
  const params: Record<string, string> = { ...url.queryParams };
  let changed = false;
  for (const [name, value] of Object.entries(change)) {
    if (value === null || value === '') {
      if (name in params) {
        delete params[name];
        changed = true;
      }
    } else if (params[name] !== value) {
      params[name] = value;
      changed = true;
    }
  }
  if (!changed) return;
  url.queryParams = params;
  void router.navigateByUrl(url, { replaceUrl });
}
