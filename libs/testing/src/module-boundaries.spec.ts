import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/env';

/**
 * Proves that the dependency rules of docs/architecture.md ("Boundaries") are enforced by lint: a wrong-way import is an
 * error, the same import in an allowed place is not.
 */
describe('module boundaries', () => {
  // ESLint runs as its own process, exactly as `nx lint` runs it (its ESM config cannot load inside Jest).
  async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
    const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'eslint'), ['--stdin', '--stdin-filename', filePath, '--format', 'json'], {
      cwd: ROOT,
      input: code,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    });
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
    return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
  }

  it('forbids the web app from importing server code', async () => {
    const errors = await boundaryErrors(
      'apps/web/src/app/forbidden.ts',
      `import { loadConfig } from '@xinzhi/server-core';\nexport const x = loadConfig;\n`,
    );
    expect(errors.join('\n')).toMatch(/scope:web/);
  });

  it('allows the API to import the same server code', async () => {
    const errors = await boundaryErrors(
      'apps/api/src/allowed.ts',
      `import { loadConfig } from '@xinzhi/server-core';\nexport const x = loadConfig;\n`,
    );
    expect(errors).toEqual([]);
  });

  it('forbids server code from importing web code', async () => {
    const errors = await boundaryErrors(
      'libs/server/health/src/forbidden.ts',
      `import * as web from '@xinzhi/web-core';\nexport const x = web;\n`,
    );
    expect(errors.join('\n')).toMatch(/scope:server/);
  });

  it('keeps frameworks and Node out of the shared contracts', async () => {
    const errors = await boundaryErrors(
      'libs/shared/contracts/src/forbidden.ts',
      `import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n`,
    );
    expect(errors.join('\n')).toMatch(/@nestjs\/common/);
  });

  it('forbids one feature from importing another', async () => {
    const errors = await boundaryErrors(
      'libs/web/auth/src/forbidden.ts',
      `import * as home from '@xinzhi/web-home';\nexport const x = home;\n`,
    );
    expect(errors.join('\n')).toMatch(/type:feature/);
  });

  it('keeps server code out of the integration and browser suites', async () => {
    const errors = await boundaryErrors(
      'apps/api-e2e/src/forbidden.ts',
      `import { loadConfig } from '@xinzhi/server-core';\nexport const x = loadConfig;\n`,
    );
    expect(errors.join('\n')).toMatch(/scope:e2e|type:e2e/);
    // Their harness entry point loads no server code either (the service harness has its own entry).
    const index = readFileSync(join(__dirname, 'index.ts'), 'utf8');
    const modules = [...index.matchAll(/from '(\.\/[^']+)'/g)].map((m) => m[1]);
    expect(modules.length).toBeGreaterThan(3);
    for (const module of modules) {
      expect({ module, server: /from '@xinzhi\/server-/.test(readFileSync(join(__dirname, `${module}.ts`), 'utf8')) }).toEqual({
        module,
        server: false,
      });
    }
  });

  it('lets the service tests import features and the service harness', async () => {
    const code = `import { TasksService } from '@xinzhi/server-tasks';\nimport { ServiceTest } from '@xinzhi/testing/service';\nexport const x = [TasksService, ServiceTest];\n`;
    expect(await boundaryErrors('apps/service-tests/src/allowed.ts', code)).toEqual([]);
  });
});
