// Lint: the TypeScript-aware recommended rules, plus the house rules that catch real mistakes
// (floating promises in request handlers, focused tests left in), plus the regular-expression
// rules: a pattern that can backtrack super-linearly lets one user stall the server with a
// crafted text (issue #10), so such a pattern fails CI.
import js from '@eslint/js';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'static/vendor/**', '.data/**', '.test-data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']", message: 'Focused tests must not be committed.' },
      ],
    },
  },
  {
    // eslint-plugin-regexp: its recommended set (invalid, empty or misleading patterns), and the two
    // time-complexity rules as errors wherever our code runs on people's text (the app and the
    // browser scripts). A pattern that can backtrack super-linearly lets one person stall the server
    // with a crafted text (issue #10), so it fails CI.
    ...regexp.configs['flat/recommended'],
    files: ['src/**/*.ts', 'static/js/**/*.js'],
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'certain', ignorePartial: false }],
      // Style and simplification rules of the recommended set that existing patterns do not follow
      // yet; they say nothing about running time or correctness. Turn them on as the patterns are
      // next edited.
      'regexp/match-any': 'off',
      'regexp/negation': 'off',
      'regexp/no-contradiction-with-assertion': 'off',
      'regexp/no-dupe-disjunctions': 'off',
      'regexp/no-obscure-range': 'off',
      'regexp/no-unused-capturing-group': 'off',
      'regexp/no-useless-assertions': 'off',
      'regexp/no-useless-character-class': 'off',
      'regexp/no-useless-non-capturing-group': 'off',
      'regexp/optimal-quantifier-concatenation': 'off',
      'regexp/prefer-character-class': 'off',
      'regexp/prefer-d': 'off',
      'regexp/prefer-range': 'off',
      'regexp/prefer-w': 'off',
      'regexp/use-ignore-case': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['static/js/**/*.js'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
  },
  {
    files: ['static/js/**/*.worklet.js'],
    languageOptions: { globals: { ...globals.audioWorklet } },
  },
);
