import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib/env';

/**
 * Proves that lint keeps a converted feature's SQL in its data file: a query or a repository in any
 * other file of the feature is an error, the same query in `<feature>.data.ts` is not.
 */
describe('data access has one way', () => {
  // ESLint runs as its own process, exactly as `nx lint` runs it (its ESM config cannot load inside Jest).
  function dataAccessErrors(filePath: string, code: string): string[] {
    const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'eslint'), ['--stdin', '--stdin-filename', filePath, '--format', 'json'], {
      cwd: ROOT,
      input: code,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    });
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
    return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax' || m.ruleId === 'no-restricted-imports').map((m) => m.message);
  }

  const QUERY = `import { EntityManager } from 'typeorm';\nexport const count = (m: EntityManager) => m.query('SELECT count(*) FROM kpis');\n`;

  it('rejects SQL in a converted feature’s service', () => {
    expect(dataAccessErrors('libs/server/kpis/src/lib/kpis.ts', QUERY).join('\n')).toMatch(/kpis\.data\.ts|<feature>\.data\.ts/);
  });

  it('rejects TypeORM entities and repositories there', () => {
    const code = `import { Entity, Repository } from 'typeorm';\nexport const x = [Entity, Repository];\nexport const y = (m: { getRepository: (e: unknown) => unknown }) => m.getRepository(x);\n`;
    expect(dataAccessErrors('libs/server/health/src/lib/heartbeat.ts', code)).toHaveLength(3);
  });

  it('accepts the same SQL in the feature’s data file', () => {
    expect(dataAccessErrors('libs/server/kpis/src/lib/kpis.data.ts', QUERY)).toEqual([]);
  });
});
