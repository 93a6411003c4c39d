import nunjucks from 'nunjucks';
import { describe, expect, it, vi } from 'vitest';
import { formattersFor } from '../../../src/platform/i18n/formatters.js';
import { Translator } from '../../../src/platform/i18n/translator.js';
import { VIEWS_DIR } from '../../../src/platform/web/project-root.js';
import { RememberedFragments } from '../../../src/platform/web/remembered-fragment.js';

// Issue #18: a list of postings draws each one with a macro imported once per page. An include in the
// list's loop copied the page's whole context and re-ran the summary's own imports for every posting.

const translate = new Translator([{ namespace: 'common', messages: { en: {}, ko: {} } }]).forLocale('en');

function posting(i: number): Record<string, unknown> {
  return {
    id: `p${i}`,
    title: `Posting ${i}`,
    companyId: 'c1',
    companyName: 'Acme',
    workplace: 'remote',
    seniority: 'mid',
    employmentType: 'full_time',
    locations: ['Seoul'],
    salary: { min: 1000 * i, max: null, currency: 'USD' },
    publishedAt: new Date('2026-11-01T00:00:00Z'),
    fit: { score: 0.5, matched: ['SQL'], missing: ['Go'] },
  };
}

describe('job list templates', () => {
  it.each([
    ['jobs/search.njk', (hits: object[]) => ({ result: { hits, page: 1 } })],
    ['jobs/saved.njk', (hits: object[]) => ({ postings: hits })],
    ['jobs/company.njk', (hits: object[]) => ({ postings: hits, company: { id: 'c1', name: 'Acme', locations: [], paragraphs: [] } })],
  ])('%s loads the posting summary, the salary and the skill macros once, whatever the number of postings', (page, model) => {
    const views = new nunjucks.Environment(new nunjucks.FileSystemLoader(VIEWS_DIR), { autoescape: true });
    views.addFilter('skillLabel', (name: string) => ({ text: name }));
    // As app.setup.ts registers it: job search draws each cached hit once per language.
    views.addGlobal('remembered', new RememberedFragments().global);
    const getTemplate = vi.spyOn(views, 'getTemplate');
    const hits = Array.from({ length: 5 }, (_, i) => posting(i + 1));
    const html = views.render(page, { ...model(hits), t: translate, fmt: formattersFor('en', 'UTC'), locale: 'en' });
    for (let i = 1; i <= 5; i++) expect(html).toContain(`href="/jobs/p${i}"`);
    const loads = (name: string): number => getTemplate.mock.calls.filter(([asked]) => String(asked).endsWith(name)).length;
    expect(loads('jobs/_posting-summary.njk')).toBe(1);
    expect(loads('jobs/_salary.njk')).toBe(1);
    expect(loads('partials/_skill.njk')).toBe(1);
  });
});
