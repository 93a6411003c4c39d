import nunjucks from 'nunjucks';
import { afterEach, describe, expect, it } from 'vitest';
import { useLighterNunjucksRuntime, useNunjucksOwnRuntime } from '../../src/platform/web/nunjucks-runtime.js';

/** Templates that exercise what the helpers do: loops, dotted and scoped sets, macros, method calls. */
const TEMPLATES: Record<string, string> = {
  loops: `{% for a in rows %}{{ loop.index }}/{{ loop.index0 }}/{{ loop.revindex }}/{{ loop.revindex0 }}/{{ loop.first }}/{{ loop.last }}/{{ loop.length }}:{{ a.name }}{% for b in a.tags %}[{{ loop.index }}{{ b }}{{ ',' if not loop.last }}]{% endfor %};{% endfor %}`,
  scopes: `{% set x = 1 %}{% for i in [1, 2, 3] %}{% set x = i * 10 %}{{ x }},{% endfor %}{{ x }}|{% if true %}{% set y = 'in if' %}{% endif %}{{ y }}|{% set z %}block {{ x }}{% endset %}{{ z }}`,
  macros: `{% macro card(title, n=2) %}<b>{{ title }}</b>{% for i in range(n) %}{{ loop.index }}{% endfor %}{{ caller() if caller }}{% endmacro %}{{ card('one') }}{{ card('two', n=3) }}{% call card('three', 1) %}inner {{ rows.length }}{% endcall %}{{ card('four', 4, 'beyond') }}{{ card(title='named', n=1) }}{{ card() }}{% macro pair(a, b, c='C') %}({{ a }}-{{ b }}-{{ c }}){% endmacro %}{{ pair('only') }}{{ pair(b='B', a='A') }}{{ pair('x', 'y', 'z') }}{{ pair('p', c='kw') }}`,
  methods: `{{ fmt.date(when) }} {{ fmt.twice(3) }} {{ path.startsWith('/doc') }} {{ path.toUpperCase() }}{% set names = [] %}{% for a in rows %}{% set _ = names.push(a.name) %}{% endfor %} {{ names | join('+') }} {{ fmt.missing }} {{ 'yes' if fmt.date else 'no' }} {{ rows[1].name }}`,
  imports: `{% import "lib" as lib %}{% from "lib" import shout %}{{ lib.shout('a') }}{{ shout('b') }}{% include "part" %}`,
  extends: `{% extends "layout" %}{% block head %}child {{ super() }}{% endblock %}{% block body %}{% include "row" %}{{ inherited if inherited else 'own only' }}{% endblock %}`,
  includes: `{% set x = 'outer' %}<{% include "nested" %}>{{ x }}|{% for a in rows %}{% include "row" %}{% endfor %}|{% include "absent" ignore missing %}|{% include "part" %}`,
};

const LOADER_TEMPLATES: Record<string, string> = {
  ...TEMPLATES,
  layout: `<{% block head %}head {{ path }}{% endblock %}|{% block body %}body{% endblock %}|{% include "part" %}>`,
  lib: `{% macro shout(word) %}{{ word | upper }}!{% for c in [1, 2] %}{{ loop.index }}{% endfor %}{% endmacro %}`,
  nested: `{% set x = 'inner' %}{{ x }}-{% include "row" %}-{% include "row" %}`,
  row: `[{{ a.name if a else 'no row' }}:{{ x }}]`,
  broken: `before {% include "throws" %} after`,
  throws: `{{ fmt.fail() }}`,
  part: `{% for a in rows %}{{ loop.index }}{{ a.name }}{% endfor %}{{ fmt.date(when) }}`,
};

function environment(): nunjucks.Environment {
  const loader = { getSource: (name: string) => (LOADER_TEMPLATES[name] === undefined ? null : { src: LOADER_TEMPLATES[name], path: name, noCache: false }) };
  return new nunjucks.Environment(loader as unknown as nunjucks.ILoader, { autoescape: true });
}

function context(): object {
  const fmt = {
    prefix: 'on ',
    date(this: { prefix: string }, d: Date) {
      return `${this.prefix}${d.toISOString().slice(0, 10)}`;
    },
    twice: (n: number) => n * 2,
  };
  // An enumerable name on the prototype is not the render's own: nunjucks does not copy it into an include.
  return Object.assign(Object.create({ inherited: 'from the prototype' }) as object, { fmt, when: new Date('2026-11-30T12:00:00Z'), path: '/documents/1', rows: [{ name: 'a<b', tags: ['x', 'y'] }, { name: 'c', tags: [] }, { name: 'd', tags: ['z'] }] });
}

function renderAll(): Record<string, string> {
  const env = environment();
  return Object.fromEntries(Object.keys(TEMPLATES).map((name) => [name, env.render(name, context())]));
}

describe('the lighter nunjucks runtime helpers (issue #18)', () => {
  afterEach(() => useNunjucksOwnRuntime());

  it('render every template exactly as nunjucks’s own helpers do', () => {
    useNunjucksOwnRuntime();
    const own = renderAll();
    useLighterNunjucksRuntime();
    const lighter = renderAll();
    expect(lighter).toEqual(own);
    // The templates did what they are meant to check (not everything empty).
    expect(own.loops).toContain('1/0/3/2/true/false/3:a&lt;b[1x,][2y];');
    expect(own.methods).toContain('on 2026-11-30 6 true /DOCUMENTS/1 a&lt;b+c+d');
    expect(own.macros).toContain('<b>four</b>1234<b>named</b>1<b></b>12(only--C)(A-B-C)(x-y-z)(p--kw)');
    expect(own.scopes).toBe('10,20,30,30|in if|block 30');
    expect(own.extends).toBe('<child head /documents/1|[no row:]own only|1a&lt;b2c3don 2026-11-30>');
    expect(own.includes).toBe('<inner-[no row:inner]-[no row:inner]>outer|[a&lt;b:outer][c:outer][d:outer]||1a&lt;b2c3don 2026-11-30');
  });

  it('let an error inside an included template reach the caller, as nunjucks’s own do', () => {
    const failure = (): string => {
      const ctx = { ...context(), fmt: { fail: () => { throw new Error('card failed'); } } };
      try {
        environment().render('broken', ctx);
        return 'rendered';
      } catch (error) {
        return (error as Error).message;
      }
    };
    useNunjucksOwnRuntime();
    const own = failure();
    useLighterNunjucksRuntime();
    expect(failure()).toBe(own);
    expect(own).toContain('card failed');
  });

  it('bind a method to its own object, and follow a method that the object replaces', () => {
    useLighterNunjucksRuntime();
    const env = environment();
    const ctx = context() as { fmt: { date: (d: Date) => string } };
    expect(env.render('part', ctx)).toContain('on 2026-11-30');
    ctx.fmt.date = () => 'replaced';
    expect(env.render('part', ctx)).toContain('replaced');
  });
});
