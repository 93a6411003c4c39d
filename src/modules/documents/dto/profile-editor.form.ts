import { isDeepStrictEqual } from 'node:util';
import { jsonResumeSchema, partialDateSchema, type JsonResume } from '../../../kernel/resume/json-resume.js';
import type { Translate } from '../../../platform/i18n/translator.js';
import { sensitiveWarnings, type SensitiveWarning } from '../../../platform/privacy/sensitive-warnings.js';
import en from '../i18n/en.json' with { type: 'json' };

/**
 * The structured-profile editor is one plain HTML form holding the whole JSON Resume: flat fields
 * (`basics.name`, `work.0.position`, `basics.location.city`, `basics.profiles.1.url`, …) so it works
 * without JavaScript. This file describes every editable field once; the page, the form reader and
 * the round-trip tests all follow that description.
 *
 * Round trip: loading and saving a profile without changes gives back the identical JSON. A field's
 * visible value is the plain text of its value (lists one item per line). Where that text cannot
 * reproduce the stored value exactly (an empty string as opposed to a missing field, surrounding
 * spaces, blank list items, an empty list), the original travels in the entry's hidden `_kept` field
 * and is used as long as the visible value still reads the same. Properties the editor does not show
 * (unknown keys from other tools, `meta`) travel there too.
 */

/** Raw form values as the urlencoded body parser gives them (a repeated name becomes an array). */
export type FormBody = Record<string, string | string[] | undefined>;

export type FieldKind = 'text' | 'long-text' | 'lines' | 'date' | 'email' | 'url';

/** Labels and hints are catalog keys: `documents:editor.fields.<labelKey>`, `documents:editor.hints.<hintKey>`. */
export type FieldLabelKey = keyof typeof en.editor.fields;
export type FieldHintKey = keyof typeof en.editor.hints;
/** Names a section in the catalog (`documents:editor.sections.<noun>.*`), actions and ids. */
export type SectionNoun = keyof typeof en.editor.sections;

export interface FieldSpec {
  key: string;
  labelKey: FieldLabelKey;
  kind: FieldKind;
  autocomplete?: string;
  hintKey?: FieldHintKey;
  /** Free text checked for sensitive data while the user types. */
  checked?: boolean;
}

export type SectionKey = 'work' | 'volunteer' | 'education' | 'awards' | 'certificates' | 'publications' | 'skills' | 'languages' | 'interests' | 'references' | 'projects';

export interface SectionSpec {
  key: SectionKey | 'basics.profiles';
  /** Names the entry in actions and the catalog: `add-job`, `remove-job-2`, `editor.sections.job.add` (“Add job”). */
  noun: SectionNoun;
  fields: FieldSpec[];
  /** Which fields name an entry in its heading, e.g. “Engineer · Acme”. */
  titleKeys: string[];
}

const date = (key: string, labelKey: FieldLabelKey): FieldSpec => ({ key, labelKey, kind: 'date', hintKey: 'date' });

export const BASICS_FIELDS: FieldSpec[] = [
  { key: 'name', labelKey: 'name', kind: 'text', autocomplete: 'name' },
  { key: 'label', labelKey: 'headline', kind: 'text', autocomplete: 'organization-title' },
  { key: 'email', labelKey: 'email', kind: 'email', autocomplete: 'email' },
  { key: 'phone', labelKey: 'phone', kind: 'text', autocomplete: 'tel' },
  { key: 'url', labelKey: 'website', kind: 'url', autocomplete: 'url' },
  { key: 'image', labelKey: 'photo', kind: 'url', hintKey: 'photo' },
  { key: 'summary', labelKey: 'summary', kind: 'long-text', checked: true },
];

export const LOCATION_FIELDS: FieldSpec[] = [
  { key: 'address', labelKey: 'streetAddress', kind: 'text', autocomplete: 'street-address' },
  { key: 'postalCode', labelKey: 'postalCode', kind: 'text', autocomplete: 'postal-code' },
  { key: 'city', labelKey: 'city', kind: 'text', autocomplete: 'address-level2' },
  { key: 'region', labelKey: 'region', kind: 'text', autocomplete: 'address-level1' },
  { key: 'countryCode', labelKey: 'countryCode', kind: 'text', autocomplete: 'country', hintKey: 'countryCode' },
];

