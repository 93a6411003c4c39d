import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A local environment with its own empty data directory (generated secrets land there). */
export function localEnv(): { DATA_DIR: string } {
  return { DATA_DIR: mkdtempSync(join(tmpdir(), 'candor-config-')) };
}

/** The smallest production environment that starts: secrets, database, origin, sign-in provider, mail. */
export const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  SESSION_SECRET: 's'.repeat(40),
  MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
  DATABASE_URL: 'postgres://db.example/candor',
  APP_URL: 'https://candor.example',
  OIDC_ISSUER_URL: 'https://id.example',
  OIDC_CLIENT_ID: 'candor',
  OIDC_CLIENT_SECRET: 'secret',
  SMTP_URL: 'smtps://candor:secret@mail.candor.example',
  MAIL_FROM: 'Candor <no-reply@candor.example>',
} as const;
