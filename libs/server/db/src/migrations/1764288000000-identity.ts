import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './rls';

/**
 * Identity and tenancy: parks, tenants, users, memberships, departments, invitations, refresh
 * tokens and audit events, with isolation enforced in the database:
 *
 * - every tenant-owned table has `tenant_id` first in its primary key and in every foreign key to
 *   another tenant table, row security ENABLEd and FORCEd, and the policy
 *   `tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
 * - park-owned rows use `app.park_id` the same way, platform operators `app.platform = 'on'`;
 * - the reads that must cross tenants before a context exists (login, invitations) are SECURITY
 *   DEFINER functions owned by `xinzhi_definer`, a role that cannot log in, whose own policies
 *   let it see what those functions need and nothing is reachable except through them.
 */
export class Identity1764288000000 implements MigrationInterface {
  name = 'Identity1764288000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ exists }] = await q.query(`SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'xinzhi_definer') AS exists`);
    if (!exists) {
      throw new Error('role xinzhi_definer is missing: run `npm run services` (or infra/docker/postgres-init.sql) as a superuser first');
    }

    // Context accessors used by the policies. `app.*` settings are transaction-local, set by the
    // TransactionRunner from the access token; unset means no rows.
    await q.query(`
      CREATE FUNCTION app_tenant_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS
        $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;
      CREATE FUNCTION app_park_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS
        $$ SELECT NULLIF(current_setting('app.park_id', true), '')::uuid $$;
      CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS
        $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;
      CREATE FUNCTION app_is_platform() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS
        $$ SELECT coalesce(current_setting('app.platform', true), '') = 'on' $$;
    `);

    // ── Platform tables
    await q.query(`
      CREATE TABLE parks (
        id          uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        region      text NOT NULL DEFAULT '',
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX parks_name_key ON parks (lower(name));

      CREATE TABLE users (
        id                   uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        email                text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
        display_name         text NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 100),
        password_hash        text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
        locale               text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en-US')),
        platform_operator    boolean NOT NULL DEFAULT false,
        password_changed_at  timestamptz NOT NULL DEFAULT now(),
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (email);

      CREATE TABLE tenants (
        id                  uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        park_id             uuid NOT NULL REFERENCES parks (id),
        name                text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        credit_code         text CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
        industry_section    text NOT NULL CHECK (industry_section ~ '^[A-T]$'),
        industry_division   text NOT NULL CHECK (industry_division ~ '^[0-9]{2}$'),
        scale               text NOT NULL CHECK (scale IN ('micro', 'small', 'medium')),
        region              text NOT NULL DEFAULT '',
        emerging            boolean NOT NULL DEFAULT false,
        manufacturing_type  text NOT NULL CHECK (manufacturing_type IN ('discrete', 'process', 'none')),
        showcase            boolean NOT NULL DEFAULT false,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX tenants_park ON tenants (park_id);
      CREATE UNIQUE INDEX tenants_credit_code_key ON tenants (credit_code) WHERE credit_code IS NOT NULL;
      CREATE UNIQUE INDEX tenants_park_name_key ON tenants (park_id, lower(name));

      CREATE TABLE park_memberships (
        park_id     uuid NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
        user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role        text NOT NULL DEFAULT 'park_admin' CHECK (role IN ('park_admin')),
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (park_id, user_id)
      );
      CREATE INDEX park_memberships_user ON park_memberships (user_id);

      CREATE TABLE park_invitations (
        park_id       uuid NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
        id            uuid NOT NULL DEFAULT uuid_generate_v7(),
        email         text NOT NULL CHECK (email = lower(email)),
        display_name  text NOT NULL,
        role          text NOT NULL DEFAULT 'park_admin' CHECK (role IN ('park_admin')),
        token_hash    text NOT NULL UNIQUE,
        invited_by    uuid REFERENCES users (id) ON DELETE SET NULL,
        expires_at    timestamptz NOT NULL,
        accepted_at   timestamptz,
        revoked_at    timestamptz,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (park_id, id)
      );

      CREATE TABLE refresh_tokens (
        id            uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        family_id     uuid NOT NULL,
        token_hash    text NOT NULL UNIQUE,
        context_type  text CHECK (context_type IN ('tenant', 'park', 'platform')),
        context_id    text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        expires_at    timestamptz NOT NULL,
        used_at       timestamptz,
        revoked_at    timestamptz,
        ip            text,
        user_agent    text
      );
      CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);
      CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
    `);