export const PROFILES_SECTION: SectionSpec = {
  key: 'basics.profiles',
  noun: 'link',
  titleKeys: ['network', 'username'],
  fields: [
    { key: 'network', labelKey: 'network', kind: 'text', hintKey: 'network' },
    { key: 'username', labelKey: 'username', kind: 'text' },
    { key: 'url', labelKey: 'webAddress', kind: 'url' },
  ],
};

/** The repeated sections in the order the page shows them. */
export const SECTIONS: SectionSpec[] = [
  {
    key: 'work',
    noun: 'job',
    titleKeys: ['position', 'name'],
    fields: [
      { key: 'position', labelKey: 'jobTitle', kind: 'text' },
      { key: 'name', labelKey: 'employer', kind: 'text' },
      { key: 'location', labelKey: 'location', kind: 'text' },
      { key: 'url', labelKey: 'employerWebsite', kind: 'url' },
      date('startDate', 'start'),
      { ...date('endDate', 'end'), hintKey: 'current' },
      { key: 'description', labelKey: 'aboutEmployer', kind: 'text' },
      { key: 'summary', labelKey: 'roleSummary', kind: 'long-text', checked: true },
      { key: 'highlights', labelKey: 'achievements', kind: 'lines', checked: true },
    ],
  },
  {
    key: 'education',
    noun: 'education',
    titleKeys: ['institution', 'studyType'],
    fields: [
      { key: 'institution', labelKey: 'school', kind: 'text' },
      { key: 'studyType', labelKey: 'degree', kind: 'text' },
      { key: 'area', labelKey: 'fieldOfStudy', kind: 'text' },
      { key: 'score', labelKey: 'grade', kind: 'text' },
      date('startDate', 'start'),
      date('endDate', 'end'),
      { key: 'url', labelKey: 'website', kind: 'url' },
      { key: 'courses', labelKey: 'courses', kind: 'lines' },
    ],
  },
  {
    key: 'skills',
    noun: 'skill',
    titleKeys: ['name'],
    fields: [
      { key: 'name', labelKey: 'skill', kind: 'text' },
      { key: 'level', labelKey: 'level', kind: 'text', hintKey: 'level' },
      { key: 'keywords', labelKey: 'keywords', kind: 'lines' },
    ],
  },
  {
    key: 'languages',
    noun: 'language',
    titleKeys: ['language'],
    fields: [
      { key: 'language', labelKey: 'language', kind: 'text' },
      { key: 'fluency', labelKey: 'fluency', kind: 'text', hintKey: 'fluency' },
    ],
  },
  {
    key: 'projects',
    noun: 'project',
    titleKeys: ['name'],
    fields: [
      { key: 'name', labelKey: 'project', kind: 'text' },
      { key: 'entity', labelKey: 'organisation', kind: 'text' },
      { key: 'type', labelKey: 'type', kind: 'text', hintKey: 'projectType' },
      { key: 'url', labelKey: 'webAddress', kind: 'url' },
      date('startDate', 'start'),
      date('endDate', 'end'),
      { key: 'description', labelKey: 'description', kind: 'long-text' },
      { key: 'highlights', labelKey: 'highlights', kind: 'lines' },
      { key: 'roles', labelKey: 'roles', kind: 'lines' },
      { key: 'keywords', labelKey: 'keywords', kind: 'lines' },
    ],
  },
  {
    key: 'certificates',
    noun: 'certificate',
    titleKeys: ['name'],
    fields: [
      { key: 'name', labelKey: 'certificate', kind: 'text' },
      { key: 'issuer', labelKey: 'issuer', kind: 'text' },
      date('date', 'date'),
      { key: 'url', labelKey: 'webAddress', kind: 'url' },
    ],
  },
  {
    key: 'awards',
    noun: 'award',
    titleKeys: ['title'],
    fields: [
      { key: 'title', labelKey: 'award', kind: 'text' },
      { key: 'awarder', labelKey: 'awarder', kind: 'text' },
      date('date', 'date'),
      { key: 'summary', labelKey: 'summary', kind: 'long-text' },
    ],
  },
  {
    key: 'volunteer',
    noun: 'volunteering',
    titleKeys: ['position', 'organization'],
    fields: [
      { key: 'position', labelKey: 'role', kind: 'text' },
      { key: 'organization', labelKey: 'organisation', kind: 'text' },
      { key: 'url', labelKey: 'webAddress', kind: 'url' },
      date('startDate', 'start'),
      { ...date('endDate', 'end'), hintKey: 'current' },
      { key: 'summary', labelKey: 'summary', kind: 'long-text' },
      { key: 'highlights', labelKey: 'highlights', kind: 'lines' },
    ],
  },
  {
    key: 'publications',
    noun: 'publication',
    titleKeys: ['name'],
    fields: [
      { key: 'name', labelKey: 'title', kind: 'text' },
      { key: 'publisher', labelKey: 'publisher', kind: 'text' },
      date('releaseDate', 'published'),
      { key: 'url', labelKey: 'webAddress', kind: 'url' },
      { key: 'summary', labelKey: 'summary', kind: 'long-text' },
    ],
  },
  {
    key: 'interests',
    noun: 'interest',
    titleKeys: ['name'],
    fields: [
      { key: 'name', labelKey: 'interest', kind: 'text' },
      { key: 'keywords', labelKey: 'keywords', kind: 'lines' },
    ],
  },
  {
    key: 'references',
    noun: 'reference',
    titleKeys: ['name'],
    fields: [
      { key: 'name', labelKey: 'name', kind: 'text' },
      { key: 'reference', labelKey: 'reference', kind: 'long-text' },
    ],
  },
];

