import i18next, { type i18n, type TFunction } from 'i18next';
import { LOCALES, type Locale } from './locale.js';

/** Messages of one area (a module, the platform, the app), in every language. */
export interface MessageCatalog {
  /** The i18next namespace: keys are written `namespace:key.path`. `common` needs no prefix. */
  namespace: string;
  messages: Record<Locale, Record<string, unknown>>;
}

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The request's translate function, which the locale middleware put in `res.locals.t`. */
export function translator(res: { locals: Record<string, unknown> }): Translate {
  return res.locals.t as Translate;
}

/**
 * The one translator of the app, backed by i18next with the catalogs the composition root passes
 * (`src/app/catalogs.ts`). Plurals follow `Intl.PluralRules` (`_one`/`_other` keys). Values are not
 * HTML-escaped here: nunjucks escapes everything it prints (autoescape), emails and the CLI are text.
 */
/**
 * Messages without parameters, or with only numbers as parameters, remembered per locale: a page asks
 * for a hundred or more, and each i18next lookup (key parsing, namespace and fallback resolution) costs
 * microseconds that added up to more than a millisecond per page. The catalogs never change after start-up, so a remembered text
 * cannot go stale. Bounded: keys come from code and catalogs, but a computed key must not grow it.
 */
const REMEMBERED_MESSAGES_MAX = 20_000;

export class Translator {
  private readonly instance: i18n;
  private readonly translators = new Map<Locale, Translate>();

  constructor(catalogs: readonly MessageCatalog[], fallbackLocale: Locale = 'en') {
    const namespaces = catalogs.map((c) => c.namespace);
    if (new Set(namespaces).size !== namespaces.length) throw new Error(`Two message catalogs share a namespace: ${namespaces.join(', ')}`);
    const resources: Record<string, Record<string, Record<string, unknown>>> = {};
    for (const locale of LOCALES) {
      resources[locale] = Object.fromEntries(catalogs.map((c) => [c.namespace, c.messages[locale]]));
    }
    this.instance = i18next.createInstance();
    void this.instance.init({
      initAsync: false,
      resources,
      lng: fallbackLocale,
      fallbackLng: fallbackLocale,
      supportedLngs: [...LOCALES],
      ns: namespaces,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      // A missing key is a bug the catalog test catches; at run time show the key, never crash.
      saveMissing: false,
    });
  }

  /**
   * A translate function bound to one locale. A parameter may itself be a message (`{ key, params }`,
   * see `messageKey()`) or a list of messages: they are translated first, in the same language, a list
   * joined with commas. So a stored finding like "Missing: {{sections}}" with section names as keys
   * reads "빠진 섹션: 경력, 요약" in Korean.
   */
  forLocale(locale: Locale): Translate {
    const made = this.translators.get(locale);
    if (made) return made;
    const t: TFunction = this.instance.getFixedT(locale);
    const remembered = new Map<string, string>();
    // Messages split once into text and `{{name}}` slots (null: not that simple; i18next answers).
    const compiled = new Map<string, CompiledMessage | null>();
    const compiledMessage = (key: string): CompiledMessage | null => {
      let message = compiled.get(key);
      if (message === undefined) {
        const colon = key.indexOf(':');
        const [namespace, path] = colon < 0 ? ['common', key] : [key.slice(0, colon), key.slice(colon + 1)];
        message = compileMessage(this.instance.getResource(locale, namespace, path));
        if (compiled.size < REMEMBERED_MESSAGES_MAX) compiled.set(key, message);
      }
      return message;
    };
    const rememberedWithNumbers = new Map<string, string>();
    const translate: Translate = (key, params) => {
      if (params) {
        const memoryKey = rememberableKey(key, params);
        if (memoryKey === undefined) {
          const filled = fillCompiled(compiledMessage(key), params);
          return filled ?? String(t(key, translatedParams(params, translate)));
        }
        let text = rememberedWithNumbers.get(memoryKey);
        if (text === undefined) {
          text = String(t(key, { ...params }));
          // Numbers are open-ended (a salary, a count): start afresh rather than stop remembering.
          if (rememberedWithNumbers.size >= REMEMBERED_MESSAGES_MAX) rememberedWithNumbers.clear();
          rememberedWithNumbers.set(memoryKey, text);
        }
        return text;
      }
      let text = remembered.get(key);
      if (text === undefined) {
        text = String(t(key, {}));
        if (remembered.size < REMEMBERED_MESSAGES_MAX) remembered.set(key, text);
      }
      return text;
    };
    this.translators.set(locale, translate);
    return translate;
  }

