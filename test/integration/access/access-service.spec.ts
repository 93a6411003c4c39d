import { MikroORM } from '@mikro-orm/postgresql';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../src/app/entities.js';
import { AccessGrantSource, type AccessGrantMatch, type AccessRequest, type GrantSource } from '../../../src/platform/access/access-grant-source.js';
import { AccessPolicy, type ResourcePolicy } from '../../../src/platform/access/access-policy.js';
import { AccessModule } from '../../../src/platform/access/access.module.js';
import { AccessService } from '../../../src/platform/access/access.service.js';
import type { Actor } from '../../../src/platform/access/permissions.js';
import { DomainError } from '../../../src/platform/contracts/domain-error.js';
import { ormOptions } from '../../../src/platform/database/mikro-orm.config.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-app.js';

/** Test-only owners: document id → owner id (a module's real policy reads its repository). */
const owners = new Map<string, string>();

@Injectable()
@AccessPolicy()
class TestDocumentsPolicy implements ResourcePolicy {
  readonly resourceKinds = ['document'] as const;
  ownersOf(_kind: 'document', ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    return Promise.resolve(new Map(ids.filter((id) => owners.has(id)).map((id) => [id, owners.get(id)!])));
  }
}

/** Stands in for the share grants the jobs module will contribute: reads only. */
const shares = new Set<string>();
@Injectable()
@AccessGrantSource()
class TestShareGrants implements GrantSource {
  readonly basis = 'grant' as const;
  find(request: AccessRequest): Promise<AccessGrantMatch | undefined> {
    const key = `${request.actor.id}:${request.resourceId}`;
    if (request.permission !== 'document:read' || !shares.has(key)) return Promise.resolve(undefined);
    return Promise.resolve({ referenceId: `share-${request.resourceId.slice(0, 8)}`, reason: 'Application to Backend engineer at Acme' });
  }
}

/** Stands in for the support cases compliance will contribute: support staff only. */
const cases = new Set<string>();
@Injectable()
@AccessGrantSource()
class TestSupportCases implements GrantSource {
  readonly basis = 'case' as const;
  find(request: AccessRequest): Promise<AccessGrantMatch | undefined> {
    if (request.actor.role !== 'support' || !cases.has(request.resourceId)) return Promise.resolve(undefined);
    return Promise.resolve({ referenceId: 'case-42', reason: 'Correction request #42' });
  }
}

@Module({ providers: [TestDocumentsPolicy, TestShareGrants, TestSupportCases] })
class TestResourcesModule {}

let db: TestDatabase;
let access: AccessService;
let orm: MikroORM;
let close: () => Promise<void>;

const owner: Actor = { id: randomUUID(), role: 'job_seeker' };
const stranger: Actor = { id: randomUUID(), role: 'job_seeker' };
const employer: Actor = { id: randomUUID(), role: 'employer' };
const support: Actor = { id: randomUUID(), role: 'support' };
const documentId = randomUUID();
const otherDocumentId = randomUUID();

async function logRows(): Promise<Record<string, unknown>[]> {
  return db.query('select subject_user_id, actor_id, actor_role, basis, reference_id, reason, resource_kind, resource_id, permission, at from access_log order by at');
}

async function expectNotFound(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('NOT_FOUND');
}

beforeAll(async () => {
  db = await createTestDatabase();
  for (const [i, actor] of [owner, stranger, employer, support].entries()) {
    await db.query(`insert into users (id, provider, provider_subject, email, display_name, role, target_roles, locations, work_mode, seniority, created_at, updated_at)
      values ($1, 'dev', $2, $3, 'Person', $4, '{}', '{}', 'any', 'unspecified', now(), now())`, [actor.id, `subject-${i}`, `person-${i}@example.com`, actor.role]);
  }
  owners.set(documentId, owner.id);
  owners.set(otherDocumentId, owner.id);
  const moduleRef = await Test.createTestingModule({
    imports: [MikroOrmModule.forRoot(ormOptions({ url: db.url, ssl: 'off', entities: ENTITIES })), AccessModule, TestResourcesModule],
  }).compile();
  const app = moduleRef.createNestApplication();
  await app.init();
  access = app.get(AccessService);
  orm = app.get(MikroORM);
  close = () => app.close();
});

afterAll(async () => {
  await close?.();
  await db?.drop();
});

