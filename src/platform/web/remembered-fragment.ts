type Macro = (item: object) => unknown;

/**
 * `{{ remembered(item, 'name', macro) }}`: a macro's output for one object, drawn once per language and
 * then reused while that object lives (issue #18). For a list whose items are cached objects that never
 * change once made, such as a job search's result page (the same 20 cards, with up to a dozen skill
 * tags each, drawn again on every view: about half of what the page allocated). Only for a macro whose
 * output depends on the item and on what the request's language alone decides (`t`, `fmt`, `locale`,
 * the skill filters), never on the person, the request or the time.
 *
 * Weak on the item: an output goes when its item does. `forget()` drops every output (templates reloaded
 * in development).
 */
export class RememberedFragments {
  private outputs = new WeakMap<object, Map<string, unknown>>();

  forget(): void {
    this.outputs = new WeakMap();
  }

  /** The template global; `this` is the render's context, as nunjucks calls globals. */
  readonly global = rememberedGlobal(() => this.outputs);
}

function rememberedGlobal(outputs: () => WeakMap<object, Map<string, unknown>>) {
  return function remembered(this: { ctx: { locale?: unknown } }, item: unknown, name: string, macro: Macro): unknown {
    if (item === null || typeof item !== 'object') return macro.call(this, item as object);
    const key = `${name}|${String(this.ctx.locale)}`;
    const all = outputs();
    let byName = all.get(item);
    if (!byName) all.set(item, (byName = new Map()));
    let output = byName.get(key);
    if (output === undefined) {
      // Kept as the macro returned it: its markup, already escaped (a SafeString), which nunjucks prints as is.
      output = macro.call(this, item);
      byName.set(key, output);
    }
    return output;
  };
}
