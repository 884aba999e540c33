import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, InjectionToken, signal } from '@angular/core';
import { Router } from '@angular/router';
import type {
  AcceptInvitationRequest,
  ActingContext,
  ChangePasswordRequest,
  ContextType,
  MeResponse,
  Membership,
  TokenResponse,
  UpdateProfileRequest,
  UserSummary,
} from '@xinzhi/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { CalendarService } from '../calendar/calendar.service';

/** The API's auth and account routes. */
export const AUTH_URLS = {
  login: '/api/auth/login',
  refresh: '/api/auth/refresh',
  logout: '/api/auth/logout',
  logoutEverywhere: '/api/auth/logout-everywhere',
  switch: '/api/auth/switch',
  me: '/api/me',
  password: '/api/me/password',
  invitations: '/api/invitations',
} as const;

/** `restoring` until the start-up refresh has answered; then signed in or out. */
export type AuthStatus = 'restoring' | 'signedIn' | 'signedOut';

/** Name of the Web Lock that keeps refreshes of all tabs of this origin one at a time. */
const REFRESH_LOCK = 'xinzhi.auth.refresh';
/** The channel (and, without BroadcastChannel, the storage key) on which a tab tells the others it signed out. */
export const SIGN_OUT_CHANNEL = 'xinzhi.auth.signed-out';

/** Tells the other tabs of this origin that the session ended; `listen` hears the others. */
export interface SignOutSignal {
  announce(): void;
  listen(onSignedOut: () => void): void;
}

/** How this tab hears of and tells about sign-outs (a stand-in in unit tests). */
export const SIGN_OUT_SIGNAL = new InjectionToken<SignOutSignal>('SIGN_OUT_SIGNAL', {
  providedIn: 'root',
  factory: () => browserSignOutSignal(),
});

/** BroadcastChannel where the browser has it, else the `storage` event of a localStorage key. */
export function browserSignOutSignal(): SignOutSignal {
  const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(SIGN_OUT_CHANNEL) : null;
  return {
    announce() {
      if (channel) channel.postMessage('signed-out');
      else if (typeof localStorage !== 'undefined') localStorage.setItem(SIGN_OUT_CHANNEL, String(Date.now()));
    },
    listen(onSignedOut) {
      if (channel) channel.onmessage = () => onSignedOut();
      else if (typeof window !== 'undefined') window.addEventListener('storage', (e) => e.key === SIGN_OUT_CHANNEL && onSignedOut());
    },
  };
}

/**
 * The page a persona lands on in a context: their enterprise (an employee: their own tasks, the work
 * they came for, first on a phone), their park, or the platform.
 */
export function homeFor(context: (Pick<ActingContext, 'type'> & Partial<Pick<ActingContext, 'role'>>) | null | undefined): string {
  switch (context?.type) {
    case 'tenant':
      return context.role === 'employee' ? '/my-tasks' : '/workspace';
    case 'park':
      return '/park/dashboard';
    case 'platform':
      return '/platform/parks';
    default:
      return '/profile';
  }
}

/** A `returnUrl` that stays inside the app (no other origin, no loop back to sign-in). */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login/')) return null;
  return value;
}

