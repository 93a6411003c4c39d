import nunjucks from 'nunjucks';

/**
 * Five of nunjucks's runtime helpers, replaced by ones that do the same with less garbage (issue #18).
 * A page's render was most of what a request allocated (the dashboard ≈ 310 kB, job search ≈ 450 kB),
 * and collecting it was the young-generation pauses that land on requests. Measured by rendering each
 * seeded page again in the server, old and new in one process (`bench -- page-work`'s render column):
 * - `Frame.set` split every name it was given on '.', and a loop sets eight names per item
 *   (`loop.index`, `loop.first`, …): an array and two strings each time. Now a name without a dot is
 *   stored at once and a dotted name's parts are split once and remembered (names come from templates).
 * - `memberLookup`, for every method called from a template (`fmt.date(…)`, `names.push(…)`), made a
 *   closure that copied its arguments into an array on every call. Now a method of an object is
 *   bound once per object and method (held weakly, made again if the object's method changes); a
 *   string's methods (`currentPath.startsWith`) still go through nunjucks's own lookup.
 * - `{% include %}` ran its three steps (get the template, render it, append) through a general
 *   callback waterfall (a-sync-waterfall) that made two closures and an arguments array per step: about
 *   3 kB per include, 17 kB of the cheapest signed-in page's 200 kB (sampling heap profile, issue #18;
 *   the layout includes five partials). Now a synchronous waterfall runs the same steps in order with
 *   one callback. A waterfall asked to run asynchronously still goes to nunjucks's own.
 * - `Context.init`, run for every template rendered (the page, its layout, each `{% include %}`), copied
 *   the render's variables (res.locals and the page's model, some fifty names) through `lib.extend`: an
 *   array of the names and a closure per copy, then the blocks the same way. Now the same own names are
 *   copied in the same order by one loop, with no array or closure.
 * - `makeMacro`'s wrapper, run for every macro call (a skill tag, a posting card), copied its arguments
 *   into an array, then sliced it twice, made a closure and an empty keyword object to hand the macro
 *   its arguments: the wrapper was 72 kB of job search's 480 kB a request (175 skill tags; sampling heap
 *   profile, `bench -- page-work` with PAGE_WORK_HEAP). Now a call whose argument count matches is
 *   passed straight through, and any other fills one array of the macro's arity, with the same values
 *   and the same keyword object as nunjucks's own.
 * What a template outputs is unchanged: the same values are stored and the same method runs with the
 * same `this` and arguments (a spec renders both ways and compares).
 */
interface FrameLike {
  variables: Record<string, unknown>;
  resolve(name: string, forWrite: boolean): FrameLike | undefined;
  set(name: string, value: unknown, resolveUp?: boolean): void;
}

interface ContextLike {
  env: unknown;
  ctx: Record<string, unknown>;
  blocks: Record<string, unknown[]>;
  exported: string[];
  addBlock(name: string, block: unknown): unknown;
}

type MacroBody = (...args: unknown[]) => unknown;
type MakeMacro = (argNames: readonly string[], kwargNames: readonly string[], func: MacroBody) => MacroBody;

interface RuntimeLike {
  Frame: { prototype: FrameLike };
  memberLookup: (obj: unknown, name: PropertyKey) => unknown;
  makeMacro: MakeMacro;
}

/** At most this many dotted names are remembered (templates use a few dozen). */
const MAX_REMEMBERED_PATHS = 10_000;

type Callback = (...args: unknown[]) => void;
type Task = (...args: unknown[]) => void;
type Waterfall = (tasks: Task[], callback?: Callback, forceAsync?: boolean) => void;

type ContextInit = (this: ContextLike, ctx: Record<string, unknown> | undefined, blocks: Record<string, unknown> | undefined, env: unknown) => void;

const runtime = (nunjucks as unknown as { runtime: RuntimeLike }).runtime;
const environment = nunjucks.Environment.prototype as unknown as { waterfall: Waterfall };
/**
 * nunjucks does not export its Context class; a function called from a template runs with the render's
 * context as `this` (runtime.callWrap), so one tiny render at load hands it over.
 */
function nunjucksContextClass(): { prototype: { init: ContextInit } } {
  let found: { prototype: { init: ContextInit } } | undefined;
  const probe = new nunjucks.Environment(null, { autoescape: true });
  probe.addGlobal('probe', function (this: object) {
    found = this.constructor as unknown as { prototype: { init: ContextInit } };
    return '';
  });
  probe.renderString('{{ probe() }}', {});
  if (!found || typeof found.prototype.init !== 'function') throw new Error('nunjucks Context class not found');
  return found;
}
const contextClass = nunjucksContextClass();
export const nunjucksOwnRuntime = {
  frameSet: runtime.Frame.prototype.set,
  memberLookup: runtime.memberLookup,
  waterfall: environment.waterfall,
  contextInit: contextClass.prototype.init,
  makeMacro: runtime.makeMacro,
};
const hasOwn = Object.prototype.hasOwnProperty;

const paths = new Map<string, readonly string[]>();

function pathOf(name: string): readonly string[] {
  let parts = paths.get(name);
  if (!parts) {
    parts = name.split('.');
    if (paths.size < MAX_REMEMBERED_PATHS) paths.set(name, parts);
  }
  return parts;
}