    // ── Tenant-owned tables: (tenant_id, id) keys, tenant_id in every foreign key.
    await q.query(`
      CREATE TABLE departments (
        tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id          uuid NOT NULL DEFAULT uuid_generate_v7(),
        name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      );
      CREATE UNIQUE INDEX departments_name_key ON departments (tenant_id, lower(name));

      CREATE TABLE tenant_memberships (
        tenant_id      uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id             uuid NOT NULL DEFAULT uuid_generate_v7(),
        user_id        uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role           text NOT NULL CHECK (role IN ('owner', 'leader', 'team_lead', 'employee')),
        department_id  uuid,
        job_title      text CHECK (job_title IS NULL OR length(job_title) <= 100),
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, user_id),
        FOREIGN KEY (tenant_id, department_id) REFERENCES departments (tenant_id, id) ON DELETE SET NULL (department_id)
      );
      CREATE INDEX tenant_memberships_user ON tenant_memberships (user_id);
      CREATE INDEX tenant_memberships_department ON tenant_memberships (tenant_id, department_id);

      CREATE TABLE tenant_invitations (
        tenant_id      uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id             uuid NOT NULL DEFAULT uuid_generate_v7(),
        email          text NOT NULL CHECK (email = lower(email)),
        display_name   text NOT NULL,
        role           text NOT NULL CHECK (role IN ('owner', 'leader', 'team_lead', 'employee')),
        department_id  uuid,
        job_title      text,
        token_hash     text NOT NULL UNIQUE,
        invited_by     uuid REFERENCES users (id) ON DELETE SET NULL,
        expires_at     timestamptz NOT NULL,
        accepted_at    timestamptz,
        revoked_at     timestamptz,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, department_id) REFERENCES departments (tenant_id, id) ON DELETE SET NULL (department_id)
      );
      CREATE UNIQUE INDEX tenant_invitations_open_key ON tenant_invitations (tenant_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL;

      CREATE TABLE audit_events (
        tenant_id      uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id             uuid NOT NULL DEFAULT uuid_generate_v7(),
        at             timestamptz NOT NULL DEFAULT now(),
        action         text NOT NULL,
        actor_user_id  uuid,
        actor_email    text,
        subject        text,
        detail         jsonb NOT NULL DEFAULT '{}'::jsonb,
        ip             text,
        user_agent     text,
        PRIMARY KEY (tenant_id, id)
      );
      CREATE INDEX audit_events_at ON audit_events (tenant_id, at DESC);
    `);

