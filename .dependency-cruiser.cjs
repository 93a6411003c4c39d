// The house's dependency rules (STYLE.md), run by `npm run lint`:
// - a module is used by others only through its index.ts;
// - platform/ and kernel/ never import modules/ or app/; kernel/ is pure (no platform/ either);
// - no import cycles anywhere in src/.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Import cycles crash decorated classes under ESM and hide a missing boundary.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'module-internals',
      severity: 'error',
      comment: 'Another module is reached only through its index.ts.',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index[.]ts$'] },
    },
    {
      name: 'outside-into-module-internals',
      severity: 'error',
      comment: 'app/, the CLI and the composition root also use a module only through its index.ts.',
      from: { path: '^src/', pathNot: '^src/modules/' },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index[.]ts$' },
    },
    {
      name: 'platform-is-below-modules',
      severity: 'error',
      comment: 'platform/ offers technical capabilities; it knows nothing of features or the app.',
      from: { path: '^src/platform/' },
      to: { path: '^src/(modules|app|cli)/' },
    },
    {
      name: 'kernel-is-pure',
      severity: 'error',
      comment: 'kernel/ is pure shared domain: no features, no app, no technical platform.',
      from: { path: '^src/kernel/' },
      to: { path: '^src/(modules|app|cli|platform|config)/' },
    },
    {
      name: 'title-lookup-without-tagger',
      severity: 'error',
      comment: 'Reading an occupation title looks words up in the labels and the taxonomy; it never runs the skill tagger over the title.',
      from: { path: '^src/kernel/skills/occupation-labels[.]ts$' },
      to: { path: '^src/kernel/skills/(extract-skills|skill-tagger|skill-tagger-core|skill-phrases)[.]ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
    moduleSystems: ['es6'],
  },
};
