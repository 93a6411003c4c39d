import { beforeAll, expect, it } from 'vitest';
import skillLabelsKo from '../../src/kernel/skills/data/skill-labels-ko.json' with { type: 'json' };
import { everyGetPage } from '../helpers/route-fixtures.js';
import { routeInventory } from '../helpers/route-inventory.js';
import { signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';
import { latinWords, visibleWords } from '../helpers/visible-text.js';

// #11: every page Candor draws, fetched in Korean (Accept-Language: ko) by a person who has data for every
// kind of id: no skill that has a Korean label is shown by its English name, and the share of Latin-script
// words in each page's <main> is printed, worst first (user content — names, English résumés and postings,
// e-mail addresses — counts too, so the figure is a ceiling on English left in the interface).

const ctx = useTestApp();
/** English taxonomy name → Korean label, for skills whose label differs from the name (product terms stay). */
const TRANSLATED = new Map((skillLabelsKo as unknown as { labels: Array<[string, string]> }).labels.filter(([name, label]) => name !== label));
/** Whole text nodes of a page outside what it quotes verbatim (the ATS text, an edited form's values). */
const textNodes = (html: string): string[] => [...html.replace(/<(pre|textarea|script|style)\b[\s\S]*?<\/\1>/g, ' ').matchAll(/>([^<]+)</g)].map((m) => m[1]!.trim()).filter(Boolean);
let pages: string[];
let agent: Agent;

beforeAll(async () => {
  agent = await signIn(ctx.t.origin, { name: '김하나', email: 'latin.share@example.com' });
  await ctx.db.query(`update users set role = 'admin' where email = 'latin.share@example.com'`);
  const ownerId = (await ctx.db.query<{ id: string }>(`select id from users where email = 'latin.share@example.com'`))[0]!.id;
  pages = await everyGetPage(routeInventory(ctx.t.app), agent, ctx.db, ownerId, ctx.t.origin, { strict: false });
}, 300_000);

it('shows no translated skill by its English name on any Korean page, and reports each page’s Latin share', async () => {
  const rows: Array<{ path: string; share: number; n: number; latin: string }> = [];
  const englishSkills: string[] = [];
  for (const path of pages) {
    const res = await agent.get(path).set('Accept-Language', 'ko').redirects(0);
    if (!(res.headers['content-type'] ?? '').startsWith('text/html') || res.status !== 200) continue;
    const main = res.text.includes('<main') ? res.text.slice(res.text.indexOf('<main'), res.text.indexOf('</main>')) : res.text;
    // The profile editor shows the person's own résumé as written ("Accessibility" under Skills): not ours to translate.
    if (!path.endsWith('/profile')) for (const text of textNodes(main)) if (TRANSLATED.has(text)) englishSkills.push(`${path}: ${text}`);
    const words = visibleWords(main);
    const latin = latinWords(main).filter((w) => !/Candor/.test(w));
    rows.push({ path, share: words.length ? latin.length / words.length : 0, n: words.length, latin: latin.slice(0, 40).join(' ') });
  }
  rows.sort((a, b) => b.share - a.share);
  console.info(rows.map((r) => `${(r.share * 100).toFixed(1).padStart(5)} % ${String(r.n).padStart(5)} ${r.path}  | ${r.latin}`).join('\n'));
  expect(rows.length).toBeGreaterThan(40);
  expect(englishSkills).toEqual([]);
}, 600_000);
