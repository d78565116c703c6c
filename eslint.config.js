// ESLint (flat config): typescript-eslint's recommended rules, no import cycles, no unused code.
// Formatting is Prettier's (`npm run lint` checks both).
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.sst/',
      '.data/',
      'test-results/',
      'cms/.next/',
      'cms/.next-production-test/',
      'cms/.open-next/',
      'cms/next-env.d.ts',
      // Generated: Payload's types, migrations and admin app files; codegen's resolver types.
      'cms/payload-types.ts',
      'cms/migrations/',
      'cms/app/(payload)/',
      'functions/graphql/*.generated.ts',
      'functions/resolvers/resolvers.generated.ts',
      'sst-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // How import-x parses and resolves TypeScript modules (no-cycle follows imports into them).
  importX.flatConfigs.typescript,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        performance: 'readonly',
      },
    },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Payload's and ElectroDB's loose types are bridged explicitly in a few places; each `any` says why.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Layers: the domain (content types, the read model, the register, training, search, webhooks…)
    // knows no GraphQL, no HTTP server and no dev tooling; only resolvers, the server and entry points do.
    files: ['functions/**/*.ts'],
    // Adapters sit above it: resolvers, the server, entry points, Lambda handlers, HTTP routes and commands.
    ignores: [
      'functions/resolvers/**',
      'functions/server/**',
      'functions/graphql/**',
      'functions/local/**',
      'functions/handlers/**',
      'functions/**/*handler.ts',
      'functions/**/http.ts',
      'functions/**/*-command.ts',
    ],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './functions',
              from: './functions/graphql',
              message: 'The domain knows no GraphQL: take a narrow context and domain types.',
            },
            { target: './functions', from: './functions/resolvers', message: 'The domain knows no resolvers.' },
            {
              target: './functions',
              from: './functions/server',
              message: 'The domain knows no HTTP server: take a narrow context of its own.',
            },
            { target: './functions', from: './functions/local', message: 'Dev tooling stays apart from the domain.' },
            {
              target: './functions',
              from: './functions/handlers',
              message: 'Entry points sit on top: the domain hands them its handlers, never imports them.',
            },
          ],
        },
      ],
    },
  },
  {
    // SST's config must reference its generated platform types this way.
    files: ['sst.config.ts'],
    rules: { '@typescript-eslint/triple-slash-reference': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
