import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './rls';

/** Every kind of notification (the contracts' NOTIFICATION_KINDS). */
const KINDS = [
  'task_overdue',
  'task_assigned',
  'task_commented',
  'mentioned',
  'task_blocked',
  'task_unblocked',
  'award_approved',
  'award_rejected',
  'award_paid',
  'invitation_accepted',
];
const KIND_LIST = KINDS.map((k) => `'${k}'`).join(', ');

/**
 * Notifications that follow the work, not only the morning overdue job:
 * - `notifications.kind` takes the event kinds (task assigned, commented, mentioned, blocked,
 *   unblocked; award approved, rejected, paid; invitation accepted). The one-per-day key is kept
 *   for `task_overdue` only (a partial unique index): events may tell a person twice on one day
 *   (two comments are two notices). An index serves `?kind=`.
 * - `task_events.mentions`: the members a comment mentions, by user id (chosen in the comment box,
 *   never parsed from names).
 * - `notification_preferences`: per member and kind, in-app on/off and e-mail on/off (stored for
 *   when e-mail exists). A missing row means in-app on, e-mail off. A member reads and writes only
 *   their own rows (restrictive policies); whoever writes a notice asks `notification_wanted(user,
 *   kind)`, a SECURITY DEFINER read owned by `xinzhi_definer` that answers one boolean for a member
 *   of the acting tenant and nothing else.
 */
export class NotificationKinds1765156100000 implements MigrationInterface {
  name = 'NotificationKinds1765156100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${KIND_LIST}));
      ALTER TABLE notifications DROP CONSTRAINT notifications_tenant_id_user_id_kind_task_id_day_key;
      -- One overdue notice per person, task and morning: the job can run twice and tell nobody twice.
      CREATE UNIQUE INDEX notifications_overdue_once ON notifications (tenant_id, user_id, task_id, day) WHERE kind = 'task_overdue';
      CREATE INDEX notifications_inbox_kind ON notifications (tenant_id, user_id, kind, id DESC);

      ALTER TABLE task_events ADD COLUMN mentions uuid[] NOT NULL DEFAULT '{}';

      CREATE TABLE notification_preferences (
        tenant_id   uuid NOT NULL,
        user_id     uuid NOT NULL,
        kind        text NOT NULL CHECK (kind IN (${KIND_LIST})),
        in_app      boolean NOT NULL DEFAULT true,
        email       boolean NOT NULL DEFAULT false,
        updated_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, user_id, kind),
        FOREIGN KEY (tenant_id, user_id) REFERENCES tenant_memberships (tenant_id, user_id) ON DELETE CASCADE
      );
    `);
    await q.query(tenantIsolation('notification_preferences'));
    // A member reads and changes only their own preferences (on top of the tenant policy); the
    // definer's read below is the one exception, and it answers a single boolean.
    await q.query(`
      CREATE POLICY own_preferences ON notification_preferences AS RESTRICTIVE
        USING (user_id = app_user_id() OR current_user = 'xinzhi_definer')
        WITH CHECK (user_id = app_user_id());
      GRANT SELECT (tenant_id, user_id, kind, in_app) ON notification_preferences TO xinzhi_definer;
      GRANT CREATE ON SCHEMA public TO xinzhi_definer;
      CREATE FUNCTION notification_wanted(p_user uuid, p_kind text) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT coalesce((SELECT p.in_app FROM notification_preferences p
                            WHERE p.tenant_id = app_tenant_id() AND p.user_id = p_user AND p.kind = p_kind), true)
        $$;
      ALTER FUNCTION notification_wanted(uuid, text) OWNER TO xinzhi_definer;
      REVOKE ALL ON FUNCTION notification_wanted(uuid, text) FROM PUBLIC;
    `);
    await q.query(
      `DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION notification_wanted(uuid, text) TO %I', current_setting('xinzhi.app_role')); END $$`,
    );
    await q.query(`REVOKE CREATE ON SCHEMA public FROM xinzhi_definer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION notification_wanted(uuid, text);
      DROP TABLE notification_preferences;
      ALTER TABLE task_events DROP COLUMN mentions;
      DELETE FROM notifications WHERE kind <> 'task_overdue';
      DROP INDEX notifications_inbox_kind;
      DROP INDEX notifications_overdue_once;
      ALTER TABLE notifications ADD CONSTRAINT notifications_tenant_id_user_id_kind_task_id_day_key UNIQUE (tenant_id, user_id, kind, task_id, day);
      ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('task_overdue'));
    `);
  }
}
