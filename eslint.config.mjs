import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/.data*', '**/.angular'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      // The domain lib is the one home of the rules both sides share: it may import no framework.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            {
              sourceTag: 'scope:domain',
              onlyDependOnLibsWithTags: ['scope:domain'],
              bannedExternalImports: [
                '@nestjs/*',
                '@angular/*',
                'typeorm',
                'rxjs',
                'rxjs/*',
                'express',
                'pg',
                'class-validator',
                'class-transformer',
              ],
            },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:domain'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:domain'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:domain'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Type-aware rules: a promise is awaited or explicitly voided, never left floating.
    files: ['**/src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e.ts'],
    rules: {
      // Focused or skipped tests must never be left behind.
      'no-restricted-properties': [
        'error',
        { object: 'describe', property: 'only' },
        { object: 'it', property: 'only' },
        { object: 'test', property: 'only' },
        { object: 'describe', property: 'skip' },
        { object: 'it', property: 'skip' },
        { object: 'test', property: 'skip' },
      ],
      'no-restricted-globals': ['error', 'fdescribe', 'fit', 'xdescribe', 'xit'],
    },
  },
];
