// The layers of src/ (see README "Layout"), kept apart by `npm run lint`:
// the pure core never reaches the file system, the process or the layers above it;
// read/ and write/ never reach the CLI; nothing anywhere imports in a circle.
const PURE = '^src/(case|signer|render|channels|import|actions)/';

/** @type {import('dependency-cruiser').IConfiguration} */
// eslint-disable-next-line no-undef -- CommonJS config file
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle ties two modules together: neither can be understood or loaded alone.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'pure-core-no-upper-layers',
      severity: 'error',
      comment: 'The pure core is what read/, generate/, write/ and cli/ build on, never the reverse.',
      from: { path: PURE },
      to: { path: '^src/(read|generate|write|cli)/' },
    },
    {
      name: 'pure-core-no-io',
      severity: 'error',
      comment: 'The pure core touches no files, processes, threads, clock or network: pass data and a context in.',
      from: { path: PURE },
      // An allow-list, not a list of the dangerous ones: a module not named here (perf_hooks, dns, vm,
      // timers …) is refused too. "module" alone is allowed, for createRequire of a CommonJS package.
      to: {
        dependencyTypes: ['core'],
        pathNot: '^(node:)?module$',
      },
    },
    {
      name: 'read-write-no-cli',
      severity: 'error',
      comment: 'Readers and writers are used by the library face too: they must not depend on the CLI.',
      from: { path: '^src/(read|write|generate)/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'read-not-write',
      severity: 'error',
      comment: 'Reading never writes: src/read imports nothing from src/write or src/generate.',
      from: { path: '^src/read/' },
      to: { path: '^src/(write|generate)/' },
    },
    {
      name: 'write-not-pipeline',
      severity: 'error',
      comment: 'Writers are called by the pipeline, not the other way round.',
      from: { path: '^src/write/' },
      to: { path: '^src/(generate|read)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.mjs'] },
  },
};