/**
 * The signed-in user and the session. The access token lives in memory only (never in storage); the
 * refresh token is an httpOnly cookie the browser sends to `/api/auth`, so a reload restores the
 * session with one silent refresh. Refreshes are serialised — one in flight per tab (a shared
 * promise) and one at a time across tabs (a Web Lock) — because the API treats a refresh token used
 * twice as stolen and ends the session.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly calendar = inject(CalendarService);

  private readonly token = signal<string | null>(null);
  private readonly meState = signal<MeResponse | null>(null);
  private readonly contextState = signal<ActingContext | null>(null);
  private readonly statusState = signal<AuthStatus>('restoring');
  private refreshing: Promise<string | null> | null = null;
  private restoring: Promise<void> | null = null;
  private readonly signOutSignal = inject(SIGN_OUT_SIGNAL);

  constructor() {
    // Another tab signed out: the session (one refresh cookie for every tab) has ended here too.
    this.signOutSignal.listen(() => {
      if (this.statusState() === 'signedIn') this.sessionEnded();
    });
  }

  readonly status = this.statusState.asReadonly();
  readonly me = this.meState.asReadonly();
  /** The context the access token acts in (tenant, park or platform), or null. */
  readonly context = this.contextState.asReadonly();
  readonly user = computed<UserSummary | null>(() => this.meState()?.user ?? null);
  readonly memberships = computed<readonly Membership[]>(() => this.meState()?.memberships ?? []);
  readonly signedIn = computed(() => this.statusState() === 'signedIn');
  /** The membership of the acting context (its name and role). */
  readonly currentMembership = computed<Membership | null>(() => {
    const context = this.contextState();
    if (!context) return null;
    return this.memberships().find((m) => m.type === context.type && m.id === context.id) ?? null;
  });
  /** Where this user's home is in the acting context. */
  readonly home = computed(() => homeFor(this.contextState()));

  /** The bearer token for API calls, or null when signed out. */
  accessToken(): string | null {
    return this.token();
  }

  /** Resolves once it is known whether a session exists (the start-up refresh has answered). */
  whenReady(): Promise<void> {
    return this.statusState() === 'restoring' ? this.restore() : Promise.resolve();
  }

  /** Restores the session from the refresh cookie, once; called at start-up and by the guards. */
  restore(): Promise<void> {
    this.restoring ??= (async () => {
      try {
        const token = await this.refresh();
        if (token && this.statusState() === 'restoring') await this.loadMe();
      } catch {
        // no server, no session: the user signs in again
      }
      if (this.statusState() === 'restoring') this.clear();
    })();
    return this.restoring;
  }

  async login(email: string, password: string): Promise<void> {
    const tokens = await firstValueFrom(this.http.post<TokenResponse>(AUTH_URLS.login, { email, password }));
    await this.establish(tokens);
  }

  /** Joins through an invitation link and signs in to the new membership. */
  async acceptInvitation(request: AcceptInvitationRequest): Promise<void> {
    const tokens = await firstValueFrom(this.http.post<TokenResponse>(`${AUTH_URLS.invitations}/accept`, request));
    await this.establish(tokens);
  }

  /** Acts in another context the user belongs to; returns the new context. */
  async switchContext(type: ContextType, id: string): Promise<ActingContext | null> {
    const tokens = await firstValueFrom(this.http.post<TokenResponse>(AUTH_URLS.switch, { type, id }));
    await this.establish(tokens);
    return this.contextState();
  }

  /**
   * Signs out: the session ends at once (the API refuses its tokens from the next request) and the
   * other tabs of this browser, which share it, go to sign-in too.
   */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>(AUTH_URLS.logout, null));
    } catch {
      // the session may have ended already; forgetting it here is what matters
    }
    this.clear();
    this.signOutSignal.announce();
  }

  /** Signs out on every device: every session of the account ends. Rejects when the API refused (nothing changed). */
  async logoutEverywhere(): Promise<void> {
    await firstValueFrom(this.http.post<void>(AUTH_URLS.logoutEverywhere, null));
    this.clear();
    this.signOutSignal.announce();
  }

  /** Reloads the user, memberships and context from `GET /api/me`. */
  async loadMe(): Promise<MeResponse> {
    const me = await firstValueFrom(this.http.get<MeResponse>(AUTH_URLS.me));
    // The business calendar every "today" of the app follows.
    if (me.calendar) this.calendar.use(me.calendar);
    this.meState.set(me);
    this.contextState.set(me.context);
    this.statusState.set('signedIn');
    return me;
  }

  async updateProfile(changes: UpdateProfileRequest): Promise<UserSummary> {
    const user = await firstValueFrom(this.http.patch<UserSummary>(AUTH_URLS.me, changes));
    this.meState.update((me) => (me ? { ...me, user } : me));
    return user;
  }

  /** Changes the password; the API ends every other session and gives this one new tokens. */
  async changePassword(request: ChangePasswordRequest): Promise<void> {
    const tokens = await firstValueFrom(this.http.post<TokenResponse>(AUTH_URLS.password, request));
    this.accept(tokens);
  }

  /**
   * A new access token from the refresh cookie, or null when the session has ended (401). Concurrent
   * callers share the refresh in flight. Other failures (no network, server error) reject.
   */
  refresh(): Promise<string | null> {
    if (!this.refreshing) {
      this.refreshing = withLock(REFRESH_LOCK, () => this.requestRefresh()).finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  /**
   * For the interceptor, after `rejected` earned a 401: the token to retry with. When another call
   * already refreshed meanwhile, its token is reused instead of refreshing again.
   */
  renewAfterUnauthorized(rejected: string | null): Promise<string | null> {
    const current = this.token();
    if (current && current !== rejected) return Promise.resolve(current);
    return this.refresh();
  }

  /** The session ended while in use: forget it and go to sign-in, coming back here afterwards. */
  sessionEnded(): void {
    this.clear();
    const url = this.router.url;
    if (url === '/login' || url.startsWith('/login?')) return;
    void this.router.navigate(['/login'], { queryParams: { returnUrl: url } });
  }

  /** Forgets the token, the user and the context. */
  clear(): void {
    this.token.set(null);
    this.meState.set(null);
    this.contextState.set(null);
    this.statusState.set('signedOut');
  }

  private async requestRefresh(): Promise<string | null> {
    try {
      const tokens = await firstValueFrom(this.http.post<TokenResponse>(AUTH_URLS.refresh, null));
      const before = this.contextState();
      this.accept(tokens);
      // Another tab may have switched context (the refresh cookie remembers it): reload names and roles.
      const changed = before?.type !== tokens.context?.type || before?.id !== tokens.context?.id;
      if (changed && this.statusState() === 'signedIn') this.loadMe().catch(() => undefined);
      return tokens.accessToken;
    } catch (error) {
      if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) return null;
      throw error;
    }
  }

  private async establish(tokens: TokenResponse): Promise<void> {
    this.accept(tokens);
    try {
      await this.loadMe();
    } catch (error) {
      this.clear();
      throw error;
    }
  }

  private accept(tokens: TokenResponse): void {
    this.token.set(tokens.accessToken);
    this.contextState.set(tokens.context);
  }
}

/** Runs `work` holding a Web Lock when the browser has them (all modern ones), else directly. */
function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  if (!locks?.request) return work();
  return locks.request(name, () => work()) as Promise<T>;
}
