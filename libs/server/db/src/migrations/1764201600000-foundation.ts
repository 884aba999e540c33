import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foundation: UUIDv7 ids, privileges for the application role, and the two platform tables the
 * worker's liveness and the diagnostics probe use.
 */
export class Foundation1764201600000 implements MigrationInterface {
  name = 'Foundation1764201600000';

  async up(q: QueryRunner): Promise<void> {
    // UUIDv7: 48-bit Unix milliseconds, version and variant bits, the rest random (RFC 9562).
    await q.query(`
      CREATE OR REPLACE FUNCTION uuid_generate_v7() RETURNS uuid LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        ms bigint := floor(extract(epoch FROM clock_timestamp()) * 1000);
        bytes bytea := decode(replace(gen_random_uuid()::text, '-', ''), 'hex');
      BEGIN
        bytes := set_byte(bytes, 0, ((ms >> 40) & 255)::int);
        bytes := set_byte(bytes, 1, ((ms >> 32) & 255)::int);
        bytes := set_byte(bytes, 2, ((ms >> 24) & 255)::int);
        bytes := set_byte(bytes, 3, ((ms >> 16) & 255)::int);
        bytes := set_byte(bytes, 4, ((ms >> 8) & 255)::int);
        bytes := set_byte(bytes, 5, (ms & 255)::int);
        bytes := set_byte(bytes, 6, (get_byte(bytes, 6) & 15) | 112);
        bytes := set_byte(bytes, 8, (get_byte(bytes, 8) & 63) | 128);
        RETURN encode(bytes, 'hex')::uuid;
      END $$`);

    await q.query(`
      DO $$
      DECLARE app text := current_setting('xinzhi.app_role');
      BEGIN
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', app);
        EXECUTE format('GRANT EXECUTE ON FUNCTION uuid_generate_v7() TO %I', app);
      END $$`);

    await q.query(`
      CREATE TABLE worker_heartbeats (
        instance    text PRIMARY KEY,
        host        text NOT NULL,
        pid         integer NOT NULL,
        started_at  timestamptz NOT NULL,
        beat_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`COMMENT ON TABLE worker_heartbeats IS 'Platform table: one row per worker process, refreshed by the heartbeat job'`);

    await q.query(`
      CREATE TABLE diagnostic_probes (
        id            uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        requested_at  timestamptz NOT NULL DEFAULT now(),
        processed_at  timestamptz,
        processed_by  text
      )`);
    await q.query(`COMMENT ON TABLE diagnostic_probes IS 'Platform table: API → queue → worker round trips, for diagnostics and tests'`);
    await q.query(`CREATE INDEX diagnostic_probes_requested_at ON diagnostic_probes (requested_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE diagnostic_probes`);
    await q.query(`DROP TABLE worker_heartbeats`);
    await q.query(`DROP FUNCTION uuid_generate_v7()`);
  }
}
