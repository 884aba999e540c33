import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who is acting and in which context. The auth guard (`AccessGuard`) fills it once per request and the
 * job runner fills it from a job's payload; repositories and the transaction runner read it here and
 * nowhere else. Reading it outside a request or job throws instead of silently running unscoped.
 */
export interface ActorContext {
  requestId: string;
  userId: string | null;
  /** The signed-in session (refresh-token family) the request's access token belongs to, when it names one. */
  sessionId?: string | null;
  /** Set when acting in a tenant (SME) context. */
  tenantId: string | null;
  /** Set when acting in a park context. */
  parkId: string | null;
  role: string | null;
  /** True only when acting in the platform operator context. */
  platformOperator: boolean;
  /** Client address and agent, for audit events. */
  ip?: string | null;
  userAgent?: string | null;
}

const storage = new AsyncLocalStorage<ActorContext>();

export const RequestContext = {
  run<T>(context: ActorContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  /** The current context; throws when called outside a request or job. */
  current(): ActorContext {
    const ctx = storage.getStore();
    if (!ctx) throw new Error('No request context: this code must run inside a request or a job.');
    return ctx;
  },
  /** The current context or null (for code such as logging that may run outside one). */
  peek(): ActorContext | null {
    return storage.getStore() ?? null;
  },
  /** A context for system work that belongs to no tenant (heartbeats, migrations). */
  system(requestId: string): ActorContext {
    return { requestId, userId: null, tenantId: null, parkId: null, role: null, platformOperator: false };
  },
  /** A context for work done on behalf of one tenant by no particular user (jobs, demo data). */
  forTenant(tenantId: string, requestId: string): ActorContext {
    return { ...RequestContext.system(requestId), tenantId };
  },
};

/** The smallest surface of a Fastify instance that the hook needs (keeps core free of adapter types). */
interface HookHost {
  addHook(
    name: 'onRequest',
    hook: (
      request: { id: unknown; ip: string; headers: Record<string, unknown> },
      reply: { header(name: string, value: string): unknown },
      done: () => void,
    ) => void,
  ): unknown;
}

/**
 * Opens an empty, anonymous context for every HTTP request before any handler runs. The auth guard
 * fills in user, tenant or park and role; code that runs later in the request reads it through
 * `RequestContext.current()`. The request id is echoed in `X-Request-Id` for support.
 */
export function registerRequestContext(fastify: HookHost): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', String(request.id));
    const agent = request.headers['user-agent'];
    RequestContext.run(
      { ...RequestContext.system(String(request.id)), ip: request.ip, userAgent: typeof agent === 'string' ? agent.slice(0, 300) : null },
      done,
    );
  });
}