function frameSet(this: FrameLike, name: string, value: unknown, resolveUp?: boolean): void {
  const dot = name.indexOf('.');
  if (resolveUp) {
    const frame = this.resolve(dot === -1 ? name : name.slice(0, dot), true);
    if (frame) {
      frame.set(name, value);
      return;
    }
  }
  if (dot === -1) {
    this.variables[name] = value;
    return;
  }
  const parts = pathOf(name);
  let target = this.variables;
  for (let i = 0; i < parts.length - 1; i++) {
    const id = parts[i]!;
    if (!target[id]) target[id] = {};
    target = target[id] as Record<string, unknown>;
  }
  target[parts[parts.length - 1]!] = value;
}

type Method = (...args: unknown[]) => unknown;
const boundMethods = new WeakMap<object, Map<PropertyKey, { method: Method; bound: Method }>>();

function memberLookup(obj: unknown, name: PropertyKey): unknown {
  if (obj === undefined || obj === null) return undefined;
  const member = (obj as Record<PropertyKey, unknown>)[name];
  if (typeof member !== 'function') return member;
  if (typeof obj !== 'object' && typeof obj !== 'function') return nunjucksOwnRuntime.memberLookup(obj, name);
  let methods = boundMethods.get(obj);
  if (!methods) boundMethods.set(obj, (methods = new Map()));
  let known = methods.get(name);
  if (!known || known.method !== member) methods.set(name, (known = { method: member as Method, bound: (member as Method).bind(obj) }));
  return known.bound;
}

function ignore(): void {}

/**
 * a-sync-waterfall's contract, run synchronously: each task gets the results its predecessor passed to
 * its callback, then a callback of its own (the last task gets `callback` itself); the first error
 * goes to `callback` and ends the run. Compiled templates call each step's callback once.
 */
function waterfall(this: unknown, tasks: Task[], callback?: Callback, forceAsync?: boolean): void {
  if (forceAsync || !Array.isArray(tasks)) return nunjucksOwnRuntime.waterfall.call(this, tasks, callback, forceAsync);
  let done: Callback = callback ?? ignore;
  if (tasks.length === 0) return done();
  let index = 0;
  const step = function (err?: unknown, ...results: unknown[]): void {
    if (err) {
      const failed = done;
      done = ignore;
      failed(err, ...results);
      return;
    }
    const task = tasks[index++]!;
    task(...results, index === tasks.length ? done : step);
  };
  step();
}

/**
 * nunjucks's `Context.init` without `lib.extend`'s name array and closures: the render's own enumerable
 * names (`for…in` filtered by `hasOwnProperty`, as `lib.keys` does) copied in the same order, and each
 * block added through `addBlock` in the same order. A context made without an environment still gets
 * nunjucks's own (it makes a default one).
 */
function contextInit(this: ContextLike, ctx: Record<string, unknown> | undefined, blocks: Record<string, unknown> | undefined, env: unknown): void {
  if (!env) return nunjucksOwnRuntime.contextInit.call(this, ctx, blocks, env);
  this.env = env;
  const copy: Record<string, unknown> = {};
  if (ctx) for (const name in ctx) if (hasOwn.call(ctx, name)) copy[name] = ctx[name];
  this.ctx = copy;
  this.blocks = {};
  this.exported = [];
  if (blocks) for (const name in blocks) if (hasOwn.call(blocks, name)) this.addBlock(name, blocks[name]);
}

/** Keyword arguments as nunjucks marks them (`makeKeywordArgs`: an own `__keywords` property). */
function isKeywordArgs(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && hasOwn.call(value, '__keywords');
}

/**
 * nunjucks's `makeMacro` with its argument shuffling done in one array: positional arguments beyond the
 * macro's names fill its keyword names in order, missing ones are taken (and removed) from the keyword
 * object, which always comes last; a call that already matches the names goes through as it is (nunjucks
 * passes its own copy of the same arguments then, keyword object included when there is one).
 */
function makeMacro(argNames: readonly string[], kwargNames: readonly string[], func: MacroBody): MacroBody {
  const arity = argNames.length;
  return function macro(this: unknown, ...given: unknown[]): unknown {
    const length = given.length;
    const keywords = length > 0 && isKeywordArgs(given[length - 1]);
    const count = keywords ? length - 1 : length;
    if (count === arity) return func.apply(this, given);
    const kwargs: Record<string, unknown> = keywords ? (given[length - 1] as Record<string, unknown>) : {};
    const args = new Array<unknown>(arity + 1);
    if (count > arity) {
      for (let i = 0; i < arity; i++) args[i] = given[i];
      for (let i = arity; i < count && i - arity < kwargNames.length; i++) kwargs[kwargNames[i - arity]!] = given[i];
    } else {
      for (let i = 0; i < count; i++) args[i] = given[i];
      for (let i = count; i < arity; i++) {
        const name = argNames[i]!;
        args[i] = kwargs[name];
        delete kwargs[name];
      }
    }
    args[arity] = kwargs;
    return func.apply(this, args);
  };
}

/** Installs the five helpers (once per process; the app does it before its first render). */
export function useLighterNunjucksRuntime(): void {
  runtime.Frame.prototype.set = frameSet;
  runtime.memberLookup = memberLookup;
  environment.waterfall = waterfall;
  contextClass.prototype.init = contextInit;
  runtime.makeMacro = makeMacro;
}

/** Puts nunjucks's own helpers back (for the spec that compares both). */
export function useNunjucksOwnRuntime(): void {
  runtime.Frame.prototype.set = nunjucksOwnRuntime.frameSet;
  runtime.memberLookup = nunjucksOwnRuntime.memberLookup;
  environment.waterfall = nunjucksOwnRuntime.waterfall;
  contextClass.prototype.init = nunjucksOwnRuntime.contextInit;
  runtime.makeMacro = nunjucksOwnRuntime.makeMacro;
}
