import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../src/app/catalogs.js';
import { LOCALES } from '../../../src/platform/i18n/locale.js';
import { Translator } from '../../../src/platform/i18n/translator.js';
import { proseLiterals } from './prose-literals.js';
import { untranslatedText } from './untranslated-text.js';

function filesUnder(dir: string, ending: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ending) : ending.test(name) ? [path] : [];
  });
}

const sources = [...filesUnder('views', /\.njk$/), ...filesUnder('src', /\.ts$/)].map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/**
 * `t('ns:a.b')`, `t("a.b")`, the fixed prefix of `t(`errors.title.${status}`)`, and keys carried to be
 * translated later: `messageKey('errors.notFound')` (domain errors).
 */
function keysUsed(): { exact: Set<string>; prefixes: Set<string> } {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const { text } of sources) {
    for (const m of text.matchAll(/\b(?:t|messageKey)\(\s*'([\w.:-]+)'(?!\s*[~+])|\bt\(\s*"([\w.:-]+)"(?!\s*[~+])/g)) exact.add(m[1] ?? m[2]!);
    for (const m of text.matchAll(/\bt\(\s*`([\w.:-]+)\$\{/g)) prefixes.add(m[1]!);
    // nunjucks concatenation: t('compliance:privacy.groups.' ~ group.id)
    for (const m of text.matchAll(/\bt\(\s*'([\w.:-]+)'\s*[~+]/g)) prefixes.add(m[1]!);
  }
  return { exact, prefixes };
}

const qualified = (namespace: string, key: string): string => (namespace === 'common' ? key : `${namespace}:${key}`);
const definedKeys = CATALOGS.flatMap((c) => Translator.flatten(c.messages.en).map((k) => qualified(c.namespace, k)));
/** Plural forms (`pages_one`, `pages_other`) are used as their base key: `t('documents:show.pages', { count })`. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** `x_one`/`x_other` are the plural forms of the key `x` (`t('x', { count })`); Korean has only `_other`. */
const keysOf = (messages: Record<string, unknown>): string[] => [...new Set(Translator.flatten(messages).map((k) => k.replace(PLURAL_SUFFIX, '')))].sort();
const defined = new Set([...definedKeys, ...definedKeys.filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, ''))]);

describe('message catalogs', () => {
  it.each(CATALOGS.map((c) => [c.namespace, c] as const))('%s has the same keys in every language', (_, catalog) => {
    const en = keysOf(catalog.messages.en);
    for (const locale of LOCALES) expect(keysOf(catalog.messages[locale]), locale).toEqual(en);
  });

  it('has no empty message', () => {
    for (const catalog of CATALOGS) {
      for (const locale of LOCALES) {
        const translator = new Translator([catalog]);
        for (const key of Translator.flatten(catalog.messages[locale])) {
          expect(translator.t(locale, qualified(catalog.namespace, key)).trim(), `${locale} ${catalog.namespace}:${key}`).not.toBe('');
        }
      }
    }
  });

  it('defines every key the templates and code use', () => {
    const missing = [...keysUsed().exact].filter((key) => !defined.has(key));
    expect(missing).toEqual([]);
  });

  it('has no unused key', () => {
    const { exact, prefixes } = keysUsed();
    const unused = definedKeys.filter((key) => !exact.has(key) && !exact.has(key.replace(PLURAL_SUFFIX, '')) && ![...prefixes].some((p) => key.startsWith(p)));
    expect(unused).toEqual([]);
  });
});

// Templates converted to the catalogs so far: no visible English (or Korean) text is written in them.
// Every template joins this list as its module is translated; the goal is all of views/.
const TRANSLATED_TEMPLATES = [
  'views/layouts/base.njk',
  'views/partials/_header.njk',
  'views/partials/_footer.njk',
  'views/partials/_language-switcher.njk',
  'views/errors/404.njk',
  'views/errors/error.njk',
  'views/compliance/privacy.njk',
  'views/compliance/terms.njk',
  'views/compliance/cookies.njk',
  'views/compliance/_prevails.njk',
  'views/accounts/sign-in.njk',
  'views/accounts/dev-sign-in.njk',
  'views/accounts/profile.njk',
  'views/accounts/_profile-form.njk',
  'views/accounts/cards/_goals.njk',
  'views/home/landing.njk',
  'views/home/dashboard.njk',
  'views/documents/cards/_documents.njk',
  'views/analysis/cards/_analyses.njk',
  'views/analysis/cards/_next-steps.njk',
  'views/analysis/cards/_score-history.njk',
  'views/interview/cards/_interviews.njk',
  'views/jobs/cards/_employer.njk',
  'views/jobs/messages/_thread.njk',
  'views/jobs/messages/_message-field.njk',
  'views/jobs/messages/_message-warnings.njk',
  'views/jobs/messages/application.njk',
  'views/jobs/messages/reports.njk',
  'views/jobs/messages/report.njk',
  'views/compliance/cards/_admin.njk',
  'views/compliance/cards/_support.njk',
  'views/compliance/settings.njk',
  'views/partials/_delete-confirmation.njk',
  'views/partials/_delete-dialog.njk',
  'views/partials/delete-confirmation-page.njk',
  'views/partials/_flash.njk',
  'views/partials/_field-error.njk',
  'views/dev/mailbox.njk',
  'views/dev/mailbox-message.njk',
  'views/documents/index.njk',
  'views/documents/show.njk',
  'views/documents/profile.njk',
  'views/documents/_profile-editor.njk',
  'views/documents/_profile-fields.njk',
  'views/documents/_warnings.njk',
  'views/documents/_field-warnings.njk',
  'views/documents/_checked-field.njk',
  'views/analysis/index.njk',
  'views/analysis/show.njk',
  'views/analysis/_progress.njk',
  'views/analysis/_score-chart.njk',
  'views/analysis/_start-form.njk',
  'views/interview/index.njk',
  'views/interview/show.njk',
  'views/interview/_progress.njk',
  'views/interview/_report.njk',
  'views/interview/_turn.njk',
  'views/interview/_answer-field.njk',
  'views/interview/_answer-warnings.njk',
  'views/compliance/requests/_form-fields.njk',
  'views/compliance/requests/_history.njk',
  'views/compliance/requests/index.njk',
  'views/compliance/requests/show.njk',
  'views/compliance/requests/public-new.njk',
  'views/compliance/requests/public-verify.njk',
  'views/compliance/support/_countdown.njk',
  'views/compliance/support/queue.njk',
  'views/compliance/support/case.njk',
  'views/compliance/tickets/index.njk',
  'views/compliance/tickets/show.njk',
  'views/compliance/tickets/_thread.njk',
  'views/compliance/tickets/staff-queue.njk',
  'views/compliance/tickets/staff-case.njk',
  'views/compliance/admin/_nav.njk',
  'views/compliance/admin/roles.njk',
  'views/compliance/admin/jobs.njk',
  'views/compliance/admin/access-log.njk',
  'views/billing/pricing.njk',
  'views/billing/plan.njk',
  'views/billing/return.njk',
  'views/billing/_confirming.njk',
  'views/billing/quota-reached.njk',
  'views/compliance/_banners.njk',
  'views/compliance/incidents/index.njk',
  'views/compliance/incidents/new.njk',
  'views/compliance/incidents/_bilingual-field.njk',
  'views/compliance/incidents/show.njk',
  'views/compliance/incidents/notice.njk',
  'views/compliance/policies/admin-index.njk',
  'views/compliance/policies/admin-new.njk',
  'views/compliance/policies/versions.njk',
  'views/compliance/policies/version.njk',
  'views/compliance/policies/_version-body.njk',
  'views/compliance/policies/accept.njk',
  'views/compliance/policies/settings.njk',
  'views/compliance/incidents/report.njk',
  'views/compliance/_settings-more.njk',
  'views/compliance/marketing/settings.njk',
  'views/compliance/marketing/unsubscribe.njk',
  'views/compliance/retention/keep.njk',
  'views/compliance/contact.njk',
  'views/compliance/_privacy-processors.njk',
  'views/jobs/_posting-summary.njk',
  'views/jobs/_salary.njk',
  'views/jobs/search.njk',
  'views/jobs/show.njk',
  'views/jobs/_share-choice.njk',
  'views/jobs/apply.njk',
  'views/jobs/share-profile.njk',
  'views/jobs/company.njk',
  'views/jobs/saved.njk',
  'views/jobs/my-applications.njk',
  'views/jobs/_item-name.njk',
  'views/jobs/sharing.njk',
  'views/jobs/invitation.njk',
  'views/jobs/employer/home.njk',
  'views/jobs/employer/posting-form.njk',
  'views/jobs/employer/applicants.njk',
  'views/jobs/employer/_grant-items.njk',
  'views/jobs/employer/application.njk',
  'views/jobs/employer/shared.njk',
  'views/jobs/employer/shared-document.njk',
  'views/jobs/employer/shared-profile.njk',
  'views/jobs/alerts/index.njk',
  'views/jobs/alerts/stop.njk',
  'views/jobs/advisors/directory.njk',
  'views/jobs/advisors/show.njk',
  'views/jobs/advisors/consent.njk',
  'views/jobs/advisors/advisor-home.njk',
  'views/jobs/advisors/consultation.njk',
  'views/jobs/advisors/shared-document.njk',
  'views/jobs/advisors/shared-profile.njk',
  'views/jobs/advisors/admin.njk',
  'views/jobs/advisors/_sharing-consultations.njk',
  'views/consent/_consent.njk',
  'views/consent/settings.njk',
];

describe('templates say nothing outside the catalogs', () => {
  it.each(TRANSLATED_TEMPLATES.map((p) => [p]))('%s', (path) => {
    expect(untranslatedText(readFileSync(path, 'utf8'))).toEqual([]);
  });

  it('the scanner finds text written into a template', () => {
    expect(untranslatedText('<p>{{ t("a.b") }}</p><button aria-label="Close">×</button><p>Delete it</p>')).toEqual(['Close', 'Delete it']);
    expect(untranslatedText('{% if x %}<a href="/x" class="y">{{ t("k") }}</a>{% endif %}{# note #}')).toEqual([]);
  });
});

// The analysis engine's findings, suggestions and notes are catalog keys with parameters
// (`messageKey('analysis:engine.…', …)`), worded when a report is shown: no sentence in its code.
const ENGINE_SOURCES = [...filesUnder('src/modules/analysis', /\.ts$/)];

describe('the analysis engine says nothing outside the catalogs', () => {
  it.each(ENGINE_SOURCES.map((p) => [p]))('%s', (path) => {
    expect(proseLiterals(readFileSync(path, 'utf8'))).toEqual([]);
  });

  it('the scanner finds a sentence written into code', () => {
    expect(proseLiterals("const a = 'Add a measurable result'; const b = `Rewrite the bullet ${x} now`;")).toEqual(['Add a measurable result', 'Rewrite the bullet X now']);
    expect(proseLiterals("messageKey('analysis:engine.x', { n: 'a b c d' }); throw new Error('The owner of it is gone'); // Some comment here ok")).toEqual([]);
  });
});
