import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/app-config.js';
import { localEnv, PRODUCTION_ENV } from '../helpers/config-env.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'candor-config-'));
const key = Buffer.alloc(32, 7).toString('base64');
const secret = 's'.repeat(40);

describe('configuration', () => {
  it('starts locally with nothing set, generating secrets once into the data directory', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(first.secrets.sessionSecret).toBe(second.secrets.sessionSecret);
    expect(first.secrets.masterKey.equals(second.secrets.masterKey)).toBe(true);
    expect(first.secrets.masterKey).toHaveLength(32);
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'))).toHaveProperty('masterKey');
    expect(first.signIn.kind).toBe('dev');
    expect(first.port).toBe(3000);
  });

  it('names each malformed variable', () => {
    const attempt = () => loadConfig({ DATA_DIR: dataDir(), PORT: 'eighty', DATABASE_URL: 'mysql://x', MASTER_KEY: 'short' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('MASTER_KEY: must be 32 bytes encoded as base64');
    }
  });

  it('refuses to start in production without secrets, a database or a real sign-in provider', () => {
    let message = '';
    try {
      loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of ['SESSION_SECRET', 'MASTER_KEY', 'DATABASE_URL', 'APP_URL', 'GOOGLE_CLIENT_ID', 'SMTP_URL', 'MAIL_FROM']) expect(message).toContain(name);
  });

  it('uses Google in production when configured, with TLS to the database', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATA_DIR: dataDir(),
      SESSION_SECRET: secret,
      MASTER_KEY: key,
      DATABASE_URL: 'postgres://u:p@db.internal:5432/candor',
      APP_URL: 'https://candor.example/',
      GOOGLE_CLIENT_ID: 'id',
      GOOGLE_CLIENT_SECRET: 'secret',
      SMTP_URL: 'smtps://user:pass@mail.candor.example',
      MAIL_FROM: 'Candor <no-reply@candor.example>',
    });
    expect(config.signIn).toMatchObject({ kind: 'google', issuerUrl: 'https://accounts.google.com' });
    expect(config.database.ssl).toBe('require');
    expect(config.appUrl).toBe('https://candor.example');
  });

  it('requires client id and secret together', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), GOOGLE_CLIENT_ID: 'id' })).toThrow(/GOOGLE_CLIENT_SECRET: must be set together/);
  });

  it('accepts any OpenID issuer', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), OIDC_ISSUER_URL: 'https://id.example.org', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's' });
    expect(config.signIn).toMatchObject({ kind: 'oidc', issuerUrl: 'https://id.example.org' });
  });
});

