import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { consentConfig, consentEnvSchema, type ConsentConfig } from './consent-config.js';

/**
 * The one typed configuration of Candor. Everything the app reads from the environment is named,
 * validated and documented here (and in `.env.example`); nothing else reads `process.env`.
 */
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** `someone@example.com` or `Name <someone@example.com>`: a sender as mail headers write it. */
/** Model names of self-hosted servers: `llama3.1:8b`, `Qwen/Qwen2.5-7B-Instruct`. They reach log lines, so no spaces. */
const SERVED_MODEL = /^[A-Za-z0-9._:/-]{1,200}$/;

/** The root of a server speaking the OpenAI HTTP API, trailing slash removed; the adapters append `/v1/…`. */
const modelServerRoot = optionalString
  .pipe(z.url({ protocol: /^https?$/ }).optional())
  .transform((v) => v?.replace(/\/$/, ''))
  .refine((v) => v === undefined || !/\/v1$/.test(v), 'must be the server root without /v1 (it is added to every request)')
  .refine((v) => v === undefined || !/[?#]/.test(v), 'must have no query or fragment');

const MAILBOX = /^(?:[^<>\r\n"]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Development only: load the demo job postings on start when there are none (never in production). */
  JOBS_DEMO_SEED: z.enum(['on', 'off']).default('on'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(120).default(10),
  APP_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  DATA_DIR: z.string().default('./.data'),
  DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  DATABASE_SSL: z.enum(['off', 'require', 'verify']).optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  SESSION_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  MASTER_KEY: optionalString.pipe(
    z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes encoded as base64')
      .optional(),
  ),
  SESSION_TTL_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(120),
  SESSION_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  OIDC_ISSUER_URL: optionalString.pipe(z.url().optional()),
  OIDC_CLIENT_ID: optionalString,
  OIDC_CLIENT_SECRET: optionalString,
  // The language for visitors whose browser asks for neither Korean nor English.
  DEFAULT_LOCALE: z.enum(['en', 'ko']).default('en'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(100).default(10),
  UPLOAD_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  UPLOAD_RATE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(10),
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  S3_REGION: optionalString,
  S3_BUCKET: optionalString,
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  S3_SERVER_SIDE_ENCRYPTION: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  AI_PROVIDER: z.enum(['embedded', 'gemini', 'openai-compatible']).default('embedded'),
  GEMINI_API_KEY: optionalString,
  // The model name goes into URLs and log lines, so it is held to a plain identifier.
  GEMINI_MODEL: z.string().trim().regex(/^[A-Za-z0-9._-]{1,100}$/, 'must be a model name such as gemini-2.5-flash').default('gemini-2.5-flash'),
  GEMINI_BASE_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  AI_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
  // A self-hosted server speaking the OpenAI HTTP API: its root, since the adapters add /v1/….
  OPENAI_BASE_URL: modelServerRoot,
  OPENAI_MODEL: optionalString.pipe(z.string().regex(SERVED_MODEL, 'must be a model name such as llama3.1:8b or Qwen/Qwen2.5-7B-Instruct').optional()),
  OPENAI_API_KEY: optionalString,
  SPEECH_PROVIDER: z.enum(['pocketsphinx', 'gemini', 'openai-compatible', 'none']).default('pocketsphinx'),
  SPEECH_OPENAI_BASE_URL: modelServerRoot,
  SPEECH_OPENAI_MODEL: optionalString.pipe(z.string().regex(SERVED_MODEL, 'must be a model name such as Systran/faster-whisper-small').optional()),
  SPEECH_OPENAI_API_KEY: optionalString,
  POCKETSPHINX_BIN: z.string().trim().min(1).default('pocketsphinx_batch'),
  POCKETSPHINX_MODEL_DIR: z.string().trim().min(1).default('/usr/share/pocketsphinx/model/en-us'),
  SPEECH_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(120_000),
  AUDIO_MAX_SECONDS: z.coerce.number().int().min(10).max(900).default(300),
  AUDIO_SCRATCH_DIR: optionalString,
  QUEUE_HEARTBEAT_SECONDS: z.coerce.number().int().min(10).max(600).default(30),
  QUEUE_SUPERVISE_SECONDS: z.coerce.number().int().min(1).max(300).default(30),
  SMTP_URL: optionalString.pipe(z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional()),
  MAIL_FROM: optionalString.pipe(z.string().regex(MAILBOX, 'must be an address, or a name and an address: Candor <no-reply@candor.example>').optional()),
  MAIL_REPLY_TO: optionalString.pipe(z.email().optional()),
  SMTP_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(20_000),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(10),
  MAIL_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  DATA_REQUEST_DUE_DAYS: optionalString.pipe(
    z
      .string()
      .regex(/^(?:(?:access|correction|deletion|restriction|objection)=\d{1,2})(?:,(?:access|correction|deletion|restriction|objection)=\d{1,2})*$/, 'must look like access=10,deletion=10 (types: access, correction, deletion, restriction, objection)')
      .optional(),
  ),
  // Billing (Stripe). All four of key, webhook secret and prices, or none: without them billing is off.
  STRIPE_SECRET_KEY: optionalString.pipe(z.string().regex(/^(sk|rk)_[A-Za-z0-9_]+$/, 'must be a Stripe secret or restricted key (sk_… or rk_…)').optional()),
  STRIPE_WEBHOOK_SECRET: optionalString.pipe(z.string().regex(/^whsec_[A-Za-z0-9_]+$/, 'must be a webhook signing secret (whsec_…)').optional()),
  STRIPE_PRICE_PRO_MONTHLY: optionalString.pipe(z.string().regex(/^price_[A-Za-z0-9_]+$/, 'must be a Stripe price id (price_…)').optional()),
  STRIPE_PRICE_PRO_YEARLY: optionalString.pipe(z.string().regex(/^price_[A-Za-z0-9_]+$/, 'must be a Stripe price id (price_…)').optional()),
  STRIPE_API_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  FREE_ANALYSES_PER_MONTH: z.coerce.number().int().min(0).max(100_000).default(5),
  FREE_INTERVIEWS_PER_MONTH: z.coerce.number().int().min(0).max(100_000).default(3),
  FREE_VOICE_MINUTES_PER_MONTH: z.coerce.number().int().min(0).max(100_000).default(15),
  FREE_APPLICATIONS_PER_DAY: z.coerce.number().int().min(0).max(10_000).default(5),
  PRO_VOICE_MINUTES_PER_MONTH: z.coerce.number().int().min(0).max(100_000).default(600),
  BILLING_GRACE_DAYS: z.coerce.number().int().min(0).max(60).default(7),
  PRIVACY_OFFICER_NAME: optionalString.pipe(z.string().max(120).optional()),
  PRIVACY_OFFICER_EMAIL: optionalString.pipe(z.email().optional()),
  HOSTING_PROVIDER: optionalString.pipe(z.string().max(120).optional()),
  HOSTING_LOCATION: optionalString.pipe(z.string().max(120).optional()),
  ...consentEnvSchema,
});

export type SignInProvider =
  | { kind: 'google'; issuerUrl: string; clientId: string; clientSecret: string }
  | { kind: 'oidc'; issuerUrl: string; clientId: string; clientSecret: string }
  | { kind: 'dev' };

/** Where encrypted document objects go: files under DATA_DIR, or an S3-compatible bucket. */
export type StorageConfig =
  | { driver: 'local'; directory: string }
  | {
      driver: 's3';
      bucket: string;
      region: string;
      endpoint: string | undefined;
      forcePathStyle: boolean;
      /** Unset: the default AWS credential chain. */
      credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
      serverSideEncryption: boolean;
    };

/** Which model improves suggestions: the offline embedded rules, or Gemini through its official SDK. */
export type AiConfig =
  | { provider: 'embedded'; timeoutMs: number }
  | {
      provider: 'gemini';
      apiKey: string;
      model: string;
      /** Unset: Google's endpoint. Set for a proxy, or a local fake server in tests. */
      baseUrl: string | undefined;
      /** Per request; a call that takes longer falls back to the embedded rules. */
      timeoutMs: number;
    }
  | {
      /** A self-hosted server speaking the OpenAI Chat Completions protocol (Ollama, vLLM, LocalAI, llama.cpp). */
      provider: 'openai-compatible';
      /** The server root; requests go to `{baseUrl}/v1/chat/completions`. */
      baseUrl: string;
      model: string;
      /** Sent as a bearer token when set. */
      apiKey: string | undefined;
      timeoutMs: number;
    };

/** Who turns a recorded answer into text: CMU PocketSphinx (offline), Gemini, or nobody (typing only). */
export type SpeechConfig =
  | { provider: 'pocketsphinx'; binary: string; modelDir: string; timeoutMs: number }
  | { provider: 'gemini'; apiKey: string; model: string; baseUrl: string | undefined; timeoutMs: number }
  | { provider: 'openai-compatible'; baseUrl: string; model: string; apiKey: string | undefined; timeoutMs: number }
  | { provider: 'none' };

/** Recorded answers: where they may exist for the seconds of transcription, and how long they may be. */
export interface AudioConfig {
  /** Private directory (0700) for the temporary WAV file of one transcription. */
  scratchDir: string;
  maxSeconds: number;
}

/**
 * Where mail goes: an SMTP server (nodemailer), or — in development and tests — nowhere: the outbox
 * rows are the local mailbox, shown at /dev/mailbox.
 */
export type MailTransportConfig =
  | { kind: 'local' }
  | {
      kind: 'smtp';
      /** smtp://user:pass@host:587 (STARTTLS) or smtps://user:pass@host:465 (TLS from the start). */
      url: string;
      /** Refuse to send over a connection that could not be upgraded to TLS (production, promise H3). */
      requireTls: boolean;
      /** Per connection step and per message. */
      timeoutMs: number;
    };

export interface MailConfig {
  /** The sender, e.g. `Candor <no-reply@candor.example>`. */
  from: string;
  /** Where replies go; also the contact address mail templates show. */
  replyTo: string | undefined;
  transport: MailTransportConfig;
  /** After this many failed attempts a message is marked failed and no longer retried. */
  maxAttempts: number;
  /** Sent and failed messages are deleted this many days later. */
  retentionDays: number;
}

/** What the Free plan includes, per calendar month (UTC) — applications per UTC day. */
export interface FreePlanQuotas {
  analysesPerMonth: number;
  interviewsPerMonth: number;
  voiceMinutesPerMonth: number;
  applicationsPerDay: number;
}

/**
 * Paid plans through Stripe (promise H4), or off: without Stripe configured there are no plans, no
 * quotas and no pricing page — everything is available to everyone.
 */
export type BillingConfig =
  | { enabled: false }
  | {
      enabled: true;
      secretKey: string;
      webhookSecret: string;
      prices: { monthly: string; yearly: string };
      /** Unset: Stripe's API. Set for a local server speaking its protocol (tests). */
      apiUrl: string | undefined;
      free: FreePlanQuotas;
      /** Pro has no counted limits except transcription, which costs real compute. */
      proVoiceMinutesPerMonth: number;
      /** After a failed renewal payment, Pro stays this many days while Stripe retries. */
      graceDays: number;
    };

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  isProduction: boolean;
  port: number;
  /** On SIGTERM, requests in flight get this long to finish, and the modules' shutdown as long again (platform/web/shutdown.ts). */
  shutdownGraceSeconds: number;
  defaultLocale: 'en' | 'ko';
  /** Canonical origin. When unset it follows the listening port (see `listenApp`). */
  appUrl: string | undefined;
  dataDir: string;
  database: { url: string | undefined; ssl: 'off' | 'require' | 'verify'; embeddedPort: number };
  secrets: { sessionSecret: string; masterKey: Buffer };
  session: { ttlSeconds: number; maxAgeSeconds: number };
  signIn: SignInProvider;
  signInRateLimit: number;
  /** Largest accepted upload, in bytes. */
  uploadMaxBytes: number;
  /** Uploads and replacements one person may make per window (reading a file costs CPU). */
  uploadRateLimit: { limit: number; windowMs: number };
  /** Load the demo postings on start when the database has none: development only, never production. */
  jobs: { demoSeedOnStart: boolean };
  logLevel: string;
  trustProxy: boolean;
  storage: StorageConfig;
  ai: AiConfig;
  speech: SpeechConfig;
  audio: AudioConfig;
  queue: QueueConfig;
  mail: MailConfig;
  billing: BillingConfig;
  dataRequests: DataRequestsConfig;
  privacy: PrivacyConfig;
  consent: ConsentConfig;
}

/**
 * How fast queued work of a dead instance is taken over: a running job whose worker has not shown a
 * sign of life for `heartbeatSeconds` is failed and retried (or given up on its last attempt) by the
 * next supervision pass, which any live instance runs every `superviseIntervalSeconds`.
 */
export interface QueueConfig {
  heartbeatSeconds: number;
  superviseIntervalSeconds: number;
}

/** Who answers privacy questions (the DPO / 개인정보 보호책임자) and where Candor is hosted (the processors list, P2). */
export interface PrivacyConfig {
  officerName: string | undefined;
  /** Falls back to MAIL_REPLY_TO; the contact form mails it. */
  officerEmail: string | undefined;
  hosting: { provider: string; location: string | undefined } | undefined;
}

/** Data-subject request types (promise R3). */
export const DATA_REQUEST_TYPES = ['access', 'correction', 'deletion', 'restriction', 'objection'] as const;
export type DataRequestType = (typeof DATA_REQUEST_TYPES)[number];

/**
 * Days to answer each kind of data request. Korea's PIPA asks 10 days for access and for the result
 * of a correction or deletion (stricter than GDPR's month), so every type defaults to 10; an operator
 * may shorten or lengthen a type, never beyond the 30 days the policy promises.
 */
export interface DataRequestsConfig {
  dueDays: Record<DataRequestType, number>;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Parses and validates the environment. Throws a ConfigError that names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const dataDir = resolve(e.DATA_DIR);
  const problems: string[] = [];

  const pair = (a: string, av: string | undefined, b: string, bv: string | undefined): void => {
    if (Boolean(av) !== Boolean(bv)) problems.push(`  ${av ? b : a}: must be set together with ${av ? a : b}`);
  };
  pair('GOOGLE_CLIENT_ID', e.GOOGLE_CLIENT_ID, 'GOOGLE_CLIENT_SECRET', e.GOOGLE_CLIENT_SECRET);
  pair('OIDC_CLIENT_ID', e.OIDC_CLIENT_ID, 'OIDC_CLIENT_SECRET', e.OIDC_CLIENT_SECRET);
  pair('OIDC_ISSUER_URL', e.OIDC_ISSUER_URL, 'OIDC_CLIENT_ID', e.OIDC_CLIENT_ID);
  pair('S3_ACCESS_KEY_ID', e.S3_ACCESS_KEY_ID, 'S3_SECRET_ACCESS_KEY', e.S3_SECRET_ACCESS_KEY);
  if (e.STORAGE_DRIVER === 's3' && !e.S3_BUCKET) problems.push('  S3_BUCKET: required when STORAGE_DRIVER=s3');
  if (e.AI_PROVIDER === 'gemini' && !e.GEMINI_API_KEY) problems.push('  GEMINI_API_KEY: required when AI_PROVIDER=gemini');
  if (e.SPEECH_PROVIDER === 'gemini' && !e.GEMINI_API_KEY) problems.push('  GEMINI_API_KEY: required when SPEECH_PROVIDER=gemini');
  for (const [setting, provider, value] of [
    ['OPENAI_BASE_URL', 'AI_PROVIDER', e.OPENAI_BASE_URL],
    ['OPENAI_MODEL', 'AI_PROVIDER', e.OPENAI_MODEL],
    ['SPEECH_OPENAI_BASE_URL', 'SPEECH_PROVIDER', e.SPEECH_OPENAI_BASE_URL],
    ['SPEECH_OPENAI_MODEL', 'SPEECH_PROVIDER', e.SPEECH_OPENAI_MODEL],
  ] as const) {
    if (e[provider] === 'openai-compatible' && !value) problems.push(`  ${setting}: required when ${provider}=openai-compatible`);
  }

  let signIn: SignInProvider = { kind: 'dev' };
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    signIn = {
      kind: 'google',
      issuerUrl: 'https://accounts.google.com',
      clientId: e.GOOGLE_CLIENT_ID,
      clientSecret: e.GOOGLE_CLIENT_SECRET,
    };
  } else if (e.OIDC_ISSUER_URL && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET) {
    signIn = { kind: 'oidc', issuerUrl: e.OIDC_ISSUER_URL, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET };
  }

  const stripeSettings = {
    STRIPE_SECRET_KEY: e.STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: e.STRIPE_WEBHOOK_SECRET,
    STRIPE_PRICE_PRO_MONTHLY: e.STRIPE_PRICE_PRO_MONTHLY,
    STRIPE_PRICE_PRO_YEARLY: e.STRIPE_PRICE_PRO_YEARLY,
  };
  const stripeSet = Object.values(stripeSettings).some(Boolean);
  if (stripeSet) {
    for (const [name, value] of Object.entries(stripeSettings)) {
      if (!value) problems.push(`  ${name}: required when billing is configured (STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET and both price ids go together)`);
    }
  } else if (e.STRIPE_API_URL) {
    problems.push('  STRIPE_API_URL: only meaningful with STRIPE_SECRET_KEY and the other Stripe settings');
  }

  if (isProduction) {
    if (stripeSet && e.STRIPE_API_URL?.startsWith('http:')) problems.push('  STRIPE_API_URL: must be https in production');
    if (!e.SESSION_SECRET) problems.push('  SESSION_SECRET: required in production');
    if (!e.MASTER_KEY) problems.push('  MASTER_KEY: required in production');
    if (!e.DATABASE_URL) problems.push('  DATABASE_URL: required in production');
    if (!e.APP_URL) problems.push('  APP_URL: required in production');
    // Promise H3: everything in transit is encrypted, storage traffic included.
    if (e.STORAGE_DRIVER === 's3' && e.S3_ENDPOINT?.startsWith('http:')) problems.push('  S3_ENDPOINT: must be https in production');
    if ((e.AI_PROVIDER === 'gemini' || e.SPEECH_PROVIDER === 'gemini') && e.GEMINI_BASE_URL?.startsWith('http:')) problems.push('  GEMINI_BASE_URL: must be https in production');
    if (e.AI_PROVIDER === 'openai-compatible' && e.OPENAI_BASE_URL?.startsWith('http:')) problems.push('  OPENAI_BASE_URL: must be https in production');
    if (e.SPEECH_PROVIDER === 'openai-compatible' && e.SPEECH_OPENAI_BASE_URL?.startsWith('http:')) problems.push('  SPEECH_OPENAI_BASE_URL: must be https in production');
    // Breach notices (H2), inactivity warnings (R4) and deletion confirmations must reach people.
    if (!e.SMTP_URL) problems.push('  SMTP_URL: required in production');
    if (!e.MAIL_FROM) problems.push('  MAIL_FROM: required in production');
    if (signIn.kind === 'dev') {
      problems.push('  GOOGLE_CLIENT_ID/GOOGLE_CLIENT_SECRET or OIDC_ISSUER_URL/OIDC_CLIENT_ID/OIDC_CLIENT_SECRET: required in production');
    }
  }
  const consent = consentConfig(e, isProduction, problems);
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);

  const generated = e.SESSION_SECRET && e.MASTER_KEY ? undefined : localSecrets(dataDir);
  return {
    env: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    shutdownGraceSeconds: e.SHUTDOWN_GRACE_SECONDS,
    defaultLocale: e.DEFAULT_LOCALE,
    jobs: { demoSeedOnStart: e.NODE_ENV === 'development' && e.JOBS_DEMO_SEED === 'on' },
    appUrl: e.APP_URL?.replace(/\/$/, ''),
    dataDir,
    database: {
      url: e.DATABASE_URL,
      ssl: e.DATABASE_SSL ?? (isProduction ? 'require' : 'off'),
      embeddedPort: e.EMBEDDED_PG_PORT,
    },
    secrets: {
      sessionSecret: e.SESSION_SECRET ?? generated!.sessionSecret,
      masterKey: Buffer.from(e.MASTER_KEY ?? generated!.masterKey, 'base64'),
    },
    session: { ttlSeconds: e.SESSION_TTL_MINUTES * 60, maxAgeSeconds: e.SESSION_MAX_AGE_DAYS * 86_400 },
    signIn,
    signInRateLimit: e.SIGN_IN_RATE_LIMIT,
    uploadMaxBytes: e.UPLOAD_MAX_MB * 1024 * 1024,
    uploadRateLimit: { limit: e.UPLOAD_RATE_LIMIT, windowMs: e.UPLOAD_RATE_WINDOW_MINUTES * 60_000 },
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    storage:
      e.STORAGE_DRIVER === 's3'
        ? {
            driver: 's3',
            bucket: e.S3_BUCKET!,
            region: e.S3_REGION ?? 'us-east-1',
            endpoint: e.S3_ENDPOINT,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
            credentials:
              e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
                ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
                : undefined,
            serverSideEncryption: e.S3_SERVER_SIDE_ENCRYPTION,
          }
        : { driver: 'local', directory: join(dataDir, 'objects') },
    ai:
      e.AI_PROVIDER === 'openai-compatible'
        ? { provider: 'openai-compatible', baseUrl: e.OPENAI_BASE_URL!, model: e.OPENAI_MODEL!, apiKey: e.OPENAI_API_KEY, timeoutMs: e.AI_TIMEOUT_MS }
        : e.AI_PROVIDER === 'gemini'
        ? {
            provider: 'gemini',
            apiKey: e.GEMINI_API_KEY!,
            model: e.GEMINI_MODEL,
            baseUrl: e.GEMINI_BASE_URL?.replace(/\/$/, ''),
            timeoutMs: e.AI_TIMEOUT_MS,
          }
        : { provider: 'embedded', timeoutMs: e.AI_TIMEOUT_MS },
    speech:
      e.SPEECH_PROVIDER === 'openai-compatible'
        ? {
            provider: 'openai-compatible',
            baseUrl: e.SPEECH_OPENAI_BASE_URL!,
            model: e.SPEECH_OPENAI_MODEL!,
            apiKey: e.SPEECH_OPENAI_API_KEY,
            timeoutMs: e.SPEECH_TIMEOUT_MS,
          }
        : e.SPEECH_PROVIDER === 'gemini'
        ? {
            provider: 'gemini',
            apiKey: e.GEMINI_API_KEY!,
            model: e.GEMINI_MODEL,
            baseUrl: e.GEMINI_BASE_URL?.replace(/\/$/, ''),
            timeoutMs: e.SPEECH_TIMEOUT_MS,
          }
        : e.SPEECH_PROVIDER === 'pocketsphinx'
          ? { provider: 'pocketsphinx', binary: e.POCKETSPHINX_BIN, modelDir: e.POCKETSPHINX_MODEL_DIR, timeoutMs: e.SPEECH_TIMEOUT_MS }
          : { provider: 'none' },
    audio: { scratchDir: resolve(e.AUDIO_SCRATCH_DIR ?? join(dataDir, 'audio-scratch')), maxSeconds: e.AUDIO_MAX_SECONDS },
    queue: { heartbeatSeconds: e.QUEUE_HEARTBEAT_SECONDS, superviseIntervalSeconds: e.QUEUE_SUPERVISE_SECONDS },
    mail: {
      from: e.MAIL_FROM ?? 'Candor <no-reply@localhost>',
      replyTo: e.MAIL_REPLY_TO,
      transport: e.SMTP_URL
        ? { kind: 'smtp', url: e.SMTP_URL, requireTls: isProduction && e.SMTP_URL.startsWith('smtp:'), timeoutMs: e.SMTP_TIMEOUT_MS }
        : { kind: 'local' },
      maxAttempts: e.MAIL_MAX_ATTEMPTS,
      retentionDays: e.MAIL_RETENTION_DAYS,
    },
    dataRequests: { dueDays: dataRequestDueDays(e.DATA_REQUEST_DUE_DAYS) },
    billing: stripeSet
      ? {
          enabled: true,
          secretKey: e.STRIPE_SECRET_KEY!,
          webhookSecret: e.STRIPE_WEBHOOK_SECRET!,
          prices: { monthly: e.STRIPE_PRICE_PRO_MONTHLY!, yearly: e.STRIPE_PRICE_PRO_YEARLY! },
          apiUrl: e.STRIPE_API_URL?.replace(/\/$/, ''),
          free: {
            analysesPerMonth: e.FREE_ANALYSES_PER_MONTH,
            interviewsPerMonth: e.FREE_INTERVIEWS_PER_MONTH,
            voiceMinutesPerMonth: e.FREE_VOICE_MINUTES_PER_MONTH,
            applicationsPerDay: e.FREE_APPLICATIONS_PER_DAY,
          },
          proVoiceMinutesPerMonth: e.PRO_VOICE_MINUTES_PER_MONTH,
          graceDays: e.BILLING_GRACE_DAYS,
        }
      : { enabled: false },
    privacy: {
      officerName: e.PRIVACY_OFFICER_NAME,
      officerEmail: e.PRIVACY_OFFICER_EMAIL ?? e.MAIL_REPLY_TO,
      hosting: e.HOSTING_PROVIDER ? { provider: e.HOSTING_PROVIDER, location: e.HOSTING_LOCATION } : undefined,
    },
    consent,
  };
}

function dataRequestDueDays(value: string | undefined): Record<DataRequestType, number> {
  const days = Object.fromEntries(DATA_REQUEST_TYPES.map((type) => [type, 10])) as Record<DataRequestType, number>;
  for (const pair of value?.split(',') ?? []) {
    const [type, count] = pair.split('=') as [DataRequestType, string];
    const n = Number(count);
    if (n < 1 || n > 30) throw new ConfigError(`Invalid configuration:\n  DATA_REQUEST_DUE_DAYS: ${type} must be between 1 and 30 days`);
    days[type] = n;
  }
  return days;
}

interface LocalSecrets {
  sessionSecret: string;
  masterKey: string;
}

/**
 * Outside production, secrets the operator did not set are generated once into the data directory
 * (mode 0600) so sessions and encrypted files survive a restart. Production refuses to start instead.
 */
function localSecrets(dataDir: string): LocalSecrets {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
  // The directory stays traversable: as root, the embedded PostgreSQL runs as a separate OS user and
  // needs to reach its own subfolder. The secrets file itself is private (0600).
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const secrets: LocalSecrets = {
    sessionSecret: randomBytes(48).toString('base64url'),
    masterKey: randomBytes(32).toString('base64'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
