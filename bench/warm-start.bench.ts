// Warm start (issue #18: `npm start` with the data folder already initialised answers /readyz within
// 3 s). Starts the built app as `npm start` does (bench/app-process.ts: same V8 flags, development
// mode, embedded PostgreSQL) on a data folder a first start initialised, and prints for every start the
// wall time from spawning to the first ready /readyz and the CPU the app process had used by then
// (user + system, its own threads; PostgreSQL's processes are not in it), then the medians. Then where
// the import of the app's modules goes — the largest single part of a warm start: the wall time of
// importing what `npm start` imports (in a fresh process, compile cache on, as `npm start` runs),
// and the CPU of that import from an inspector profile, by package (or by folder of our own code).
//
// WARM_START_RUNS: warm starts per build (default 5). WARM_START_BUILDS: checkouts to time, separated by
// commas (default: this one); with two or more, each gets its own data folder and their starts are
// interleaved (A B A B …), so a burst of other work on a shared machine falls on both.
// WARM_START_IMPORTS=0 skips the import breakdown.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type AppDataPlace, newAppDataPlace, startAppProcess } from './app-process.js';

const RUNS = Number(process.env.WARM_START_RUNS ?? 5);
const BUILDS = (process.env.WARM_START_BUILDS ?? '.').split(',').map((dir) => resolve(dir.trim()));
const IMPORTS = process.env.WARM_START_IMPORTS !== '0';
/** Packages timed alone (a fresh process importing only that package), largest in the profile first. */
const PACKAGES_TIMED_ALONE = 12;

/** Clock ticks a second in /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const USER_HZ = 100;

/** CPU (user + system) a live process has used, in ms. */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces), from its closing parenthesis: state is 3rd.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface Timed {
  wallMs: number;
  cpuMs: number;
}

async function timeStart(build: string, place: AppDataPlace): Promise<Timed> {
  const app = await startAppProcess({}, place, { cwd: build });
  const cpuMs = processCpuMs(app.child.pid!);
  await app.stop();
  return { wallMs: app.startMs, cpuMs };
}

/** What main.ts imports before the app is built, in the same order (reflect-metadata first). */
const APP_ENTRY_MODULES = ['dist/src/config/app-config.js', 'dist/src/platform/database/database-runtime.js', 'dist/src/app.setup.js', 'dist/src/platform/vault/storage.module.js'];
/** The same from the server bundle `npm start` runs (scripts/bundle-server.mjs), for builds that have it. */
const BUNDLED_ENTRY_MODULES = ['dist/server/app.setup.js', 'dist/server/storage.module.js'];

function entryModulesOf(build: string): string[] {
  return existsSync(join(build, BUNDLED_ENTRY_MODULES[0]!)) ? BUNDLED_ENTRY_MODULES : APP_ENTRY_MODULES;
}

function importScript(build: string, specifiers: string[]): string {
  const targets = specifiers.map((s) => (s.startsWith('dist/') ? pathToFileURL(join(build, s)).href : s));
  return [
    "import { enableCompileCache } from 'node:module';",
    'enableCompileCache();',
    "await import('reflect-metadata');",
    'const started = performance.now();',
    ...targets.map((t) => `await import(${JSON.stringify(t)});`),
    'console.log(String(performance.now() - started));',
  ].join('\n');
}

/** Wall ms of importing `specifiers` in a fresh process run from `build` (extra flags: a profiler). */
function timeImport(build: string, specifiers: string[], flags: string[] = []): number {
  const run = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', importScript(build, specifiers)], { cwd: build, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`importing ${specifiers.join(', ')} failed: ${run.stderr}`);
  return Number(run.stdout.trim().split('\n').at(-1));
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string; functionName: string } }>;
  samples: number[];
  timeDeltas: number[];
}

/** A profile frame's owner: a package, a folder of our own code, or one of V8's pseudo-frames. */
function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const inModules = url.lastIndexOf('/node_modules/');
  if (inModules >= 0) {
    const parts = url.slice(inModules + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith('node:')) return '(node internals)';
  // The server bundle mixes our code and the packages': its frames count as one owner.
  if (url.includes('/dist/server/')) return 'server bundle (ours and packages)';
  const ours = /\/dist\/(src\/(?:[^/]+\/)?[^/]+)\//.exec(url);
  return ours ? `ours: ${ours[1]}` : '(other)';
}