  t(locale: Locale, key: string, params?: Record<string, unknown>): string {
    return this.forLocale(locale)(key, params);
  }

  /** Every key of a namespace in a locale, flattened (`a.b.c`), for the catalog checks. */
  static flatten(messages: Record<string, unknown>, prefix = ''): string[] {
    return Object.entries(messages).flatMap(([key, value]) =>
      value !== null && typeof value === 'object' ? Translator.flatten(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`],
    );
  }
}

/**
 * The memory key of a message whose parameters are all numbers (counts, percentages, limits: most
 * parameterised texts of a page, each an i18next lookup with plural resolution), or undefined when a
 * parameter is anything else. Text parameters are never remembered: they may be a person's data
 * (a name, a file name), which must not outlive the request in a process-wide table.
 */
function rememberableKey(key: string, params: Record<string, unknown>): string | undefined {
  let memoryKey = key;
  for (const name in params) {
    const value = params[name];
    if (typeof value !== 'number') return undefined;
    memoryKey += `\u0000${name}=${value}`;
  }
  return memoryKey;
}

/** A message as literal text and named slots, alternating: `['', 'date', ' ', 'score', '점']`. */
type CompiledMessage = { texts: string[]; slots: string[] };

const SLOT = /\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;

/**
 * A message i18next would only fill in: literal text and `{{name}}` slots, nothing else it interprets
 * (no nesting `$t(`, no formats `{{x, number}}`, no unescaped `{{- x}}`, no dotted paths). Anything else
 * is left to i18next (null), as are messages missing in the locale (i18next falls back to English).
 */
function compileMessage(message: unknown): CompiledMessage | null {
  if (typeof message !== 'string' || message.includes('$t(')) return null;
  const texts: string[] = [];
  const slots: string[] = [];
  let last = 0;
  for (const match of message.matchAll(SLOT)) {
    texts.push(message.slice(last, match.index));
    slots.push(match[1]!);
    last = match.index + match[0].length;
  }
  texts.push(message.slice(last));
  if (texts.some((text) => text.includes('{{') || text.includes('}}'))) return null;
  return { texts, slots };
}

/**
 * The message with its slots filled as i18next fills them (a string as it is, a number written out),
 * or undefined when i18next must answer: a parameter that is a message to translate, anything but text
 * or a number, a slot without its parameter, or a parameter the message has no slot for (i18next reads
 * some, such as `count` and `context`, as options that choose another message).
 */
function fillCompiled(message: CompiledMessage | null, params: Record<string, unknown>): string | undefined {
  if (!message) return undefined;
  for (const name in params) {
    const value = params[name];
    // `count` and `context` choose another message (a plural, a variant) even where the text has their slot.
    if (name === 'count' || name === 'context' || (typeof value !== 'string' && typeof value !== 'number') || !message.slots.includes(name)) return undefined;
  }
  let text = message.texts[0]!;
  for (let i = 0; i < message.slots.length; i++) {
    const value = params[message.slots[i]!];
    if (value === undefined) return undefined;
    text += String(value) + message.texts[i + 1]!;
  }
  return text;
}

function isMessage(value: unknown): value is { key: string; params?: Record<string, unknown> } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { key, params, ...rest } = value as Record<string, unknown>;
  return typeof key === 'string' && Object.keys(rest).length === 0 && (params === undefined || (params !== null && typeof params === 'object'));
}

function translatedParams(params: Record<string, unknown>, translate: Translate): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (isMessage(value)) out[name] = translate(value.key, value.params);
    else if (Array.isArray(value) && value.length > 0 && value.every(isMessage)) out[name] = value.map((m) => translate(m.key, m.params)).join(', ');
    else out[name] = value;
  }
  return out;
}
