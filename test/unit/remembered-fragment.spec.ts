import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { ForgettingKeys } from '../helpers/forgetting-keys.js';
import type { AuthUser } from '../../src/platform/identity/current-user.js';
import type { UserKeysService } from '../../src/platform/vault/user-keys.service.js';
import { PageDataCache } from '../../src/platform/web/page-data-cache.js';
import { RememberedFragments } from '../../src/platform/web/remembered-fragment.js';


/** Runs full collections until `done` (weak references hold until the current job ends; finalisation runs in a later task). */
async function collected(done: () => boolean): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  for (let i = 0; i < 50 && !done(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    gc();
  }
}

const TEMPLATE = `{% macro card(p) %}{{ count() }}<b>{{ p.name }}</b> {{ t(p.kind) }}{% endmacro %}{% for p in items %}{{ remembered(p, 'card', card) }}|{% endfor %}`;

function setup(maxBytes?: number): { render: (items: object[], locale: string) => string; fragments: RememberedFragments; drawn: () => number } {
  const env = new nunjucks.Environment(null, { autoescape: true });
  const fragments = new RememberedFragments(maxBytes);
  env.addGlobal('remembered', fragments.global);
  let drawn = 0;
  const words: Record<string, Record<string, string>> = { en: { job: 'job' }, ko: { job: '일' } };
  const render = (items: object[], locale: string): string =>
    env.renderString(TEMPLATE, { items, locale, t: (key: string) => words[locale]![key], count: () => (drawn++, '') });
  return { render, fragments, drawn: () => drawn };
}

describe('remembered fragments (issue #18)', () => {
  it('print what the macro prints, escaped once, and draw each item once per language', () => {
    const { render, drawn } = setup();
    const items = [{ name: 'a<b', kind: 'job' }, { name: 'c', kind: 'job' }];
    expect(render(items, 'en')).toBe('<b>a&lt;b</b> job|<b>c</b> job|');
    expect(drawn()).toBe(2);
    expect(render(items, 'en')).toBe('<b>a&lt;b</b> job|<b>c</b> job|');
    expect(drawn()).toBe(2);
    expect(render(items, 'ko')).toBe('<b>a&lt;b</b> 일|<b>c</b> 일|');
    expect(drawn()).toBe(4);
    // Another object with the same content is drawn afresh: only the same (unchanging) object is reused.
    expect(render([{ name: 'a<b', kind: 'job' }], 'en')).toBe('<b>a&lt;b</b> job|');
    expect(drawn()).toBe(5);
  });

  it('draw everything again once forgotten (templates reloaded)', () => {
    const { render, fragments, drawn } = setup();
    const items = [{ name: 'x', kind: 'job' }];
    render(items, 'en');
    fragments.forget();
    expect(render(items, 'en')).toBe('<b>x</b> job|');
    expect(drawn()).toBe(2);
  });

  it('keep to their budget across every item, dropping the least recently used first (drawn again when asked for)', () => {
    // '<b>x</b> job' is 12 characters, 24 bytes: room for two.
    const { render, fragments, drawn } = setup(50);
    const [a, b, c] = [{ name: 'a', kind: 'job' }, { name: 'b', kind: 'job' }, { name: 'c', kind: 'job' }];
    render([a, b], 'en');
    expect(fragments.size).toEqual({ outputs: 2, bytes: 48 });
    render([a], 'en'); // a used again: b is now the least recently used
    expect(drawn()).toBe(2);
    render([c], 'en');
    expect(fragments.size).toEqual({ outputs: 2, bytes: 48 });
    expect(render([a, c], 'en')).toBe('<b>a</b> job|<b>c</b> job|');
    expect(drawn()).toBe(3);
    expect(render([b], 'en')).toBe('<b>b</b> job|');
    expect(drawn()).toBe(4);
    // An output larger than the whole budget is printed, never kept.
    const { render: renderSmall, fragments: none } = setup(10);
    expect(renderSmall([a], 'en')).toBe('<b>a</b> job|');
    expect(none.size).toEqual({ outputs: 0, bytes: 0 });
  });

  it('go with their item: once a person is erased (their cached views dropped), their outputs go and stop counting', async () => {
    const keys = new ForgettingKeys();
    const pages = new PageDataCache(keys as unknown as UserKeysService);
    const { render, fragments } = setup();
    const ann: AuthUser = { id: 'ann', email: 'ann@example.com', displayName: 'Ann', photoUrl: null, role: 'job_seeker', locale: null, sessionId: 's', lastActiveAt: new Date(), dataVersion: '7' };
    const load = () => Promise.resolve({ items: [{ name: 'report', kind: 'job' }] });
    // Drawn on the cached view's objects, in two languages, as a page does.
    await (async () => {
      const view = await pages.view(ann, 'report', 'r1', load);
      render(view.items, 'en');
      render(view.items, 'ko');
    })();
    expect(fragments.size.outputs).toBe(2);
    keys.forget('ann');
    expect(pages.size.views).toBe(0);
    await collected(() => fragments.size.outputs === 0);
    expect(fragments.size).toEqual({ outputs: 0, bytes: 0 });
  });
});