const SKILLS_SECTION = SECTIONS.find((s) => s.key === 'skills')!;

/** Sections the schema requires; the others are left out of the JSON while they were never there. */
const REQUIRED_SECTIONS = new Set<string>(['work', 'volunteer', 'education', 'awards', 'certificates', 'skills', 'languages', 'projects']);
const SECTION_KEYS = new Set<string>(SECTIONS.map((s) => s.key));

/** “Add” stops at this many entries per section. */
export const MAX_ENTRIES_PER_SECTION = 200;

/**
 * Body limits of the editor's POST: it carries a whole résumé, so it may be as large as an imported
 * JSON Resume file (1 MB), with a field count to match (the app-wide form limit is 64 KB / 200 fields).
 */
export const PROFILE_EDITOR_BODY_LIMITS = { limit: '1mb', parameterLimit: 20_000 } as const;

/** What an object's visible fields cannot carry (see the file comment). Absent members are omitted. */
export interface Kept {
  /** Original values whose visible text cannot reproduce them exactly. */
  exact?: Record<string, unknown>;
  /** Properties the editor does not show. */
  extra?: Record<string, unknown>;
  /** Containers the editor shows that did not exist (`basics.location`, `basics.profiles`, optional sections). */
  absent?: string[];
  /** An entry added in this editing session: dropped on save while still empty. */
  added?: true;
}

/** One object being edited: the raw text of each field as typed, and what the fields cannot carry. */
export interface EntryState {
  values: Record<string, string>;
  kept: Kept;
}

/** The whole form: what is on screen right now, possibly with invalid values. */
export interface ProfileFormState {
  kept: Kept;
  basics: EntryState;
  location: EntryState;
  sections: Record<SectionSpec['key'], EntryState[]>;
}

/**
 * The button pressed. Save also takes skills still typed in “New skills”, since Enter in that field
 * presses the form's first button (Save) and must not lose them.
 */
export type ProfileFormAction =
  | { kind: 'save'; newSkills: string[] }
  | { kind: 'add'; section: SectionSpec; names: string[] }
  | { kind: 'remove'; section: SectionSpec; index: number };

export const ALL_SECTIONS: SectionSpec[] = [PROFILES_SECTION, ...SECTIONS];

// ——— Encoding: JSON Resume → form state ———

