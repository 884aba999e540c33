/**
 * A diagnostics probe: the API enqueues a job, the worker process picks it up and records that it
 * ran. It proves the API → Redis → worker → PostgreSQL path end to end.
 */
export interface DiagnosticProbe {
  id: string;
  state: 'queued' | 'processed';
  requestedAt: string;
  processedAt: string | null;
  /** Host and pid of the worker process that ran it. */
  processedBy: string | null;
}