/** Self time in ms per owner from one inspector CPU profile. */
function selfTimeByOwner(profile: CpuProfile): Map<string, number> {
  const owners = new Map<number, string>(profile.nodes.map((n) => [n.id, ownerOf(n.callFrame.url, n.callFrame.functionName)]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const owner = owners.get(id)!;
    totals.set(owner, (totals.get(owner) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return totals;
}

function importBreakdown(build: string): void {
  const entries = entryModulesOf(build);
  console.log(`\nimport of the app's modules (${build}, ${entries.join(', ')}):`);
  timeImport(build, entries); // fills the compile cache for this build, as a first start does
  const walls = [0, 1, 2].map(() => timeImport(build, entries));
  console.log(`  wall ms, three fresh processes: ${walls.map((w) => w.toFixed(0)).join(' / ')} (median ${median(walls).toFixed(0)})`);
  const profileDir = mkdtempSync(join(tmpdir(), 'candor-import-profile-'));
  try {
    timeImport(build, entries, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-interval=200']);
    const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'))!;
    const totals = selfTimeByOwner(JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile);
    const sum = [...totals.values()].reduce((a, b) => a + b, 0);
    const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]);
    console.log(`  CPU profile of one import (${sum.toFixed(0)} ms sampled, the profiler adds its own), self time by owner:`);
    for (const [owner, ms] of ranked.slice(0, 25)) console.log(`    ${owner.padEnd(44)} ${ms.toFixed(0).padStart(5)} ms  ${((ms / sum) * 100).toFixed(1).padStart(5)} %`);
    const packages = ranked.map(([owner]) => owner).filter((owner) => !owner.startsWith('(') && !owner.startsWith('ours:'));
    console.log(`  packages imported alone (fresh process each, median of three wall ms; with what they import):`);
    for (const name of packages.slice(0, PACKAGES_TIMED_ALONE)) {
      try {
        timeImport(build, [name]);
        const alone = [0, 1, 2].map(() => timeImport(build, [name]));
        console.log(`    ${name.padEnd(44)} ${median(alone).toFixed(0).padStart(5)} ms`);
      } catch {
        console.log(`    ${name.padEnd(44)}     — (not importable by its name alone)`);
      }
    }
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
}

export default async function warmStart(): Promise<void> {
  const places = await Promise.all(BUILDS.map(() => newAppDataPlace('candor-warm-start-')));
  try {
    // The first start initialises each data folder (and fills Node's compile cache): not a warm start.
    for (const [i, build] of BUILDS.entries()) {
      const first = await timeStart(build, places[i]!);
      console.log(`${build}: first start (initialises the data folder) ${first.wallMs.toFixed(0)} ms`);
    }
    const results = BUILDS.map((): Timed[] => []);
    for (let run = 0; run < RUNS; run++) {
      for (const [i, build] of BUILDS.entries()) {
        const timed = await timeStart(build, places[i]!);
        results[i]!.push(timed);
        console.log(`warm start ${run + 1} ${build}: ${timed.wallMs.toFixed(0)} ms to /readyz (app process CPU ${timed.cpuMs.toFixed(0)} ms)`);
      }
    }
    console.log('');
    for (const [i, build] of BUILDS.entries()) {
      const timed = results[i]!;
      console.log(
        `${build}: warm start to /readyz ${timed.map((t) => t.wallMs.toFixed(0)).join(' / ')} ms, median ${median(timed.map((t) => t.wallMs)).toFixed(0)} ms (target ≤ 3000); app CPU median ${median(timed.map((t) => t.cpuMs)).toFixed(0)} ms`,
      );
    }
  } finally {
    for (const place of places) rmSync(place.dataDir, { recursive: true, force: true });
  }
  if (IMPORTS) for (const build of BUILDS) importBreakdown(build);
}
