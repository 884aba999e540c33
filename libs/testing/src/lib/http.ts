import type { ActingContext, TokenResponse } from '@xinzhi/shared-contracts';

export const DEMO_PASSWORD = 'Xinzhi-Demo-2026';

export interface Session {
  email: string;
  accessToken: string;
  /** The refresh cookie (`xinzhi_rt=...`), as a browser would send it to /api/auth/*. */
  cookie: string;
  context: ActingContext | null;
}

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** One HTTP call to the API under test; JSON in and out, problem bodies included. */
export async function call<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; cookie?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.cookie) headers['cookie'] = options.cookie;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, body: body as T };
}

/** The `xinzhi_rt=...` pair from a response's Set-Cookie, or '' when none was set. */
export function refreshCookieOf(headers: Headers): string {
  const all = headers.getSetCookie?.() ?? [];
  const found = all.find((c) => c.startsWith('xinzhi_rt='));
  return found ? found.split(';')[0] : '';
}

/** Signs in through POST /api/auth/login and keeps the token and refresh cookie. */
export async function signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await call<TokenResponse>(baseUrl, 'POST', '/api/auth/login', { body: { email, password } });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { email, accessToken: res.body.accessToken, cookie: refreshCookieOf(res.headers), context: res.body.context };
}

/** Signs in and switches to a given context (for accounts with several memberships). */
export async function signInTo(baseUrl: string, email: string, type: ActingContext['type'], id: string): Promise<Session> {
  const session = await signIn(baseUrl, email);
  const res = await call<TokenResponse>(baseUrl, 'POST', '/api/auth/switch', {
    token: session.accessToken,
    cookie: session.cookie,
    body: { type, id },
  });
  if (res.status !== 200) throw new Error(`switch of ${email} failed: ${res.status}`);
  return { ...session, accessToken: res.body.accessToken, context: res.body.context };
}
