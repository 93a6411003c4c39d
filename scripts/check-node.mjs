// npm puts the `node` devDependency (Node 24 LTS) first on PATH for scripts. If its install
// script was skipped, npm silently falls back to the system Node: fail loudly instead.
const major = Number(process.versions.node.split('.')[0]);
if (major !== 24) {
  console.error(
    `Candor needs Node 24 LTS but npm ran Node ${process.versions.node}.\n` +
      'Run `npm install` (or `npm ci`) so the pinned `node` devDependency installs, and check that ' +
      'package.json "allowScripts" still approves it.',
  );
  process.exit(1);
}
