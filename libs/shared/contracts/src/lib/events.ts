import { z } from 'zod';
import { TimestampSchema, UuidSchema } from './schema';

/**
 * Server-sent events on GET /api/events: something a page shows has changed. Each SSE message is
 * named by the event's `type` and carries the event as JSON `data`. Besides these, the stream sends
 * `ready` once it is subscribed and `ping` to keep the connection open, both with `{}` as data.
 */
export const LiveEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('project.progress'), projectId: UuidSchema, at: TimestampSchema }),
  /** New in-app notifications for someone in the tenant; each open page re-reads its own. */
  z.strictObject({ type: z.literal('notifications'), at: TimestampSchema }),
  /** Incentive awards were proposed (by the worker) or decided (approved, rejected, paid). */
  z.strictObject({ type: z.literal('awards'), projectId: UuidSchema, at: TimestampSchema }),
  /** A maturity assessment was scored by the worker: an open results page re-reads it. */
  z.strictObject({ type: z.literal('assessment'), assessmentId: UuidSchema, at: TimestampSchema }),
]);
export type LiveEvent = z.infer<typeof LiveEventSchema>;
