import { describe, expect, it, vi } from 'vitest';
import { Translator } from '../../../src/platform/i18n/translator.js';

// Issue #18: messages without parameters are remembered per locale (a page asks for a hundred or
// more). Remembering must never change what a page says.

const catalogs = [
  {
    namespace: 'common',
    messages: {
      en: { hello: 'Hello', files_one: '{{count}} file', files_other: '{{count}} files', greet: 'Hi {{name}}' },
      ko: { hello: '안녕하세요', files_other: '파일 {{count}}개', greet: '{{name}}님 안녕하세요' },
    },
  },
];

describe('Translator', () => {
  it('gives each locale one translate function, so what it remembers lasts beyond a request', () => {
    const translator = new Translator(catalogs);
    expect(translator.forLocale('en')).toBe(translator.forLocale('en'));
    expect(translator.forLocale('ko')).not.toBe(translator.forLocale('en'));
  });

  it('answers the same for a remembered message, in each language, and never mixes languages', () => {
    const translator = new Translator(catalogs);
    const en = translator.forLocale('en');
    const ko = translator.forLocale('ko');
    expect([en('hello'), en('hello'), ko('hello'), ko('hello')]).toEqual(['Hello', 'Hello', '안녕하세요', '안녕하세요']);
  });

  it('still fills parameters and plurals on every call after the same key was asked without them', () => {
    const en = new Translator(catalogs).forLocale('en');
    expect(en('greet')).toBe('Hi {{name}}');
    expect(en('greet', { name: 'Ada' })).toBe('Hi Ada');
    expect(en('greet', { name: 'Bea' })).toBe('Hi Bea');
    expect(en('files', { count: 1 })).toBe('1 file');
    expect(en('files', { count: 3 })).toBe('3 files');
  });

  it('answers a missing key with the key, remembered or not, and stays bounded for computed keys', () => {
    const en = new Translator(catalogs).forLocale('en');
    expect(en('common:nowhere.to.be.found')).toBe('nowhere.to.be.found');
    expect(en('common:nowhere.to.be.found')).toBe('nowhere.to.be.found');
    // Far more distinct keys than it remembers: later ones are translated, just not kept.
    for (let i = 0; i < 25_000; i++) en(`computed.${i}`);
    expect(en('computed.24999')).toBe('computed.24999');
    expect(en('hello')).toBe('Hello');
  });
});

describe('Translator memory for numeric parameters', () => {
  it('asks i18next once per locale, key and numbers, and never for plain text parameters', async () => {
    const { default: i18next } = await import('i18next');
    const lookups: string[] = [];
    const createInstance = i18next.createInstance.bind(i18next);
    const spy = vi.spyOn(i18next, 'createInstance').mockImplementation((...args) => {
      const instance = createInstance(...args);
      const getFixedT = instance.getFixedT.bind(instance);
      instance.getFixedT = ((...fixed: Parameters<typeof getFixedT>) => {
        const t = getFixedT(...fixed);
        return ((key: string, options?: object) => {
          lookups.push(key);
          return t(key, options as never);
        }) as unknown as typeof t;
      }) as typeof instance.getFixedT;
      return instance;
    });
    try {
      const en = new Translator(catalogs).forLocale('en');
      expect([en('files', { count: 1 }), en('files', { count: 3 }), en('files', { count: 1 }), en('files', { count: 3 })]).toEqual(['1 file', '3 files', '1 file', '3 files']);
      expect(lookups).toEqual(['files', 'files']);
      // A person's name is never kept: the message is filled from its compiled slots on each call, without i18next.
      expect([en('greet', { name: 'Ada' }), en('greet', { name: 'Bea' })]).toEqual(['Hi Ada', 'Hi Bea']);
      expect(lookups).toEqual(['files', 'files']);
      // The same numbers in Korean are the Korean text.
      const ko = new Translator(catalogs).forLocale('ko');
      expect(ko('files', { count: 3 })).toBe('파일 3개');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('Translator compiled messages (text parameters)', () => {
  it('fills every catalog message exactly as i18next does, in both languages', async () => {
    const { CATALOGS } = await import('../../../src/app/catalogs.js');
    const { default: i18next } = await import('i18next');
    const translator = new Translator(CATALOGS);
    const reference = i18next.createInstance();
    void reference.init({
      initAsync: false,
      resources: Object.fromEntries(['en', 'ko'].map((l) => [l, Object.fromEntries(CATALOGS.map((c) => [c.namespace, c.messages[l as 'en' | 'ko']]))])),
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: ['en', 'ko'],
      ns: CATALOGS.map((c) => c.namespace),
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    let compared = 0;
    for (const locale of ['en', 'ko'] as const) {
      const mine = translator.forLocale(locale);
      const theirs = reference.getFixedT(locale);
      for (const catalog of CATALOGS) {
        for (const path of Translator.flatten(catalog.messages.en)) {
          const key = catalog.namespace === 'common' ? path : `${catalog.namespace}:${path}`;
          const message = String(reference.getResource('en', catalog.namespace, path) ?? '');
          const slots = [...message.matchAll(/\{\{([A-Za-z_]\w*)\}\}/g)].map((m) => m[1]!);
          if (!slots.length) continue;
          // Awkward values too: what looks like a slot or a nested message must come out as written.
          for (const sample of ['Ada', '{{name}} $t(common:nav.main) $& <b>']) {
            const params = Object.fromEntries(slots.map((slot) => [slot, `${sample}${slot}`]));
            expect(mine(key, params), `${locale} ${key}`).toBe(String(theirs(key, { ...params })));
            compared++;
          }
          // A slot left out, and one parameter more than the message has: i18next decides.
          expect(mine(key, { [slots[0]!]: 'x', unrelated: 'y' })).toBe(String(theirs(key, { [slots[0]!]: 'x', unrelated: 'y' })));
          expect(mine(key, {})).toBe(String(theirs(key, {})));
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
    // Every message of every catalog in two languages: seconds on a loaded machine.
  }, 60_000);
});
