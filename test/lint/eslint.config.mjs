// Lint for the whole repository; run as `npm run lint` (eslint -c test/lint/eslint.config.mjs .).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import motcua from './layering.mjs';

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', '.tsbuild/**', 'release/**', 'test/lint/fixtures/**', 'test/bench/results/**', '.cache/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs,js,cjs}'],
    plugins: { motcua },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'motcua/layering': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.{mjs,cjs,js}', 'main/tools/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
