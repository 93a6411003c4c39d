import { describe, expect, it } from 'vitest';
import { withoutLangParameter } from '../../../src/app.setup.js';

// The language switcher's return path. Most requests skip URL parsing (issue #18); whatever path
// takes the shortcut must come out exactly as parsing would have made it.
const parsed = (url: string): string => {
  const u = new URL(url, 'http://candor.invalid');
  u.searchParams.delete('lang');
  return `${u.pathname}${u.search}`;
};

describe('withoutLangParameter', () => {
  it('drops ?lang= and keeps the rest of the query', () => {
    expect(withoutLangParameter('/documents?lang=ko&page=2')).toBe('/documents?page=2');
    expect(withoutLangParameter('/documents?lang=en')).toBe('/documents');
  });

  it('answers every path as URL parsing does, shortcut or not', () => {
    const paths = [
      '/',
      '/dashboard',
      '/settings/delete',
      '/analyses/af80aed2-fa04-436b-a74f-7ccfc96733d3',
      '/jobs?q=engineer',
      '/a/../settings',
      '/a/./b',
      '/a/%2e%2e/b',
      '//evil.example/path',
      '/\\evil.example',
      '/a//b',
      '/café',
      '/a b',
      "/it's/(ok);x=1:@!$&*+,~",
      '/x?lang=ko#top',
      '/..',
    ];
    for (const path of paths) expect(withoutLangParameter(path), path).toBe(parsed(path));
  });

  it('never returns a path that leaves the site', () => {
    expect(withoutLangParameter('//evil.example/path').startsWith('//')).toBe(false);
  });
});
