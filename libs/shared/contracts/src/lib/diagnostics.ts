import { z } from 'zod';
import { TimestampSchema, UuidSchema } from './schema';

/**
 * A diagnostics probe: the API enqueues a job, the worker process picks it up and records that it
 * ran. It proves the API → Redis → worker → PostgreSQL path end to end.
 * Shape of POST /api/diagnostics/probes (202) and GET /api/diagnostics/probes/:id.
 */
export const DiagnosticProbeSchema = z.strictObject({
  id: UuidSchema,
  state: z.enum(['queued', 'processed']),
  requestedAt: TimestampSchema,
  processedAt: TimestampSchema.nullable(),
  /** Host and pid of the worker process that ran it. */
  processedBy: z.string().nullable(),
});
export type DiagnosticProbe = z.infer<typeof DiagnosticProbeSchema>;
