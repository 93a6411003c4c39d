import { Faker, en, ko, base } from '@faker-js/faker';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { urlencoded } from 'express';
import nunjucks from 'nunjucks';
import { jsonResumeSchema, type JsonResume } from '../../src/kernel/resume/json-resume.js';
import { extractDetectedDocument } from '../../src/modules/documents/extraction/extract-by-kind.js';
import { parseResume } from '../../src/modules/documents/extraction/resume-parser.js';
import { formStateFromResume, profileEditorView, PROFILE_EDITOR_BODY_LIMITS, type FormBody, type ProfileFormState } from '../../src/modules/documents/dto/profile-editor.form.js';
import { parseImportedResume } from '../../src/modules/documents/dto/json-resume-import.js';
import { loadLabels, readFixture } from './document-fixtures.js';
import { CATALOGS } from '../../src/app/catalogs.js';
import { Translator } from '../../src/platform/i18n/translator.js';

// ——— Rendering the real editor template ———

/** The English translator, as the page gets it from the locale middleware. */
const englishT = new Translator(CATALOGS).forLocale('en');

const views = new nunjucks.Environment(new nunjucks.FileSystemLoader(join(process.cwd(), 'views')), { autoescape: true, throwOnUndefined: false });

/** The editor form exactly as the page renders it (the fragment htmx swaps), for a stored profile. */
export function renderEditorForm(resume: JsonResume): string {
  return renderEditorFormState(formStateFromResume(resume));
}

/** The editor form for what is on screen (after an add or remove button, say). */
export function renderEditorFormState(state: ProfileFormState): string {
  const documentId = '00000000-0000-4000-8000-000000000000';
  return views.render('documents/_profile-editor.njk', { documentId, csrfToken: 'test-token', fragment: false, t: englishT, editor: profileEditorView(state, {}, englishT) });
}

