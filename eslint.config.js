import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Pages the importer reads, some of them data modules (.ts, .js) written as campaigns write them: not our code.
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'letters/', 'bench/out/', 'test/fixtures/import/layouts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      // Node's globals (the code runs only on Node; the browser's are not available).
      globals: Object.fromEntries(
        ['process', 'console', 'URL', 'URLSearchParams', 'Buffer', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
          'setImmediate', 'clearImmediate', 'queueMicrotask', 'performance', 'structuredClone', 'TextDecoder', 'TextEncoder',
          'AbortController', 'AbortSignal', 'Intl'].map((name) => [name, 'readonly']),
      ),
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core gets its world passed in: no process, no clock (imports are checked by
    // dependency-cruiser, see .dependency-cruiser.cjs).
    files: ['src/{case,signer,render,channels,import,actions}/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error',
        { name: 'process', message: 'The pure core does not touch the process: pass what it needs in.' },
        { name: 'Buffer', message: 'Use Uint8Array/TextEncoder in the pure core.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The pure core has no clock: take "today" as a parameter.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The pure core has no clock: take "today" as a parameter.' },
        { selector: "MemberExpression[object.name='performance']", message: 'The pure core has no clock.' },
        { selector: "CallExpression[callee.name='Date']", message: 'The pure core has no clock: "Date()" is today\'s date as text.' },
        // globalThis reaches what the restricted globals above name ("globalThis.process", "globalThis.Date.now()").
        { selector: "MemberExpression[object.name='globalThis']", message: 'The pure core gets its world passed in, not from globalThis.' },
      ],
      'no-new-func': 'error',
      'no-eval': 'error',
    },
  },
);