/** The visible text of a value. */
function textOf(value: unknown, kind: FieldKind): string {
  if (value === undefined) return '';
  if (kind === 'lines') return Array.isArray(value) ? value.join('\n') : String(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** What saving a visible text produces (before validation). Trimmed; blank lines dropped; empty means absent. */
function valueOf(text: string, kind: FieldKind): string | string[] | undefined {
  const normalised = normaliseNewlines(text);
  if (kind === 'lines') {
    const items = normalised
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    return items.length > 0 ? items : undefined;
  }
  const trimmed = normalised.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Browsers send line breaks as CRLF; JSON profiles use LF. */
function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Whether saving the visible text gives back the stored value. It does not when the text reads
 * differently (spaces, blank items, empty vs missing) or when the editor would refuse it (a stored
 * web address with a space, say): an untouched field must never block saving or change.
 */
function survivesForm(original: unknown, text: string, kind: FieldKind): boolean {
  const value = valueOf(text, kind);
  return isDeepStrictEqual(value, original) && (typeof value !== 'string' || validate(kind, value) === undefined);
}

function entryFromObject(object: Record<string, unknown> | undefined, fields: FieldSpec[], childContainers: string[] = []): EntryState {
  const values: Record<string, string> = {};
  const kept: Kept = {};
  const known = new Set(fields.map((f) => f.key).concat(childContainers));
  for (const field of fields) {
    const original = object?.[field.key];
    values[field.key] = textOf(original, field.kind);
    if (original !== undefined && !survivesForm(original, values[field.key]!, field.kind)) (kept.exact ??= {})[field.key] = original;
  }
  for (const [key, value] of Object.entries(object ?? {})) {
    if (!known.has(key) && value !== undefined) (kept.extra ??= {})[key] = value;
  }
  return { values, kept };
}

export function formStateFromResume(resume: JsonResume): ProfileFormState {
  const raw = resume as Record<string, unknown>;
  const basicsObject = resume.basics as Record<string, unknown>;
  const basics = entryFromObject(basicsObject, BASICS_FIELDS, ['location', 'profiles']);
  const basicsAbsent = ['location', 'profiles'].filter((key) => basicsObject[key] === undefined);
  if (basicsAbsent.length > 0) basics.kept.absent = basicsAbsent;
  const location = entryFromObject(resume.basics.location, LOCATION_FIELDS);

  const kept: Kept = {};
  const sections = {} as ProfileFormState['sections'];
  sections['basics.profiles'] = (resume.basics.profiles ?? []).map((p) => entryFromObject(p, PROFILES_SECTION.fields));
  for (const section of SECTIONS) {
    const entries = raw[section.key] as Record<string, unknown>[] | undefined;
    if (entries === undefined) (kept.absent ??= []).push(section.key);
    sections[section.key] = (entries ?? []).map((entry) => entryFromObject(entry, section.fields));
  }
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'basics' && !SECTION_KEYS.has(key) && value !== undefined) (kept.extra ??= {})[key] = value;
  }
  return { kept, basics, location, sections };
}

// ——— Reading the posted form → form state ———

function field(body: FormBody, name: string): string | undefined {
  const value = body[name];
  // A repeated name is not something our form sends; take the first like most servers do.
  const first = Array.isArray(value) ? value[0] : value;
  // No truncation: the body limit bounds the size, and a cut value would silently change the profile.
  return first === undefined ? undefined : String(first);
}

/** The hidden `_kept` of an object. It is the user's own data coming back; a broken one is ignored. */
function readKept(body: FormBody, prefix: string): Kept {
  const text = field(body, `${prefix}._kept`);
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const { exact, extra, absent, added } = parsed as Record<string, unknown>;
    const record = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
    const kept: Kept = {};
    if (record(exact)) kept.exact = record(exact);
    if (record(extra)) kept.extra = record(extra);
    if (Array.isArray(absent)) kept.absent = absent.filter((a): a is string => typeof a === 'string');
    if (added === true) kept.added = true;
    return kept;
  } catch {
    return {};
  }
}

function readEntry(body: FormBody, prefix: string, fields: FieldSpec[]): EntryState {
  const values: Record<string, string> = {};
  for (const f of fields) values[f.key] = field(body, `${prefix}.${f.key}`) ?? '';
  return { values, kept: readKept(body, prefix) };
}