// ——— Reading a form as a browser submits it ———

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const body = tag.replace(/^<[a-z]+/i, '').replace(/\/?>$/, '');
  for (const match of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[match[1]!.toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

/**
 * The form data set a browser builds when the form is submitted with `submitter` (HTML's “constructing
 * the entry list”) for the markup our templates produce: text and hidden inputs, textareas, and only
 * the pressed button. Text inputs drop line breaks from their value; a textarea drops the line break
 * right after its start tag; disabled controls are skipped. `test/browser/profile-editor.spec.ts`
 * checks this against Chromium's own submissions.
 */
export function formEntries(html: string, formId: string, submitter: { name: string; value: string }): [string, string][] {
  const start = html.indexOf(`<form id="${formId}"`);
  if (start < 0) throw new Error(`No form #${formId}`);
  const form = html.slice(start, html.indexOf('</form>', start));
  const entries: [string, string][] = [];
  for (const match of form.matchAll(/<(textarea)\b[^>]*>([\s\S]*?)<\/textarea>|<(input|button)\b[^>]*>/gi)) {
    const tag = (match[1] ?? match[3]!).toLowerCase();
    const attrs = attributes(match[0].slice(0, match[0].indexOf('>') + 1));
    if (!attrs.name || 'disabled' in attrs) continue;
    if (tag === 'textarea') entries.push([attrs.name, decodeEntities((match[2] ?? '').replace(/^\n/, ''))]);
    else if (tag === 'button') {
      if (attrs.name === submitter.name && attrs.value === submitter.value) entries.push([attrs.name, attrs.value]);
    } else if (['text', 'hidden', 'email', 'url', 'search', 'tel', undefined].includes(attrs.type)) {
      entries.push([attrs.name, attrs.type === 'hidden' ? (attrs.value ?? '') : (attrs.value ?? '').replace(/[\r\n]/g, '')]);
    } else throw new Error(`formEntries does not read <input type="${attrs.type}"> yet`);
  }
  return entries;
}

/** application/x-www-form-urlencoded as browsers serialise it: line breaks become CRLF. */
export function urlencode(entries: [string, string][]): string {
  const crlf = (text: string) => text.replace(/\r\n|\r|\n/g, '\r\n');
  return new URLSearchParams(entries.map(([name, value]) => [crlf(name), crlf(value)])).toString();
}

const profileBodyParser = urlencoded({ extended: false, ...PROFILE_EDITOR_BODY_LIMITS });

/** Parses a urlencoded body with the same body parser and limits the editor's route uses. */
export async function parseFormBody(body: string): Promise<FormBody> {
  const bytes = Buffer.from(body, 'utf8');
  const req = Object.assign(Readable.from([bytes]), {
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(bytes.length) },
    method: 'POST',
    url: '/',
  }) as unknown as Parameters<typeof profileBodyParser>[0] & { body: FormBody };
  await new Promise<void>((resolve, reject) => profileBodyParser(req, {} as never, (error?: unknown) => (error ? reject(error as Error) : resolve())));
  return req.body;
}

// ——— The corpus: the JSON Resume sample, the parser's output on our fixtures, generated profiles ———

export const JSON_RESUME_SAMPLE_PATH = join(process.cwd(), 'test/fixtures/profiles/jsonresume-sample.resume.json');

/** The JSON Resume sample as Candor stores it after an import (it lacks the required `certificates`). */
export function jsonResumeSample(): JsonResume {
  return parseImportedResume(readFileSync(JSON_RESUME_SAMPLE_PATH, 'utf8'));
}

export async function parsedFixtureProfiles(): Promise<[string, JsonResume][]> {
  const labels = loadLabels();
  return Promise.all(Object.entries(labels).map(async ([file, label]) => [file, parseResume((await extractDetectedDocument(label.kind, readFixture(file))).text)] as [string, JsonResume]));
}

/** Values plain text cannot show as they are: line breaks in list items and short fields, CRLF, a leading line break, [""], {}. */
export function trickyProfile(): JsonResume {
  return jsonResumeSchema.parse({
    basics: { name: 'Line\nbreak', label: '', summary: '\nStarts with a line break\r\nand has CRLF', location: {}, profiles: [{}], 'x-custom': { nested: [1, 2] } },
    work: [{ highlights: ['one\ntwo', ''], summary: '  padded  ' }, {}, { highlights: [''] }, { highlights: [] }],
    volunteer: [],
    education: [{ courses: ['', ''], 'x-gpa-scale': 4 }],
    awards: [],
    certificates: [{ url: 'not a url with spaces', date: '2020-02-29' }],
    skills: [{ name: '한국어 능력', keywords: ['  Go', 'Rust  '] }],
    languages: [{ language: '한국어', fluency: '원어민' }],
    projects: [],
    interests: [],
    meta: { version: 'v1.0.0' },
  });
}

/**
 * Random profiles from a fixed seed: every field absent, empty or filled; English and Korean text;
 * surrounding spaces, line breaks and blank list items; empty and missing lists and sections; many
 * entries; properties the editor does not know.
 */
export function generatedProfiles(count: number, seed = 20261129): JsonResume[] {
  const fakers = [new Faker({ locale: [en, base] }), new Faker({ locale: [ko, en, base] })];
  for (const [i, f] of fakers.entries()) f.seed(seed + i);
  const pick = fakers[0]!;
  const profiles: JsonResume[] = [];
  for (let n = 0; n < count; n++) {
    const f = fakers[n % 2]!;
    const maybe = <T>(make: () => T, empty: T): T | undefined => {
      const roll = pick.number.float();
      return roll < 0.3 ? undefined : roll < 0.4 ? empty : make();
    };
    const odd = (text: string): string => {
      const roll = pick.number.float();
      return roll < 0.05 ? ` ${text}  ` : roll < 0.08 ? `${text}\n${f.lorem.words(2)}` : text;
    };
    const text = (make: () => string) => maybe(() => odd(make()), '');
    const long = () => maybe(() => f.lorem.paragraphs(pick.number.int({ min: 1, max: 3 }), pick.datatype.boolean() ? '\n' : '\n\n'), '');
    const list = (make: () => string, max = 5) =>
      maybe(
        () =>
          Array.from({ length: pick.number.int({ min: 1, max }) }, () => {
            const roll = pick.number.float();
            return roll < 0.05 ? '' : roll < 0.08 ? ` ${make()} ` : make();
          }),
        [] as string[],
      );
    const date = () => maybe(() => {
      const d = f.date.past({ years: 30 });
      const iso = d.toISOString();
      return [iso.slice(0, 4), iso.slice(0, 7), iso.slice(0, 10)][pick.number.int({ min: 0, max: 2 })]!;
    }, undefined as unknown as string);
    const url = () => text(() => f.internet.url());
    const entries = <T>(make: () => T, max: number): T[] => Array.from({ length: pick.number.int({ min: 0, max: pick.number.float() < 0.1 ? max * 4 : max }) }, make);
    const extra = (): Record<string, unknown> => (pick.number.float() < 0.1 ? { 'x-note': f.lorem.sentence(), 'x-rank': pick.number.int(9) } : {});
    const clean = <T extends object>(object: T): T => Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
    const optionalSection = <T>(make: () => T, max: number): T[] | undefined => (pick.number.float() < 0.4 ? undefined : entries(make, max));

    const resume = clean({
      basics: clean({
        name: text(() => f.person.fullName()),
        label: text(() => f.person.jobTitle()),
        image: url(),
        email: text(() => f.internet.email()),
        phone: text(() => f.phone.number()),
        url: url(),
        summary: long(),
        location: maybe<Record<string, string | number | undefined>>(() => clean({ address: text(() => f.location.streetAddress()), postalCode: text(() => f.location.zipCode()), city: text(() => f.location.city()), countryCode: text(() => f.location.countryCode()), region: text(() => f.location.state()), ...extra() }), {}),
        profiles: maybe(() => entries(() => clean({ network: text(() => f.company.name()), username: text(() => f.internet.username()), url: url(), ...extra() }), 3), []),
        ...extra(),
      }),
      work: entries(() => clean({ name: text(() => f.company.name()), location: text(() => f.location.city()), description: text(() => f.company.catchPhrase()), position: text(() => f.person.jobTitle()), url: url(), startDate: date(), endDate: date(), summary: long(), highlights: list(() => f.lorem.sentence()), ...extra() }), 6),
      volunteer: entries(() => clean({ organization: text(() => f.company.name()), position: text(() => f.person.jobType()), url: url(), startDate: date(), endDate: date(), summary: long(), highlights: list(() => f.lorem.sentence()) }), 2),
      education: entries(() => clean({ institution: text(() => f.company.name()), url: url(), area: text(() => f.person.jobArea()), studyType: text(() => f.lorem.word()), startDate: date(), endDate: date(), score: text(() => String(pick.number.float({ min: 2, max: 4.5, fractionDigits: 1 }))), courses: list(() => f.lorem.words(3)), ...extra() }), 3),
      awards: entries(() => clean({ title: text(() => f.lorem.words(3)), date: date(), awarder: text(() => f.company.name()), summary: long() }), 2),
      certificates: entries(() => clean({ name: text(() => f.lorem.words(2)), date: date(), url: url(), issuer: text(() => f.company.name()) }), 3),
      publications: optionalSection(() => clean({ name: text(() => f.lorem.words(4)), publisher: text(() => f.company.name()), releaseDate: date(), url: url(), summary: long() }), 2),
      skills: entries(() => clean({ name: text(() => f.lorem.word()), level: text(() => f.lorem.word()), keywords: list(() => f.lorem.word(), 8) }), 10),
      languages: entries(() => clean({ language: text(() => f.location.language().name), fluency: text(() => f.lorem.word()) }), 3),
      interests: optionalSection(() => clean({ name: text(() => f.lorem.word()), keywords: list(() => f.lorem.word()) }), 3),
      references: optionalSection(() => clean({ name: text(() => f.person.fullName()), reference: long() }), 2),
      projects: entries(() => clean({ name: text(() => f.commerce.productName()), description: long(), highlights: list(() => f.lorem.sentence()), keywords: list(() => f.lorem.word()), startDate: date(), endDate: date(), url: url(), roles: list(() => f.person.jobType(), 3), entity: text(() => f.company.name()), type: text(() => f.lorem.word()) }), 3),
      ...(pick.number.float() < 0.2 ? { meta: { version: 'v1.0.0', lastModified: f.date.recent().toISOString() } } : {}),
    });
    profiles.push(jsonResumeSchema.parse(resume));
  }
  return profiles;
}
