import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, testEnv } from '@xinzhi/testing';

const GENERATOR = join(ROOT, 'dist', 'apps', 'api', 'db-types.js');
const COMMITTED = join(ROOT, 'libs', 'server', 'db', 'src', 'schema', 'tables.generated.ts');

/** Runs the built schema type generator against the migrated test database. */
function generator(...args: string[]): Promise<{ code: number; output: string }> {
  if (!existsSync(GENERATOR)) throw new Error(`${GENERATOR} is missing: build first (npx nx run-many -t build -p api worker)`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [GENERATOR, ...args],
      { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', ...testEnv() }, timeout: 30_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` });
      },
    );
  });
}

/**
 * The row types every data file is checked against (libs/server/db/src/schema/tables.generated.ts)
 * must say what the migrations make: regenerated from the freshly migrated test database, they
 * must equal the committed file. After a migration, `npm run db:types` and commit.
 */
describe('the committed schema types match the migrated database', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'xinzhi-db-types-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('regenerates the committed file exactly', async () => {
    const result = await generator('--check', COMMITTED);
    expect(result.output).toContain('matches the database');
    expect(result.code).toBe(0);
  });

  it('fails, naming the column, when the committed file says something else', async () => {
    // A copy of the committed file with one column retyped and one renamed, as a stale file would be.
    const stale = readFileSync(COMMITTED, 'utf8')
      .replace(/(\n {2}notifications: \{[^}]*?\n {4}read_at: )Date \| null;/, '$1Date;')
      .replace(/(\n {2}kpis: \{[^}]*?\n {4})target_date:/, '$1due_date:');
    const file = join(scratch, 'stale.generated.ts');
    writeFileSync(file, stale);
    const result = await generator('--check', file);
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      'notifications.read_at: committed Date (timestamp with time zone), database Date | null (timestamp with time zone)',
    );
    expect(result.output).toContain('kpis.target_date: column in the database, not in the committed file');
    expect(result.output).toContain('kpis.due_date: column in the committed file, not in the database');
  });

  it('writes the file it compares against', async () => {
    const file = join(scratch, 'fresh.generated.ts');
    const result = await generator(file);
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(COMMITTED, 'utf8'));
  });
});