describe('self-hosted model servers speaking the OpenAI protocol', () => {
  const ai = { AI_PROVIDER: 'openai-compatible', OPENAI_BASE_URL: 'http://127.0.0.1:11434/', OPENAI_MODEL: 'llama3.1:8b' };
  const speech = { SPEECH_PROVIDER: 'openai-compatible', SPEECH_OPENAI_BASE_URL: 'http://whisper.internal:8000', SPEECH_OPENAI_MODEL: 'Systran/faster-whisper-small' };

  it('reads AI_PROVIDER=openai-compatible: the server root without its trailing slash, the model, an optional key, AI_TIMEOUT_MS', () => {
    expect(loadConfig({ ...localEnv(), ...ai, AI_TIMEOUT_MS: '5000' }).ai).toEqual({
      provider: 'openai-compatible',
      baseUrl: 'http://127.0.0.1:11434',
      model: 'llama3.1:8b',
      apiKey: undefined,
      timeoutMs: 5_000,
    });
    expect(loadConfig({ ...localEnv(), ...ai, OPENAI_API_KEY: 'sk-local' }).ai).toMatchObject({ apiKey: 'sk-local' });
  });

  it('reads SPEECH_PROVIDER=openai-compatible with SPEECH_TIMEOUT_MS', () => {
    expect(loadConfig({ ...localEnv(), ...speech, SPEECH_OPENAI_API_KEY: 'k', SPEECH_TIMEOUT_MS: '30000' }).speech).toEqual({
      provider: 'openai-compatible',
      baseUrl: 'http://whisper.internal:8000',
      model: 'Systran/faster-whisper-small',
      apiKey: 'k',
      timeoutMs: 30_000,
    });
  });

  it('names what is missing or malformed', () => {
    expect(() => loadConfig({ ...localEnv(), AI_PROVIDER: 'openai-compatible' })).toThrow(
      /OPENAI_BASE_URL: required when AI_PROVIDER=openai-compatible[\s\S]*OPENAI_MODEL: required when AI_PROVIDER=openai-compatible/,
    );
    expect(() => loadConfig({ ...localEnv(), SPEECH_PROVIDER: 'openai-compatible', SPEECH_OPENAI_BASE_URL: 'http://w:8000' })).toThrow(
      /SPEECH_OPENAI_MODEL: required when SPEECH_PROVIDER=openai-compatible/,
    );
    expect(() => loadConfig({ ...localEnv(), ...ai, OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' })).toThrow(/OPENAI_BASE_URL: must be the server root without \/v1/);
    expect(() => loadConfig({ ...localEnv(), ...ai, OPENAI_BASE_URL: 'ftp://models.internal' })).toThrow(/OPENAI_BASE_URL/);
    expect(() => loadConfig({ ...localEnv(), ...ai, OPENAI_MODEL: 'llama 3; rm' })).toThrow(/OPENAI_MODEL/);
    // Unused settings are not required: the embedded default needs none of them.
    expect(loadConfig(localEnv()).ai).toEqual({ provider: 'embedded', timeoutMs: 20_000 });
  });

  it('requires https in production for both servers', () => {
    expect(() => loadConfig({ ...localEnv(), ...PRODUCTION_ENV, ...ai, ...speech })).toThrow(
      /OPENAI_BASE_URL: must be https in production[\s\S]*SPEECH_OPENAI_BASE_URL: must be https in production/,
    );
    const config = loadConfig({ ...localEnv(), ...PRODUCTION_ENV, ...ai, ...speech, OPENAI_BASE_URL: 'https://llm.internal', SPEECH_OPENAI_BASE_URL: 'https://whisper.internal' });
    expect(config.ai).toMatchObject({ provider: 'openai-compatible', baseUrl: 'https://llm.internal' });
    expect(config.speech).toMatchObject({ provider: 'openai-compatible', baseUrl: 'https://whisper.internal' });
  });
});

describe('billing through Stripe', () => {
  const stripe = {
    STRIPE_SECRET_KEY: 'sk_test_abc123',
    STRIPE_WEBHOOK_SECRET: 'whsec_abc123',
    STRIPE_PRICE_PRO_MONTHLY: 'price_month1',
    STRIPE_PRICE_PRO_YEARLY: 'price_year1',
  };

  it('is off with no Stripe settings: no plans, no quotas', () => {
    expect(loadConfig(localEnv()).billing).toEqual({ enabled: false });
  });

  it('reads the keys, prices, an optional API base URL and the Free plan quotas', () => {
    const config = loadConfig({ ...localEnv(), ...stripe, STRIPE_API_URL: 'http://127.0.0.1:12111/', FREE_ANALYSES_PER_MONTH: '7', BILLING_GRACE_DAYS: '3' });
    expect(config.billing).toMatchObject({
      enabled: true,
      secretKey: 'sk_test_abc123',
      webhookSecret: 'whsec_abc123',
      prices: { monthly: 'price_month1', yearly: 'price_year1' },
      apiUrl: 'http://127.0.0.1:12111',
      free: { analysesPerMonth: 7, interviewsPerMonth: 3, voiceMinutesPerMonth: 15, applicationsPerDay: 5 },
      graceDays: 3,
    });
  });

  it('requires every Stripe setting once one is set, and names what is malformed', () => {
    expect(() => loadConfig({ ...localEnv(), STRIPE_SECRET_KEY: 'sk_test_abc123' })).toThrow(/STRIPE_WEBHOOK_SECRET: required when billing is configured/);
    expect(() => loadConfig({ ...localEnv(), STRIPE_API_URL: 'http://127.0.0.1:1' })).toThrow(/STRIPE_API_URL: only meaningful/);
    expect(() => loadConfig({ ...localEnv(), ...stripe, STRIPE_PRICE_PRO_YEARLY: 'prod_123' })).toThrow(/STRIPE_PRICE_PRO_YEARLY: must be a Stripe price id/);
  });

  it('requires https to Stripe in production', () => {
    expect(() => loadConfig({ ...PRODUCTION_ENV, ...stripe, STRIPE_API_URL: 'http://stripe.internal' })).toThrow(/STRIPE_API_URL: must be https in production/);
  });
});
