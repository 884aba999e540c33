-- Runs once, on the first start of an empty data volume (docker-entrypoint-initdb.d), as the
-- postgres superuser. Mirrors infra/local/ensure-services.sh: the owner role runs migrations, the
-- application role owns nothing and can never bypass row-level security. Local passwords only.
CREATE ROLE xinzhi_owner LOGIN PASSWORD 'xinzhi_owner' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE ROLE xinzhi_app LOGIN PASSWORD 'xinzhi_app' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
-- Owns the SECURITY DEFINER functions of the cross-tenant paths (login, invitations); cannot log in.
CREATE ROLE xinzhi_definer NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
GRANT xinzhi_definer TO xinzhi_owner;
CREATE DATABASE xinzhi OWNER xinzhi_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE xinzhi FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE xinzhi TO xinzhi_app;
GRANT ALL ON DATABASE xinzhi TO xinzhi_owner;
