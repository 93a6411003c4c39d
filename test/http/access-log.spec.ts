import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppModule } from '../../src/app.module.js';
import { configureApp, listenApp } from '../../src/app.setup.js';
import { loadConfig } from '../../src/config/app-config.js';
import { DataRightsService } from '../../src/modules/compliance/data-rights.service.js';
import { AccessGrantSource, type AccessGrantMatch, type AccessRequest, type GrantSource } from '../../src/platform/access/access-grant-source.js';
import { createLogger } from '../../src/platform/logging/logger.js';
import { uploadDocument } from '../helpers/analysis.js';
import { binary, signIn, type Agent } from '../helpers/sign-in.js';
import { createTestDatabase, LogCapture, type TestDatabase } from '../helpers/test-app.js';

/**
 * Test-only support cases (compliance will contribute the real ones): a case opened on a document
 * lets support staff read it. Registered exactly as a module would: a discovered provider.
 */
const openCases = new Map<string, string>();
@Injectable()
@AccessGrantSource()
class TestSupportCases implements GrantSource {
  readonly basis = 'case' as const;
  find(request: AccessRequest): Promise<AccessGrantMatch | undefined> {
    const caseId = openCases.get(request.resourceId);
    const allowed = caseId && request.actor.role === 'support' && request.permission === 'document:read';
    return Promise.resolve(allowed ? { referenceId: caseId, reason: 'Correction request you opened' } : undefined);
  }
}

let db: TestDatabase;
let app: NestExpressApplication;
let origin: string;
let dataDir: string;
let owner: Agent;
let staff: Agent;
let documentId: string;

const RESUME = Buffer.from('Alex Morgan\nalex@example.com\n\nExperience\nBackend engineer at Acme, 2019–2024\n- Built the billing service in TypeScript and PostgreSQL\n');

async function logRows(): Promise<Record<string, unknown>[]> {
  return db.query('select subject_user_id, actor_id, actor_role, basis, reference_id, reason, resource_kind, resource_id, permission from access_log');
}

async function userId(email: string): Promise<string> {
  return (await db.query<{ id: string }>('select id from users where email = $1', [email]))[0]!.id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'candor-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: db.url,
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    MASTER_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'info',
  });
  @Module({ imports: [AppModule.register({ config, databaseUrl: db.url, schedule: false })], providers: [TestSupportCases] })
  class AppWithTestCases {}
  app = await NestFactory.create<NestExpressApplication>(AppWithTestCases, { bodyParser: false, logger: false });
  configureApp(app, config, createLogger(config.logLevel, new LogCapture()));
  await listenApp(app, 0);
  origin = `http://localhost:${(app.getHttpServer().address() as { port: number }).port}`;

  owner = await signIn(origin, { name: 'Alex Morgan', email: 'alex@example.com' });
  staff = await signIn(origin, { name: 'Sam Support', email: 'sam@candor.example' });
  await db.query(`update users set role = 'support' where email = 'sam@candor.example'`);
  documentId = await uploadDocument(owner, 'alex.txt', RESUME);
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('access by anyone but the owner (A3, H1)', () => {
  it('answers 404 to support staff without a case, and logs nothing', async () => {
    await staff.get(`/documents/${documentId}`).expect(404);
    await staff.get(`/documents/${documentId}/download`).expect(404);
    expect(await logRows()).toEqual([]);
  });

  it('shows the owner a calm empty history while only they have opened their data', async () => {
    await owner.get(`/documents/${documentId}`).expect(200);
    const settings = await owner.get('/settings').expect(200);
    expect(settings.text).toContain('Who else opened your data');
    expect(settings.text).toContain('Only you have opened your data.');
    expect(await logRows()).toEqual([]);
  });

  it('lets support staff read inside a case: exactly one log row, shown on the owner’s settings page', async () => {
    openCases.set(documentId, 'case-1042');
    const page = await staff.get(`/documents/${documentId}`).expect(200);
    expect(page.text).toContain('Built the billing service');

    const rows = await logRows();
    expect(rows).toEqual([
      {
        subject_user_id: await userId('alex@example.com'),
        actor_id: await userId('sam@candor.example'),
        actor_role: 'support',
        basis: 'case',
        reference_id: 'case-1042',
        reason: 'Correction request you opened',
        resource_kind: 'document',
        resource_id: documentId,
        permission: 'document:read',
      },
    ]);
    // The case allows reading only: changing the document is still "not found", and not logged.
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    await staff.post(`/documents/${documentId}/delete`).type('form').send({ _csrf: token }).expect(404);
    expect(await logRows()).toHaveLength(1);

    const settings = await owner.get('/settings').expect(200);
    expect(settings.text).not.toContain('Only you have opened your data.');
    expect(settings.text).toContain('Candor support staff');
    expect(settings.text).toContain('Support case: Correction request you opened');
    expect(settings.text).toContain('Opened a document');
    expect(settings.text).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}T/);
    // The support person's own page shows nothing of it: the row belongs to the owner.
    expect((await staff.get('/settings').expect(200)).text).toContain('Only you have opened your data.');
  });

  it('puts the access log in the owner’s export, and erasure removes it', async () => {
    const res = await owner.get('/settings/export').buffer(true).parse(binary).expect(200);
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    const exported = JSON.parse(strFromU8(files['access-history/access-log.json']!)) as Record<string, unknown>[];
    expect(exported).toEqual([expect.objectContaining({ actorRole: 'support', basis: 'case', reference: 'case-1042', resourceId: documentId, permission: 'document:read' })]);

    // The actor's account erased: the row stays with its subject, without the actor's id.
    await app.get(DataRightsService).eraseAccount(await userId('sam@candor.example'));
    expect(await logRows()).toEqual([expect.objectContaining({ actor_id: null, actor_role: 'support' })]);
    // The subject's account erased: the row is gone.
    await app.get(DataRightsService).eraseAccount(await userId('alex@example.com'));
    expect(await logRows()).toEqual([]);
  });
});
