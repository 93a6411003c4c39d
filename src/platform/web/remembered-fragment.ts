type Macro = (item: object) => unknown;

/** Roughly how much the remembered outputs may hold in all (their length, two bytes a character), across every person. */
export const REMEMBERED_FRAGMENTS_MAX_BYTES = 16 * 1024 * 1024;

/** One remembered output: where it hangs (weakly) and what it is counted as. */
interface Kept {
  item: WeakRef<object>;
  key: string;
  bytes: number;
}

interface Output {
  value: unknown;
  kept: Kept;
}

/** An item's outputs by name and language, and what they are counted as (the registry holds the set, never the item). */
interface ItemOutputs {
  byKey: Map<string, Output>;
  kept: Set<Kept>;
}

/**
 * `{{ remembered(item, 'name', macro) }}`: a macro's output for one object, drawn once per language and
 * then reused while that object lives (issue #18). For a list whose items are cached objects that never
 * change once made, such as a job search's result page (the same 20 cards, with up to a dozen skill
 * tags each, drawn again on every view: about half of what the page allocated), or a person's cached
 * view (PageDataCache: a dashboard card, an analysis report's body). Only for a macro whose output
 * depends on the item and on what the request's language alone decides (`t`, `fmt`, `locale`, the
 * skill filters), never on the request (CSRF tokens, flash messages) or the time.
 *
 * Weak on the item: an output goes when its item does, so one person's output can only be reached
 * through that person's cached view, and goes with it (a newer data version, an erasure). The outputs
 * also have a budget of their own, least recently used dropped first (drawn again when asked for), so
 * many people's pages cannot grow the heap without limit while their items live. `forget()` drops
 * every output (templates reloaded in development).
 */
export class RememberedFragments {
  private outputs = new WeakMap<object, ItemOutputs>();
  /** Insertion-ordered: the first is the output used least recently. */
  private order = new Set<Kept>();
  private bytes = 0;
  /** An item collected: its outputs stop counting (they went with it). */
  private readonly collected = new FinalizationRegistry<Set<Kept>>((kept) => {
    for (const entry of kept) this.uncount(entry);
  });

  constructor(private readonly maxBytes = REMEMBERED_FRAGMENTS_MAX_BYTES) {}

  forget(): void {
    this.outputs = new WeakMap();
    this.order = new Set();
    this.bytes = 0;
  }

  /** What is held, for tests and the bench. */
  get size(): { outputs: number; bytes: number } {
    return { outputs: this.order.size, bytes: this.bytes };
  }

  /** The template global; `this` is the render's context, as nunjucks calls globals. */
  readonly global = ((store: RememberedFragments) =>
    function remembered(this: { ctx: { locale?: unknown } }, item: unknown, name: string, macro: Macro): unknown {
      if (item === null || typeof item !== 'object') return macro.call(this, item as object);
      return store.output(item, `${name}|${String(this.ctx.locale)}`, () => macro.call(this, item));
    })(this);

  private output(item: object, key: string, draw: () => unknown): unknown {
    let outputs = this.outputs.get(item);
    const known = outputs?.byKey.get(key);
    if (known) {
      this.order.delete(known.kept);
      this.order.add(known.kept);
      return known.value;
    }
    // Kept as the macro returned it: its markup, already escaped (a SafeString), which nunjucks prints as is.
    const value = draw();
    const kept: Kept = { item: new WeakRef(item), key, bytes: 2 * String(value).length };
    if (kept.bytes > this.maxBytes) return value;
    if (!outputs) {
      this.outputs.set(item, (outputs = { byKey: new Map(), kept: new Set() }));
      this.collected.register(item, outputs.kept);
    }
    outputs.byKey.set(key, { value, kept });
    outputs.kept.add(kept);
    this.order.add(kept);
    this.bytes += kept.bytes;
    this.trim();
    return value;
  }

  private trim(): void {
    for (const oldest of this.order) {
      if (this.bytes <= this.maxBytes) break;
      const item = oldest.item.deref();
      const outputs = item && this.outputs.get(item);
      outputs?.byKey.delete(oldest.key);
      outputs?.kept.delete(oldest);
      this.uncount(oldest);
    }
  }

  private uncount(kept: Kept): void {
    if (this.order.delete(kept)) this.bytes -= kept.bytes;
  }
}
