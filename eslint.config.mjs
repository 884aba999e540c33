// Root ESLint flat config. Module boundaries (docs/architecture.md, "Boundaries") are enforced here:
// a wrong-way import fails `nx lint`, and libs/testing/src/module-boundaries.spec.ts proves that it does.
import nx from '@nx/eslint-plugin';

const frameworkAndNodeImports = [
  '@nestjs/*',
  '@angular/*',
  'typeorm',
  'pg',
  'bullmq',
  'ioredis',
  'rxjs',
  'fastify',
  '@fastify/*',
  'node:*',
  'fs',
  'path',
  'crypto',
  'http',
  'os',
  'child_process',
  'ng-zorro-antd',
  'ng-zorro-antd/*',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.angular', '**/tmp', '**/coverage'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: frameworkAndNodeImports,
            },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:testing'] },
            // The test harness may reach server code (the service-test harness assembles server modules);
            // its main entry point stays free of it, so the e2e suites never load server code.
            { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: ['scope:shared', 'scope:testing', 'scope:server'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:core', 'type:ui', 'type:contracts'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:testing', 'type:core'] },
            // Service tests call the features' services directly, through the harness of libs/testing.
            { sourceTag: 'type:service-test', onlyDependOnLibsWithTags: ['type:feature', 'type:core', 'type:contracts', 'type:testing'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:core', 'type:ui', 'type:contracts'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:core', 'type:contracts'] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:contracts'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:contracts'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // process.env is read in exactly one place: the validated config of libs/server/core.
    files: ['apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts', 'libs/server/**/*.ts'],
    ignores: ['libs/server/core/src/lib/config/**', '**/*.spec.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through AppConfig (libs/server/core/src/lib/config).' },
      ],
    },
  },
  {
    // One way to the database (docs/architecture.md, "Data access"): in a feature converted to data
    // files, SQL runs only from its `*.data.ts`, and TypeORM's entities and repositories are not used.
    // Add a feature here when its SQL has moved.
    files: [
      'libs/server/{health,notifications,kpis,progress,tasks,projects,incentives,identity,assessment,solutions,park,surveys,imports}/src/**/*.ts',
    ],
    ignores: ['**/*.data.ts', '**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(query|getRepository|createQueryBuilder)$/]',
          message: 'SQL belongs in the feature\'s <feature>.data.ts (docs/architecture.md, "Data access").',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              importNames: [
                'Entity',
                'Column',
                'PrimaryColumn',
                'PrimaryGeneratedColumn',
                'Repository',
                'In',
                'IsNull',
                'MoreThan',
                'LessThan',
                'Not',
              ],
              message: 'Converted features use raw SQL in <feature>.data.ts, not TypeORM entities (docs/architecture.md, "Data access").',
            },
          ],
        },
      ],
    },
  },
];
