import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIL_LOCALES } from '../../../src/platform/mail/mail-outbox.entity.js';
import { MAIL_PARTS, MailTemplates, MailTemplateError } from '../../../src/platform/mail/mail-templates.js';
import { composeOutboxRow, MailRequestError, type MailGlobals, type MailRequest } from '../../../src/platform/mail/mailer.service.js';
import { VIEWS_DIR } from '../../../src/platform/web/project-root.js';

const templates = new MailTemplates(VIEWS_DIR, { reloadOnChange: false });
const globals: MailGlobals = { appName: 'Candor', appUrl: 'https://candor.example', contactAddress: 'privacy@candor.example' };
const compose = (request: MailRequest) => composeOutboxRow(request, templates, globals, new Date('2026-11-29T12:00:00Z'));
const base = { to: 'ada@example.com', template: 'account-deleted', kind: 'transactional' } as const;

describe('mail templates', () => {
  const files = readdirSync(join(VIEWS_DIR, 'mail')).filter((f) => !f.startsWith('_'));
  const names = [...new Set(files.map((f) => f.split('.')[0]!))];

  it('exist in every locale, each with a subject, a text and an HTML part', () => {
    expect(names).toContain('account-deleted');
    for (const name of names) {
      for (const locale of MAIL_LOCALES) {
        for (const part of MAIL_PARTS) expect(files).toContain(`${name}.${locale}.${part}.njk`);
      }
    }
    expect(files).toHaveLength(names.length * MAIL_LOCALES.length * MAIL_PARTS.length); // nothing stray
  });

  it('go out in the configured default language to an account that never chose one', () => {
    const at = new Date('2026-11-29T12:00:00Z');
    expect(composeOutboxRow({ ...base, locale: null }, templates, globals, at, 'ko').locale).toBe('ko');
    expect(composeOutboxRow({ ...base }, templates, globals, at, 'ko').locale).toBe('ko');
    expect(composeOutboxRow({ ...base, locale: 'en' }, templates, globals, at, 'ko').locale).toBe('en');
    expect(compose({ ...base, locale: null }).locale).toBe('en');
  });

  it('render in every locale without leftovers', () => {
    for (const name of names) {
      for (const locale of MAIL_LOCALES) {
        const mail = templates.render(name, locale, { ...globals });
        expect(mail.subject.length).toBeGreaterThan(5);
        expect(mail.text).not.toMatch(/{{|{%|undefined/);
        expect(mail.html).toMatch(new RegExp(`^<!doctype html>\\s*<html lang="${locale}">`));
        expect(mail.html).not.toMatch(/{{|{%|undefined|<script/i);
      }
    }
  });

  it('escapes values in the HTML part, keeps them readable in the text, and keeps the subject on one line', () => {
    const hostile = { ...globals, contactAddress: '<script>alert(1)</script>&co' };
    const mail = templates.render('account-deleted', 'en', hostile);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;co');
    expect(mail.text).toContain('write to <script>alert(1)</script>&co');
    expect(mail.subject).toBe('Your Candor account has been deleted');
    expect(mail.text.endsWith('\n')).toBe(true);
  });

  it('writes the contact line from the configuration, or points to the privacy policy', () => {
    expect(templates.render('account-deleted', 'en', { ...globals }).text).toContain('write to privacy@candor.example');
    const without = templates.render('account-deleted', 'ko', { ...globals, contactAddress: undefined });
    expect(without.text).toContain('개인정보 처리방침의 연락처로 문의해 주세요: https://candor.example/privacy');
  });

  it('refuses unknown templates and names that could leave views/mail', () => {
    expect(() => templates.render('no-such-template', 'en', {})).toThrow(MailTemplateError);
    expect(() => templates.render('../layouts/base', 'en', {})).toThrow(/Not a mail template name/);
  });
});

describe('composing a message', () => {
  it('adds List-Unsubscribe and one-click headers to marketing mail (R5)', () => {
    const row = compose({ ...base, kind: 'marketing', unsubscribeUrl: 'https://candor.example/unsubscribe/t0k' });
    expect(row.headers).toEqual({ 'List-Unsubscribe': '<https://candor.example/unsubscribe/t0k>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(row.kind).toBe('marketing');
    expect(() => compose({ ...base, kind: 'marketing', unsubscribeUrl: 'javascript:alert(1)' })).toThrow(MailRequestError);
    expect(() => compose({ ...base, kind: 'marketing', unsubscribeUrl: '/relative' })).toThrow(MailRequestError);
  });

  it('passes custom headers through and refuses those that would forge or inject', () => {
    expect(compose({ ...base, headers: { 'X-Entity-Ref-ID': 'abc' } }).headers).toEqual({ 'X-Entity-Ref-ID': 'abc' });
    const forged: Record<string, string>[] = [{ Bcc: 'spy@example.com' }, { 'Content-Type': 'text/plain' }, { 'List-Unsubscribe': '<x>' }, { 'X-Bad Name': 'v' }, { 'X-Ok': 'a\r\nBcc: spy@example.com' }];
    for (const headers of forged) {
      expect(() => compose({ ...base, headers })).toThrow(MailRequestError);
    }
  });

  it('takes exactly one address, defaults to English and to no account', () => {
    const row = compose(base);
    expect(row).toMatchObject({ recipient: 'ada@example.com', locale: 'en', user: null, status: 'pending', attempts: 0, forgetRecipient: false });
    for (const to of ['ada@example.com, eve@example.com', 'Ada <ada@example.com>', 'not-an-address', 'ada@example.com\r\nBcc: eve@example.com']) {
      expect(() => compose({ ...base, to })).toThrow(MailRequestError);
    }
  });
});

describe('template caching', () => {
  it('keeps compiled mail templates and, when asked to (development), recompiles after a file changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-mail-views-'));
    mkdirSync(join(dir, 'mail'));
    const write = (part: string, body: string) => writeFileSync(join(dir, `mail/hello.en.${part}.njk`), body);
    write('subject', 'Hi {{ name }}');
    write('text', 'Hello {{ name }}');
    write('html', '<p>Hello {{ name }}</p>');
    const reloading = new MailTemplates(dir, { reloadOnChange: true });
    const fixed = new MailTemplates(dir, { reloadOnChange: false });
    try {
      expect(reloading.render('hello', 'en', { name: 'Ada' }).text).toBe('Hello Ada\n');
      expect(fixed.render('hello', 'en', { name: 'Ada' }).text).toBe('Hello Ada\n');
      write('text', 'Welcome {{ name }}');
      await expect.poll(() => reloading.render('hello', 'en', { name: 'Ada' }).text, { timeout: 3000 }).toBe('Welcome Ada\n');
      // Without reloading, the compiled template is kept: the file is not read again.
      expect(fixed.render('hello', 'en', { name: 'Ada' }).text).toBe('Hello Ada\n');
    } finally {
      reloading.onModuleDestroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