/** Indexes of the entries of a section present in the form, in order (`work.3.name` → 3). */
function entryIndexes(body: FormBody, section: string): number[] {
  const prefix = `${section}.`;
  const found = new Set<number>();
  for (const key of Object.keys(body)) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const dot = rest.indexOf('.');
    const index = dot > 0 && dot <= 4 ? rest.slice(0, dot) : '';
    if (/^\d+$/.test(index)) found.add(Number(index));
  }
  // Not capped: an imported profile may hold more entries than “Add” allows, and the body limit bounds them.
  return [...found].sort((a, b) => a - b);
}

export function readProfileForm(body: FormBody): ProfileFormState {
  const sections = {} as ProfileFormState['sections'];
  for (const section of ALL_SECTIONS) {
    sections[section.key] = entryIndexes(body, section.key).map((i) => readEntry(body, `${section.key}.${i}`, section.fields));
  }
  return {
    kept: readKept(body, 'profile'),
    basics: readEntry(body, 'basics', BASICS_FIELDS),
    location: readEntry(body, 'basics.location', LOCATION_FIELDS),
    sections,
  };
}

/** The button the user pressed: `save`, `add-job`, `remove-job-2`… Unknown values save. */
export function readAction(body: FormBody): ProfileFormAction {
  const action = field(body, 'action') ?? 'save';
  const newSkills = splitSkillNames(field(body, 'newSkill') ?? '');
  for (const section of ALL_SECTIONS) {
    if (action === `add-${section.noun}`) return { kind: 'add', section, names: section.key === 'skills' ? newSkills : [] };
    const prefix = `remove-${section.noun}-`;
    if (action.startsWith(prefix) && /^\d{1,4}$/.test(action.slice(prefix.length))) return { kind: 'remove', section, index: Number(action.slice(prefix.length)) };
  }
  return { kind: 'save', newSkills };
}

function splitSkillNames(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim().slice(0, 80))
    .filter(Boolean);
}

/**
 * Applies an add or remove button to what is on screen, keeping every other unsaved edit. Adding a
 * skill with names typed in “New skills” adds one entry per new name; otherwise one blank entry.
 */
export function applyAction(state: ProfileFormState, action: ProfileFormAction): ProfileFormState {
  if (action.kind === 'save') return action.newSkills.length > 0 ? applyAction(state, { kind: 'add', section: SKILLS_SECTION, names: action.newSkills }) : state;
  const entries = state.sections[action.section.key];
  let next: EntryState[];
  if (action.kind === 'remove') {
    next = entries.filter((_, i) => i !== action.index);
  } else {
    const blank = (values: Record<string, string> = {}): EntryState => ({
      values: Object.fromEntries(action.section.fields.map((f) => [f.key, values[f.key] ?? ''])),
      kept: { added: true },
    });
    const known = new Set(entries.map((e) => (e.values.name ?? '').trim().toLowerCase()));
    const named = action.names.filter((name) => !known.has(name.toLowerCase()) && known.add(name.toLowerCase()));
    const added = action.names.length > 0 ? named.map((name) => blank({ name })) : [blank()];
    next = [...entries, ...added.slice(0, Math.max(0, MAX_ENTRIES_PER_SECTION - entries.length))];
  }
  return { ...state, sections: { ...state.sections, [action.section.key]: next } };
}

// ——— Form state → JSON Resume (validation) ———

