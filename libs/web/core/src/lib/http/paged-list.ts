import { DestroyRef, inject, signal } from '@angular/core';
import type { Page } from '@xinzhi/shared-contracts';
import type { Observable, Subscription } from 'rxjs';

/** A list read page by page (`Page<T>` with a cursor), as signals for a template. */
export interface PagedList<T> {
  readonly items: () => readonly T[];
  /** True while the first page loads. */
  readonly loading: () => boolean;
  /** True while a further page loads. */
  readonly loadingMore: () => boolean;
  /** The failure of the last load, or null. */
  readonly error: () => unknown;
  readonly hasMore: () => boolean;
  /** Loads the first page again, replacing the items. */
  reload(): void;
  /** Appends the next page. */
  loadMore(): void;
  /** Changes the loaded items in place (after a create, edit or delete). */
  update(change: (items: readonly T[]) => readonly T[]): void;
}

/**
 * Creates a paged list reading `fetch(cursor)`; call in an injection context (the request in flight
 * is dropped when the component goes). The first page is loaded at once.
 */
export function createPagedList<T>(fetch: (cursor: string | null) => Observable<Page<T>>): PagedList<T> {
  const items = signal<readonly T[]>([]);
  const loading = signal(false);
  const loadingMore = signal(false);
  const error = signal<unknown>(null);
  const cursor = signal<string | null>(null);
  let running: Subscription | null = null;

  const load = (from: string | null): void => {
    running?.unsubscribe();
    error.set(null);
    (from ? loadingMore : loading).set(true);
    running = fetch(from).subscribe({
      next: (page) => {
        items.update((current) => (from ? [...current, ...page.items] : page.items));
        cursor.set(page.nextCursor);
        loading.set(false);
        loadingMore.set(false);
      },
      error: (failure: unknown) => {
        error.set(failure);
        loading.set(false);
        loadingMore.set(false);
      },
    });
  };

  inject(DestroyRef).onDestroy(() => running?.unsubscribe());
  load(null);

  return {
    items: items.asReadonly(),
    loading: loading.asReadonly(),
    loadingMore: loadingMore.asReadonly(),
    error: error.asReadonly(),
    hasMore: () => cursor() !== null,
    reload: () => load(null),
    loadMore: () => {
      const next = cursor();
      if (next && !loadingMore()) load(next);
    },
    update: (change) => items.update(change),
  };
}
