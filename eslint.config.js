import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', '.data', '.wrangler', 'dist', 'drizzle'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The environment is parsed once, in src/config.ts; everything else receives typed values.
    files: ['src/**/*.ts'],
    ignores: ['src/config.ts', 'src/entry/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration via src/config.ts.' },
      ],
    },
  },
);
