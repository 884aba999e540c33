import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One row per worker process, refreshed by the heartbeat job (platform table, no tenant). */
@Entity({ name: 'worker_heartbeats' })
export class WorkerHeartbeat {
  @PrimaryColumn('text') instance!: string;
  @Column('text') host!: string;
  @Column('integer') pid!: number;
  @Column('timestamptz', { name: 'started_at' }) startedAt!: Date;
  @Column('timestamptz', { name: 'beat_at' }) beatAt!: Date;
}

/** A diagnostics round trip API → queue → worker (platform table, no tenant). */
@Entity({ name: 'diagnostic_probes' })
export class DiagnosticProbeRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('timestamptz', { name: 'requested_at' }) requestedAt!: Date;
  @Column('timestamptz', { name: 'processed_at', nullable: true }) processedAt!: Date | null;
  @Column('text', { name: 'processed_by', nullable: true }) processedBy!: string | null;
}

export const HEALTH_ENTITIES = [WorkerHeartbeat, DiagnosticProbeRow];
