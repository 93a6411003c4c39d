import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/app-config.js';
import { localEnv, PRODUCTION_ENV } from '../../helpers/config-env.js';

const base = localEnv;
const production = PRODUCTION_ENV;

describe('mail configuration', () => {
  it('keeps mail in the local mailbox when no SMTP server is set', () => {
    expect(loadConfig(base()).mail).toEqual({
      from: 'Candor <no-reply@localhost>',
      replyTo: undefined,
      transport: { kind: 'local' },
      maxAttempts: 10,
      retentionDays: 30,
    });
  });

  it('reads the SMTP URL, sender, reply address and limits', () => {
    const config = loadConfig({
      ...base(),
      SMTP_URL: 'smtp://user:pass@mail.example:587',
      MAIL_FROM: 'Candor <no-reply@candor.example>',
      MAIL_REPLY_TO: 'privacy@candor.example',
      SMTP_TIMEOUT_MS: '5000',
      MAIL_MAX_ATTEMPTS: '4',
      MAIL_RETENTION_DAYS: '7',
    });
    expect(config.mail).toEqual({
      from: 'Candor <no-reply@candor.example>',
      replyTo: 'privacy@candor.example',
      transport: { kind: 'smtp', url: 'smtp://user:pass@mail.example:587', requireTls: false, timeoutMs: 5_000 },
      maxAttempts: 4,
      retentionDays: 7,
    });
    expect(loadConfig({ ...base(), MAIL_FROM: 'no-reply@candor.example' }).mail.from).toBe('no-reply@candor.example');
  });

  it('requires an SMTP server and a sender in production, and TLS on smtp:// there (H3)', () => {
    const { SMTP_URL: _url, MAIL_FROM: _from, ...withoutMail } = production;
    let message = '';
    try {
      loadConfig({ ...base(), ...withoutMail });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('SMTP_URL: required in production');
    expect(message).toContain('MAIL_FROM: required in production');

    expect(loadConfig({ ...base(), ...production, SMTP_URL: 'smtp://u:p@mail.example:587' }).mail.transport).toMatchObject({ kind: 'smtp', requireTls: true });
    expect(loadConfig({ ...base(), ...production, SMTP_URL: 'smtps://u:p@mail.example' }).mail.transport).toMatchObject({ kind: 'smtp', requireTls: false });
  });

  it('names malformed values', () => {
    expect(() => loadConfig({ ...base(), SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(() => loadConfig({ ...base(), MAIL_FROM: 'Candor' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ ...base(), MAIL_FROM: 'a@b.example\r\nBcc: c@d.example' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ ...base(), MAIL_REPLY_TO: 'nobody' })).toThrow(/MAIL_REPLY_TO/);
    expect(() => loadConfig({ ...base(), MAIL_MAX_ATTEMPTS: '0' })).toThrow(/MAIL_MAX_ATTEMPTS/);
  });
});
