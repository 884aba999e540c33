import { EntityManager } from 'typeorm';
import { execute, Row, selectRows } from '@xinzhi/server-db';
import type { DiagnosticProbe } from '@xinzhi/shared-contracts';

/*
 * The health feature's SQL. Both tables are platform tables (no tenant, no row security): the
 * heartbeat and the operator's reads need no tenant context, so they may run on the data source's
 * own manager; writes run in the TransactionRunner's transaction like every other write.
 */

type ProbeRow = Row<'diagnostic_probes'>;

function toProbe(row: ProbeRow): DiagnosticProbe {
  return {
    id: row.id,
    state: row.processed_at ? 'processed' : 'queued',
    requestedAt: row.requested_at.toISOString(),
    processedAt: row.processed_at?.toISOString() ?? null,
    processedBy: row.processed_by,
  };
}

/** A worker process's last sign of life. */
export interface Heartbeat {
  instance: string;
  beatAt: Date;
}

/** The newest heartbeat of any worker process, or null when none has beaten yet. */
export async function latestHeartbeat(m: EntityManager): Promise<Heartbeat | null> {
  const [row] = await selectRows<Row<'worker_heartbeats', 'instance' | 'beat_at'>>(
    m,
    'SELECT instance, beat_at FROM worker_heartbeats ORDER BY beat_at DESC LIMIT 1',
  );
  return row ? { instance: row.instance, beatAt: row.beat_at } : null;
}

/** Records that this worker process is alive, and forgets processes silent for a day. */
export async function recordHeartbeat(
  m: EntityManager,
  beat: { instance: string; host: string; pid: number; startedAt: Date },
): Promise<void> {
  const row: Row<'worker_heartbeats'> = {
    instance: beat.instance,
    host: beat.host,
    pid: beat.pid,
    started_at: beat.startedAt,
    beat_at: new Date(),
  };
  await execute(
    m,
    `INSERT INTO worker_heartbeats (instance, host, pid, started_at, beat_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (instance) DO UPDATE SET host = EXCLUDED.host, pid = EXCLUDED.pid, started_at = EXCLUDED.started_at, beat_at = EXCLUDED.beat_at`,
    [row.instance, row.host, row.pid, row.started_at, row.beat_at],
  );
  // Keep the table small: forget processes that have been silent for a day.
  await execute(m, `DELETE FROM worker_heartbeats WHERE beat_at < now() - interval '1 day'`);
}

/** How many probes were requested since `since`. */
export async function countProbesSince(m: EntityManager, since: Date): Promise<number> {
  const [{ n }] = await selectRows<{ n: number }>(m, 'SELECT count(*)::int AS n FROM diagnostic_probes WHERE requested_at > $1', [since]);
  return n;
}

export async function insertProbe(m: EntityManager): Promise<DiagnosticProbe> {
  const [row] = await selectRows<ProbeRow>(
    m,
    'INSERT INTO diagnostic_probes (requested_at) VALUES (now()) RETURNING id, requested_at, processed_at, processed_by',
  );
  return toProbe(row);
}

export async function findProbe(m: EntityManager, id: string): Promise<DiagnosticProbe | null> {
  const [row] = await selectRows<ProbeRow>(m, 'SELECT id, requested_at, processed_at, processed_by FROM diagnostic_probes WHERE id = $1', [
    id,
  ]);
  return row ? toProbe(row) : null;
}

/** Marks a probe processed by `instance`; a probe already processed keeps its first answer. */
export async function markProbeProcessed(m: EntityManager, id: string, instance: string): Promise<void> {
  await execute(m, 'UPDATE diagnostic_probes SET processed_at = now(), processed_by = $2 WHERE id = $1 AND processed_at IS NULL', [
    id,
    instance,
  ]);
}
