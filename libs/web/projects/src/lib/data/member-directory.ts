import { inject, Injectable, signal } from '@angular/core';
import type { Member } from '@xinzhi/shared-contracts';
import { AuthService } from '@xinzhi/web-core';
import { ProjectsClient } from './projects.client';

/**
 * The enterprise's active members for the people pickers, loaded once per acting context. Only
 * owners, leaders and team leads may list members; for anyone else the list stays empty and no
 * request is made.
 */
@Injectable({ providedIn: 'root' })
export class MemberDirectory {
  private readonly client = inject(ProjectsClient);
  private readonly auth = inject(AuthService);
  private loadedFor: string | null = null;

  private readonly state = signal<readonly Member[]>([]);
  private readonly failed = signal(false);
  private readonly loadingState = signal(false);

  readonly members = this.state.asReadonly();
  readonly error = this.failed.asReadonly();
  readonly loading = this.loadingState.asReadonly();

  /** Whether the acting user may list members at all. */
  canList(): boolean {
    const context = this.auth.context();
    return context?.type === 'tenant' && (context.role === 'owner' || context.role === 'leader' || context.role === 'team_lead');
  }

  /** Loads the members unless they are loaded for this context already (or may not be listed). */
  ensureLoaded(force = false): void {
    const context = this.auth.context();
    if (!context || !this.canList()) {
      this.state.set([]);
      this.loadedFor = null;
      return;
    }
    const key = `${context.type}:${context.id}`;
    if (!force && (this.loadedFor === key || this.loadingState())) return;
    this.loadedFor = key;
    this.loadingState.set(true);
    this.failed.set(false);
    this.client.members().subscribe({
      next: (page) => {
        this.state.set(page.items.filter((member) => member.userId !== null && member.status === 'active'));
        this.loadingState.set(false);
      },
      error: () => {
        this.loadedFor = null;
        this.failed.set(true);
        this.loadingState.set(false);
      },
    });
  }
}