export interface ProfileFormResult {
  resume: JsonResume;
  /** Error keys (`documents:editor.errors.<key>`) by form field name (`work.0.startDate`); `profile` for the whole form. */
  errors: Record<string, FieldErrorKey>;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;
/**
 * A web address as people write it, with or without `https://` (`github.com/ada`, `localhost:3000`);
 * any other scheme (`javascript:`, `data:`) is refused because other pages turn these into links.
 */
const OTHER_SCHEME = /^(?!https?:)[a-z][a-z\d+.-]*:(?!\d)/i;

/** Why a value is refused, as a key of `documents:editor.errors`. */
export type FieldErrorKey = keyof typeof en.editor.errors;

function validate(kind: FieldKind, value: string): FieldErrorKey | undefined {
  if (kind === 'date' && !partialDateSchema.safeParse(value).success) return 'date';
  if (kind === 'email' && !EMAIL.test(value)) return 'email';
  if (kind === 'url' && (/\s/.test(value) || OTHER_SCHEME.test(value))) return 'url';
  return undefined;
}

function objectFromEntry(entry: EntryState, fields: FieldSpec[], prefix: string, errors: Record<string, FieldErrorKey>): Record<string, unknown> {
  const object: Record<string, unknown> = { ...entry.kept.extra };
  for (const f of fields) {
    const text = entry.values[f.key] ?? '';
    const exact = entry.kept.exact && Object.hasOwn(entry.kept.exact, f.key) ? entry.kept.exact[f.key] : undefined;
    if (exact !== undefined && normaliseNewlines(text) === normaliseNewlines(textOf(exact, f.kind))) {
      object[f.key] = exact;
      continue;
    }
    const value = valueOf(text, f.kind);
    if (value === undefined) {
      delete object[f.key];
      continue;
    }
    const error = typeof value === 'string' ? validate(f.kind, value) : undefined;
    if (error) errors[`${prefix}.${f.key}`] = error;
    else object[f.key] = value;
  }
  return object;
}

export function resumeFromFormState(state: ProfileFormState): ProfileFormResult {
  const errors: Record<string, FieldErrorKey> = {};
  const entries = (section: SectionSpec) =>
    state.sections[section.key].flatMap((entry, i) => {
      const object = objectFromEntry(entry, section.fields, `${section.key}.${i}`, errors);
      return entry.kept.added && Object.keys(object).length === 0 ? [] : [object];
    });

  const basics = objectFromEntry(state.basics, BASICS_FIELDS, 'basics', errors);
  const basicsAbsent = new Set(state.basics.kept.absent ?? []);
  const location = objectFromEntry(state.location, LOCATION_FIELDS, 'basics.location', errors);
  if (!(basicsAbsent.has('location') && Object.keys(location).length === 0)) basics.location = location;
  const profiles = entries(PROFILES_SECTION);
  if (!(basicsAbsent.has('profiles') && profiles.length === 0)) basics.profiles = profiles;

  const resume: Record<string, unknown> = { ...state.kept.extra, basics };
  const absent = new Set(state.kept.absent ?? []);
  for (const section of SECTIONS) {
    const list = entries(section);
    if (list.length > 0 || REQUIRED_SECTIONS.has(section.key) || !absent.has(section.key)) resume[section.key] = list;
  }
  // The fields were validated one by one above; this only fails on a tampered hidden field.
  const parsed = jsonResumeSchema.safeParse(resume);
  if (!parsed.success) {
    errors.profile = 'unreadable';
    return { resume: resume as JsonResume, errors };
  }
  return { resume: parsed.data, errors };
}

// ——— Form state → view model ———

export interface FieldView {
  name: string;
  id: string;
  label: string;
  hint: string | undefined;
  value: string;
  /** A textarea: long text, lists, or a short field whose value holds a line break. */
  multiline: boolean;
  rows: number;
  /** Inputs stay `type="text"`: email and url inputs trim what they send, which would change stored values. */
  inputMode: 'email' | 'url' | undefined;
  autocomplete: string | undefined;
  error: string | undefined;
  /** Checked for sensitive data while typing and on every render (rendered by `_checked-field.njk`). */
  checked: boolean;
  warnings: SensitiveWarning[];
}

export interface EntryView {
  prefix: string;
  index: number;
  title: string;
  kept: string;
  removeAction: string;
  removeLabel: string;
  autofocus: boolean;
  fields: FieldView[];
}

export interface SectionView {
  key: string;
  id: string;
  legend: string;
  noun: string;
  addAction: string;
  addLabel: string;
  entries: EntryView[];
}

export interface ProfileEditorView {
  kept: string;
  basics: { kept: string; fields: FieldView[] };
  location: { kept: string; fields: FieldView[] };
  links: SectionView;
  sections: SectionView[];
  /** The whole form could not be read (a tampered hidden field), in the reader's language. */
  profileError: string | undefined;
  errorCount: number;
}

const keptText = (kept: Kept): string => (Object.keys(kept).length > 0 ? JSON.stringify(kept) : '');

export function fieldView(prefix: string, spec: FieldSpec, value: string, errors: Record<string, FieldErrorKey>, t: Translate): FieldView {
  const name = `${prefix}.${spec.key}`;
  const multiline = spec.kind === 'long-text' || spec.kind === 'lines' || /[\r\n]/.test(value);
  return {
    name,
    id: `field-${name.replace(/\./g, '-')}`,
    label: t(`documents:editor.fields.${spec.labelKey}`),
    hint: spec.hintKey && t(`documents:editor.hints.${spec.hintKey}`),
    value,
    multiline,
    rows: spec.kind === 'long-text' ? 4 : multiline ? Math.min(8, Math.max(2, value.split('\n').length + 1)) : 1,
    inputMode: spec.kind === 'email' ? 'email' : spec.kind === 'url' ? 'url' : undefined,
    autocomplete: spec.autocomplete,
    error: errors[name] && t(`documents:editor.errors.${errors[name]}`),
    checked: spec.checked === true,
    warnings: spec.checked && value ? sensitiveWarnings(value) : [],
  };
}

function entryTitle(section: SectionSpec, entry: EntryState, index: number, t: Translate): string {
  const parts = section.titleKeys.map((k) => (entry.values[k] ?? '').trim()).filter(Boolean);
  return parts.length > 0 ? parts.join(' · ').slice(0, 120) : t(`documents:editor.sections.${section.noun}.entry`, { number: index + 1 });
}

function sectionView(section: SectionSpec, entries: EntryState[], errors: Record<string, FieldErrorKey>, focusLast: boolean, t: Translate): SectionView {
  return {
    key: section.key,
    id: `section-${section.key.replace(/\./g, '-')}`,
    legend: t(`documents:editor.sections.${section.noun}.legend`),
    noun: section.noun,
    addAction: `add-${section.noun}`,
    addLabel: t(`documents:editor.sections.${section.noun}.add`),
    entries: entries.map((entry, index) => {
      const prefix = `${section.key}.${index}`;
      const title = entryTitle(section, entry, index, t);
      return {
        prefix,
        index,
        title,
        kept: keptText(entry.kept),
        removeAction: `remove-${section.noun}-${index}`,
        removeLabel: t(`documents:editor.sections.${section.noun}.removeLabel`, { number: index + 1, title }),
        autofocus: focusLast && index === entries.length - 1,
        fields: section.fields.map((f) => fieldView(prefix, f, entry.values[f.key] ?? '', errors, t)),
      };
    }),
  };
}

/** What the template needs; `lastAction` puts the cursor into an entry just added (works without JavaScript). */
export function profileEditorView(state: ProfileFormState, errors: Record<string, FieldErrorKey>, t: Translate, lastAction?: ProfileFormAction): ProfileEditorView {
  const focus = (section: SectionSpec) => lastAction?.kind === 'add' && lastAction.section.key === section.key && lastAction.names.length === 0;
  return {
    kept: keptText(state.kept),
    basics: { kept: keptText(state.basics.kept), fields: BASICS_FIELDS.map((f) => fieldView('basics', f, state.basics.values[f.key] ?? '', errors, t)) },
    location: { kept: keptText(state.location.kept), fields: LOCATION_FIELDS.map((f) => fieldView('basics.location', f, state.location.values[f.key] ?? '', errors, t)) },
    links: sectionView(PROFILES_SECTION, state.sections['basics.profiles'], errors, focus(PROFILES_SECTION), t),
    sections: SECTIONS.map((s) => sectionView(s, state.sections[s.key], errors, focus(s), t)),
    profileError: errors.profile && t(`documents:editor.errors.${errors.profile}`),
    errorCount: Object.keys(errors).length,
  };
}

/** The label of a checked free-text field by its form name (`work.3.highlights` → its label). */
export function checkedFieldSpec(name: string): FieldSpec | undefined {
  const [head, index, key] = name.split('.');
  if (head === 'basics' && index !== undefined && key === undefined) return BASICS_FIELDS.find((f) => f.key === index && f.checked);
  const section = SECTIONS.find((s) => s.key === head);
  return index !== undefined && /^\d{1,4}$/.test(index) ? section?.fields.find((f) => f.key === key && f.checked) : undefined;
}