    // ── Row-level security
    const tenantTables = ['departments', 'tenant_memberships', 'tenant_invitations', 'audit_events'];
    for (const table of tenantTables) {
      await q.query(tenantIsolation(table));
    }
    for (const table of ['parks', 'users', 'tenants', 'park_memberships', 'park_invitations', 'refresh_tokens']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY; ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;`);
    }
    await q.query(`
      -- Parks: their own administrators, and platform operators.
      CREATE POLICY park_admin ON parks USING (id = app_park_id()) WITH CHECK (id = app_park_id());
      CREATE POLICY platform ON parks USING (app_is_platform()) WITH CHECK (app_is_platform());

      -- Tenants: the park that hosts them manages them; a tenant's members read and update their own row.
      CREATE POLICY park_admin ON tenants USING (park_id = app_park_id()) WITH CHECK (park_id = app_park_id());
      CREATE POLICY own_tenant ON tenants FOR SELECT USING (id = app_tenant_id());
      CREATE POLICY own_tenant_update ON tenants FOR UPDATE USING (id = app_tenant_id()) WITH CHECK (id = app_tenant_id());
      CREATE POLICY platform ON tenants FOR SELECT USING (app_is_platform());

      CREATE POLICY park_admin ON park_memberships USING (park_id = app_park_id()) WITH CHECK (park_id = app_park_id());
      CREATE POLICY platform ON park_memberships USING (app_is_platform()) WITH CHECK (app_is_platform());
      CREATE POLICY park_admin ON park_invitations USING (park_id = app_park_id()) WITH CHECK (park_id = app_park_id());
      CREATE POLICY platform ON park_invitations USING (app_is_platform()) WITH CHECK (app_is_platform());

      -- A park administrator sees who owns each tenant of the park (contact), nobody else of theirs.
      CREATE POLICY park_reads_owners ON tenant_memberships FOR SELECT
        USING (role = 'owner' AND EXISTS (SELECT 1 FROM tenants t WHERE t.id = tenant_memberships.tenant_id AND t.park_id = app_park_id()));
      -- ...and creates and reads the owner invitation of a tenant it onboards.
      CREATE POLICY park_invites_owners ON tenant_invitations
        USING (role = 'owner' AND EXISTS (SELECT 1 FROM tenants t WHERE t.id = tenant_invitations.tenant_id AND t.park_id = app_park_id()))
        WITH CHECK (role = 'owner' AND EXISTS (SELECT 1 FROM tenants t WHERE t.id = tenant_invitations.tenant_id AND t.park_id = app_park_id()));

      -- Users: yourself; the members of the tenant you act in; in a park, its administrators and
      -- its tenants' owners; everyone for platform operators. New users only come from invitations.
      CREATE POLICY self ON users FOR SELECT USING (id = app_user_id());
      CREATE POLICY self_update ON users FOR UPDATE USING (id = app_user_id()) WITH CHECK (id = app_user_id());
      CREATE POLICY tenant_members ON users FOR SELECT
        USING (EXISTS (SELECT 1 FROM tenant_memberships m WHERE m.user_id = users.id AND m.tenant_id = app_tenant_id()));
      CREATE POLICY park_people ON users FOR SELECT
        USING (EXISTS (SELECT 1 FROM park_memberships pm WHERE pm.user_id = users.id AND pm.park_id = app_park_id())
            OR EXISTS (SELECT 1 FROM tenant_memberships m JOIN tenants t ON t.id = m.tenant_id
                       WHERE m.user_id = users.id AND m.role = 'owner' AND t.park_id = app_park_id()));
      CREATE POLICY platform ON users FOR SELECT USING (app_is_platform());

      -- Refresh tokens belong to one user; the refresh cookie names the user, the hash proves it.
      CREATE POLICY own_tokens ON refresh_tokens USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());
    `);

    // The application may change only these columns of an account (never platform_operator or email).
    await q.query(`
      DO $$ DECLARE app text := current_setting('xinzhi.app_role');
      BEGIN
        EXECUTE format('REVOKE UPDATE ON users FROM %I', app);
        EXECUTE format('GRANT UPDATE (display_name, locale, password_hash, password_changed_at, updated_at) ON users TO %I', app);
        EXECUTE format('REVOKE INSERT ON users FROM %I', app);
      END $$`);

    // ── The definer role: reads and writes what the named cross-tenant functions need, nothing else.
    await q.query(`
      GRANT USAGE ON SCHEMA public TO xinzhi_definer;
      GRANT SELECT ON parks, tenants, users, park_memberships, tenant_memberships, park_invitations, tenant_invitations TO xinzhi_definer;
      GRANT INSERT ON users, park_memberships, tenant_memberships, audit_events TO xinzhi_definer;
      GRANT UPDATE (accepted_at, updated_at) ON park_invitations, tenant_invitations TO xinzhi_definer;
      CREATE POLICY definer ON parks FOR SELECT TO xinzhi_definer USING (true);
      CREATE POLICY definer ON tenants FOR SELECT TO xinzhi_definer USING (true);
      CREATE POLICY definer_read ON users FOR SELECT TO xinzhi_definer USING (true);
      CREATE POLICY definer_insert ON users FOR INSERT TO xinzhi_definer WITH CHECK (true);
      CREATE POLICY definer_read ON park_memberships FOR SELECT TO xinzhi_definer USING (true);
      CREATE POLICY definer_insert ON park_memberships FOR INSERT TO xinzhi_definer WITH CHECK (true);
      CREATE POLICY definer_read ON tenant_memberships FOR SELECT TO xinzhi_definer USING (true);
      CREATE POLICY definer_insert ON tenant_memberships FOR INSERT TO xinzhi_definer WITH CHECK (true);
      CREATE POLICY definer ON park_invitations FOR ALL TO xinzhi_definer USING (true) WITH CHECK (true);
      CREATE POLICY definer ON tenant_invitations FOR ALL TO xinzhi_definer USING (true) WITH CHECK (true);
      CREATE POLICY definer_insert ON audit_events FOR INSERT TO xinzhi_definer WITH CHECK (true);
    `);

    await q.query(`
      -- Login: the account behind an email (before any context exists).
      CREATE FUNCTION auth_user_by_email(p_email text)
        RETURNS TABLE (id uuid, email text, display_name text, password_hash text, locale text, platform_operator boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT u.id, u.email, u.display_name, u.password_hash, u.locale, u.platform_operator
          FROM users u WHERE u.email = lower(btrim(p_email))
        $$;

      -- Login and context switch: every context the user may act in, with its name.
      CREATE FUNCTION auth_memberships(p_user uuid)
        RETURNS TABLE (type text, id text, name text, role text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT 'tenant', t.id::text, t.name, m.role
            FROM tenant_memberships m JOIN tenants t ON t.id = m.tenant_id WHERE m.user_id = p_user
          UNION ALL
          SELECT 'park', p.id::text, p.name, pm.role
            FROM park_memberships pm JOIN parks p ON p.id = pm.park_id WHERE pm.user_id = p_user
          UNION ALL
          SELECT 'platform', 'platform', 'Xinzhi platform', 'operator'
            FROM users u WHERE u.id = p_user AND u.platform_operator
          ORDER BY 1 DESC, 3
        $$;

      -- Logins (and failed ones) are recorded in the audit log of every tenant the account belongs to.
      CREATE FUNCTION auth_record_login(p_user uuid, p_action text, p_ip text, p_user_agent text)
        RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          INSERT INTO audit_events (tenant_id, action, actor_user_id, actor_email, subject, ip, user_agent)
          SELECT m.tenant_id, p_action, u.id, u.email, u.email, p_ip, left(p_user_agent, 300)
          FROM tenant_memberships m JOIN users u ON u.id = m.user_id
          WHERE m.user_id = p_user AND p_action IN ('login.succeeded', 'login.failed')
        $$;

      -- Invitation links: what an open invitation is for, found by the hash of its token.
      CREATE FUNCTION invitation_preview(p_token_hash text)
        RETURNS TABLE (context_type text, context_id uuid, context_name text, email text, display_name text, role text, expires_at timestamptz, existing_user boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT 'tenant', i.tenant_id, t.name, i.email, i.display_name, i.role, i.expires_at,
                 EXISTS (SELECT 1 FROM users u WHERE u.email = i.email)
            FROM tenant_invitations i JOIN tenants t ON t.id = i.tenant_id
           WHERE i.token_hash = p_token_hash AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
          UNION ALL
          SELECT 'park', i.park_id, p.name, i.email, i.display_name, i.role, i.expires_at,
                 EXISTS (SELECT 1 FROM users u WHERE u.email = i.email)
            FROM park_invitations i JOIN parks p ON p.id = i.park_id
           WHERE i.token_hash = p_token_hash AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
        $$;

      -- Accepting an invitation: creates the account when the email has none (p_password_hash is
      -- then required; for an existing account the API has verified its password first), adds the
      -- membership and closes the invitation, all at once. Returns the user and the context.
      CREATE FUNCTION invitation_accept(p_token_hash text, p_password_hash text, p_display_name text)
        RETURNS TABLE (user_id uuid, context_type text, context_id uuid)
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
          inv record;
          uid uuid;
        BEGIN
          SELECT 'tenant' AS kind, i.tenant_id AS ctx, i.id, i.email, i.display_name, i.role, i.department_id, i.job_title
            INTO inv FROM tenant_invitations i
           WHERE i.token_hash = p_token_hash AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
           FOR UPDATE;
          IF NOT FOUND THEN
            SELECT 'park' AS kind, i.park_id AS ctx, i.id, i.email, i.display_name, i.role, NULL::uuid AS department_id, NULL::text AS job_title
              INTO inv FROM park_invitations i
             WHERE i.token_hash = p_token_hash AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
             FOR UPDATE;
          END IF;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'invitation not found' USING ERRCODE = 'P0002';
          END IF;

          SELECT u.id INTO uid FROM users u WHERE u.email = inv.email;
          IF uid IS NULL THEN
            IF p_password_hash IS NULL THEN
              RAISE EXCEPTION 'password required' USING ERRCODE = '22023';
            END IF;
            INSERT INTO users (email, display_name, password_hash)
            VALUES (inv.email, coalesce(nullif(btrim(p_display_name), ''), inv.display_name), p_password_hash)
            RETURNING id INTO uid;
          END IF;

          IF inv.kind = 'tenant' THEN
            INSERT INTO tenant_memberships (tenant_id, user_id, role, department_id, job_title)
            VALUES (inv.ctx, uid, inv.role, inv.department_id, inv.job_title)
            ON CONFLICT (tenant_id, user_id) DO NOTHING;
            UPDATE tenant_invitations SET accepted_at = now(), updated_at = now() WHERE tenant_id = inv.ctx AND id = inv.id;
            INSERT INTO audit_events (tenant_id, action, actor_user_id, actor_email, subject, detail)
            VALUES (inv.ctx, 'member.joined', uid, inv.email, inv.email, jsonb_build_object('role', inv.role));
          ELSE
            INSERT INTO park_memberships (park_id, user_id, role) VALUES (inv.ctx, uid, inv.role)
            ON CONFLICT (park_id, user_id) DO NOTHING;
            UPDATE park_invitations SET accepted_at = now(), updated_at = now() WHERE park_id = inv.ctx AND id = inv.id;
          END IF;

          RETURN QUERY SELECT uid, inv.kind::text, inv.ctx;
        END $$;
    `);
    // Handing a function to another owner needs that owner to hold CREATE on the schema; the
    // definer role gets it only for the hand-over.
    await q.query(`GRANT CREATE ON SCHEMA public TO xinzhi_definer`);
    for (const fn of [
      'auth_user_by_email(text)',
      'auth_memberships(uuid)',
      'auth_record_login(uuid, text, text, text)',
      'invitation_preview(text)',
      'invitation_accept(text, text, text)',
    ]) {
      await q.query(`ALTER FUNCTION ${fn} OWNER TO xinzhi_definer; REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC;`);
      await q.query(`DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION ${fn} TO %I', current_setting('xinzhi.app_role')); END $$`);
    }
    await q.query(`REVOKE CREATE ON SCHEMA public FROM xinzhi_definer`);
    await q.query(
      `DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION app_tenant_id(), app_park_id(), app_user_id(), app_is_platform() TO %I, xinzhi_definer', current_setting('xinzhi.app_role')); END $$`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION invitation_accept(text, text, text), invitation_preview(text), auth_record_login(uuid, text, text, text),
        auth_memberships(uuid), auth_user_by_email(text);
      DROP TABLE audit_events, tenant_invitations, tenant_memberships, departments, refresh_tokens,
        park_invitations, park_memberships, tenants, users, parks;
      DROP FUNCTION app_tenant_id(), app_park_id(), app_user_id(), app_is_platform();
      REVOKE ALL ON SCHEMA public FROM xinzhi_definer;
    `);
  }
}