beforeEach(async () => {
  shares.clear();
  cases.clear();
  await db.query('delete from access_log');
});

describe('AccessService.require', () => {
  it('allows the owner and logs nothing', async () => {
    const decision = await access.require(owner, 'document:write', documentId, orm.em.fork());
    expect(decision.ownerId).toBe(owner.id);
    expect(await logRows()).toEqual([]);
  });

  it('answers "not found" to anyone else, exactly as for an id that does not exist', async () => {
    await expectNotFound(access.require(stranger, 'document:read', documentId, orm.em.fork()));
    await expectNotFound(access.require(owner, 'document:read', randomUUID(), orm.em.fork()));
    expect(await logRows()).toEqual([]);
  });

  it('answers "not found" to a malformed id, before any policy is asked', async () => {
    for (const bad of ['not-a-uuid', '', `${documentId}x`, "1' or '1'='1"]) await expectNotFound(access.require(owner, 'document:read', bad, orm.em.fork()));
    await expectNotFound(access.require(owner, 'document:read', [], orm.em.fork()));
  });

  it('allows a read on a share grant, and the same call writes one access-log row', async () => {
    shares.add(`${employer.id}:${documentId}`);
    const decision = await access.require(employer, 'document:read', documentId, orm.em.fork());
    expect(decision.ownerId).toBe(owner.id);
    const rows = await logRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      subject_user_id: owner.id,
      actor_id: employer.id,
      actor_role: 'employer',
      basis: 'grant',
      reference_id: `share-${documentId.slice(0, 8)}`,
      reason: 'Application to Backend engineer at Acme',
      resource_kind: 'document',
      resource_id: documentId,
      permission: 'document:read',
    });
    // The grant covers reading that one document, nothing more.
    await expectNotFound(access.require(employer, 'document:write', documentId, orm.em.fork()));
    await expectNotFound(access.require(employer, 'document:read', otherDocumentId, orm.em.fork()));
    expect(await logRows()).toHaveLength(1);
  });

  it('allows support staff inside a case, logged with the case', async () => {
    cases.add(documentId);
    await expectNotFound(access.require(stranger, 'document:read', documentId, orm.em.fork()));
    await access.require(support, 'document:write', documentId, orm.em.fork());
    const rows = await logRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject_user_id: owner.id, actor_id: support.id, actor_role: 'support', basis: 'case', reference_id: 'case-42', reason: 'Correction request #42', permission: 'document:write' });
  });

  it('refuses a batch if any id is refused, and then logs nothing', async () => {
    cases.add(documentId);
    await expectNotFound(access.require(support, 'document:read', [documentId, otherDocumentId], orm.em.fork()));
    expect(await logRows()).toEqual([]);
    cases.add(otherDocumentId);
    const decision = await access.require(support, 'document:read', [documentId, otherDocumentId], orm.em.fork());
    expect(decision.ownerOf(otherDocumentId)).toBe(owner.id);
    expect(await logRows()).toHaveLength(2);
  });

  it('writes the log row in the caller’s transaction: rolled back with it', async () => {
    cases.add(documentId);
    await orm.em
      .fork()
      .transactional(async (tx) => {
        await access.require(support, 'document:read', documentId, tx);
        throw new Error('the use case failed');
      })
      .catch(() => undefined);
    expect(await logRows()).toEqual([]);
  });

  it('fails loudly for a resource kind no module answers for', async () => {
    await expect(access.require(owner, 'analysis:read', documentId, orm.em.fork())).rejects.toThrow(/No module answers/);
  });
});

describe('policy discovery', () => {
  it('finds the policies modules contribute', () => {
    expect(access.resourceKinds).toEqual(['document']);
  });

  it('refuses to boot with two policies for one resource kind', async () => {
    @Injectable()
    @AccessPolicy()
    class SecondDocumentsPolicy extends TestDocumentsPolicy {}
    const moduleRef = await Test.createTestingModule({
      imports: [MikroOrmModule.forRoot(ormOptions({ url: db.url, ssl: 'off', entities: ENTITIES })), AccessModule, TestResourcesModule],
      providers: [SecondDocumentsPolicy],
    }).compile();
    const app = moduleRef.createNestApplication();
    await expect(app.init()).rejects.toThrow(/Two access policies claim the resource kind "document"/);
    await app.close();
  });
});
