// ESLint for belarus-widgets (run from the project root: `npm run lint`). The recommended rules of
// ESLint, typescript-eslint (syntax only, so it runs in seconds without the type checker), Lit's
// templates (eslint-plugin-lit) and custom elements (eslint-plugin-wc).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', 'dist/**', 'storybook-static/**', '.cache/**', 'coverage/**', 'test-results/**', 'bench/results/**', 'examples/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Chai's assertions are property reads (`expect(x).to.exist`); reading a computed style
    // (`getComputedStyle(el).color`) forces the style recalculation a test waits on.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Pages served to the browser by the checks: the classic scripts' global.
    files: ['test/built/**', 'test/embed/served/**', 'bench/pages/**'],
    languageOptions: { globals: { BelarusWidgets: 'readonly' } },
  },
);
