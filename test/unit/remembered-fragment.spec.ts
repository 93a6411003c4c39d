import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { RememberedFragments } from '../../src/platform/web/remembered-fragment.js';

const TEMPLATE = `{% macro card(p) %}{{ count() }}<b>{{ p.name }}</b> {{ t(p.kind) }}{% endmacro %}{% for p in items %}{{ remembered(p, 'card', card) }}|{% endfor %}`;

function setup(): { render: (items: object[], locale: string) => string; fragments: RememberedFragments; drawn: () => number } {
  const env = new nunjucks.Environment(null, { autoescape: true });
  const fragments = new RememberedFragments();
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
});
