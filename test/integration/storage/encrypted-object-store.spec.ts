import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes, randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../src/app/entities.js';
import { ormOptions } from '../../../src/platform/database/mikro-orm.config.js';
import { DecryptionError } from '../../../src/platform/vault/document-cipher.js';
import { EncryptedObjectStore, ObjectOwnershipError } from '../../../src/platform/vault/encrypted-object-store.service.js';
import { LocalObjectStorage } from '../../../src/platform/vault/local-object-storage.js';
import { LocalMasterKeyWrapper, MasterKeyMismatchError } from '../../../src/platform/vault/master-key.js';
import { InvalidObjectKeyError } from '../../../src/platform/vault/object-storage.js';
import { UserKeysService } from '../../../src/platform/vault/user-keys.service.js';
import { createTestDatabase, startTestApp, type TestDatabase } from '../../helpers/test-app.js';
import { startS3TestServer, type S3TestServer } from './s3-test-server.js';

const SENTENCE = 'Marguerite Okonkwo-Lindqvist, 41 Rue des Glycines, led the Quasar migration at Fenwick & Daughters.';

let db: TestDatabase;
let orm: MikroORM;
let objectsRoot: string;
const masterKey = randomBytes(32);

/** A fresh service stack, as a separate app instance (or a restart) would have: its own key cache. */
function instance(key: Buffer = masterKey): { keys: UserKeysService; store: EncryptedObjectStore } {
  const keys = new UserKeysService(orm.em, new LocalMasterKeyWrapper(key));
  return { keys, store: new EncryptedObjectStore(new LocalObjectStorage(objectsRoot), keys) };
}

async function createUser(): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into users (id, provider, provider_subject, email, display_name, created_at, updated_at)
     values ($1, 'dev', $2, $3, 'Test User', now(), now())`,
    [id, `subject-${id}`, `${id}@example.test`],
  );
  return id;
}

const rawFile = (key: string) => readFileSync(join(objectsRoot, ...key.split('/')));
const keyRows = async (userId: string) =>
  (await db.query<{ n: number }>('select count(*)::int as n from user_keys where user_id = $1', [userId]))[0]!.n;

function expectNoPlaintext(bytes: Buffer): void {
  expect(bytes.includes(Buffer.from(SENTENCE, 'utf8'))).toBe(false);
  expect(bytes.includes(Buffer.from(SENTENCE, 'utf16le'))).toBe(false);
  // Not even a distinctive fragment (which compression or chunking might otherwise leave behind).
  expect(bytes.includes(Buffer.from('Okonkwo-Lindqvist', 'utf8'))).toBe(false);
}

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await MikroORM.init(ormOptions({ url: db.url, ssl: 'off', entities: ENTITIES }));
  objectsRoot = mkdtempSync(join(tmpdir(), 'candor-encrypted-objects-'));
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
  if (objectsRoot) rmSync(objectsRoot, { recursive: true, force: true });
});

describe('EncryptedObjectStore (promise D1)', () => {
  it('stores only ciphertext, and gives the owner their plaintext back', async () => {
    const { store } = instance();
    const user = await createUser();
    const key = `users/${user}/documents/${randomUUID()}`;
    for (const encoding of ['utf8', 'utf16le'] as const) {
      await store.putObject(user, key, Buffer.from(SENTENCE, encoding));
      expectNoPlaintext(rawFile(key));
      expect((await store.getObject(user, key)).toString(encoding)).toBe(SENTENCE);
    }
    const column = await store.encryptField(user, 'document-text:d1', SENTENCE);
    expectNoPlaintext(column);
    expect(await store.decryptField(user, 'document-text:d1', column)).toBe(SENTENCE);
    // Another instance (fresh cache) reads the same data key back from its wrapped form.
    expect(await instance().store.decryptField(user, 'document-text:d1', column)).toBe(SENTENCE);
    expect(await keyRows(user)).toBe(1);
  });

  it("never lets one user's key or ciphertext reach another user's data", async () => {
    const { store } = instance();
    const alice = await createUser();
    const mallory = await createUser();
    const aliceKey = `users/${alice}/documents/${randomUUID()}`;
    await store.putObject(alice, aliceKey, Buffer.from(SENTENCE));

    // Addressing Alice's objects on Mallory's behalf is refused outright.
    await expect(store.getObject(mallory, aliceKey)).rejects.toBeInstanceOf(ObjectOwnershipError);
    await expect(store.putObject(mallory, aliceKey, Buffer.from('overwrite'))).rejects.toBeInstanceOf(ObjectOwnershipError);
    await expect(store.getObject(mallory, `users/${mallory}/../${alice}/documents/x`)).rejects.toBeInstanceOf(InvalidObjectKeyError);
    await expect(store.getObject(`${mallory}/..`, aliceKey)).rejects.toBeInstanceOf(InvalidObjectKeyError);
    await expect(store.deleteObject('documents/x')).rejects.toBeInstanceOf(ObjectOwnershipError);
    expect((await store.getObject(alice, aliceKey)).toString()).toBe(SENTENCE);

    // Alice's bytes copied into Mallory's space (say, by someone with storage access) do not decrypt…
    const malloryKey = `users/${mallory}/documents/${randomUUID()}`;
    const target = join(objectsRoot, ...malloryKey.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(objectsRoot, ...aliceKey.split('/')), target);
    await expect(store.getObject(mallory, malloryKey)).rejects.toBeInstanceOf(DecryptionError);
    // …nor do they when moved to another of Alice's own documents.
    const otherAliceKey = `users/${alice}/documents/${randomUUID()}`;
    copyFileSync(join(objectsRoot, ...aliceKey.split('/')), join(objectsRoot, ...otherAliceKey.split('/')));
    await expect(store.getObject(alice, otherAliceKey)).rejects.toBeInstanceOf(DecryptionError);

    const column = await store.encryptField(alice, 'document-text:d1', SENTENCE);
    await expect(store.decryptField(mallory, 'document-text:d1', column)).rejects.toBeInstanceOf(DecryptionError);
    await expect(store.decryptField(alice, 'resume-profile:d1', column)).rejects.toBeInstanceOf(DecryptionError);
  });

  it('deletes one object, or all of a user’s objects', async () => {
    const { store } = instance();
    const user = await createUser();
    const neighbour = await createUser();
    const keys = [1, 2, 3].map(() => `users/${user}/documents/${randomUUID()}`);
    for (const key of keys) await store.putObject(user, key, Buffer.from(SENTENCE));
    const neighbourKey = `users/${neighbour}/documents/${randomUUID()}`;
    await store.putObject(neighbour, neighbourKey, Buffer.from(SENTENCE));

    await store.deleteObject(keys[0]!);
    await expect(store.getObject(user, keys[0]!)).rejects.toMatchObject({ name: 'ObjectNotFoundError' });
    expect(await store.deleteAllObjects(user)).toBe(2);
    await expect(store.getObject(user, keys[1]!)).rejects.toMatchObject({ name: 'ObjectNotFoundError' });
    expect((await store.getObject(neighbour, neighbourKey)).toString()).toBe(SENTENCE);
  });

  it('deletes many users’ objects at once (a purge), and refuses the lot if one key is not under a user', async () => {
    const { store } = instance();
    const [first, second, kept] = [await createUser(), await createUser(), await createUser()];
    const doomed = [first, first, second].map((user) => `users/${user}/documents/${randomUUID()}`);
    for (const key of doomed) await store.putObject(key.split('/')[1]!, key, Buffer.from(SENTENCE));
    const keptKey = `users/${kept}/documents/${randomUUID()}`;
    await store.putObject(kept, keptKey, Buffer.from(SENTENCE));

    await expect(store.deleteObjects([doomed[0]!, 'public/logos/x'])).rejects.toBeInstanceOf(ObjectOwnershipError);
    expect((await store.getObject(first, doomed[0]!)).toString()).toBe(SENTENCE);
    await store.deleteObjects(doomed);
    await store.deleteObjects(doomed); // a retried purge passes over what is gone
    for (const key of doomed) await expect(store.getObject(key.split('/')[1]!, key)).rejects.toMatchObject({ name: 'ObjectNotFoundError' });
    expect((await store.getObject(kept, keptKey)).toString()).toBe(SENTENCE);
  });

  it('refuses a data key wrapped by another master key, naming the mismatch', async () => {
    const user = await createUser();
    await instance().keys.dataKeyFor(user);
    await expect(instance(randomBytes(32)).keys.dataKeyFor(user)).rejects.toBeInstanceOf(MasterKeyMismatchError);
  });
});

describe('crypto-shredding (promise R2)', () => {
  it('makes stored objects and columns unreadable once the key is destroyed, though the bytes remain', async () => {
    const { store } = instance();
    const user = await createUser();
    const key = `users/${user}/documents/${randomUUID()}`;
    await store.putObject(user, key, Buffer.from(SENTENCE));
    const column = await store.encryptField(user, 'document-text:d1', SENTENCE);
    expect((await store.getObject(user, key)).toString()).toBe(SENTENCE);
    const before = rawFile(key);

    await store.shred(user);

    expect(await keyRows(user)).toBe(0);
    expect(rawFile(key).equals(before)).toBe(true);
    await expect(store.getObject(user, key)).rejects.toBeInstanceOf(DecryptionError);
    await expect(store.decryptField(user, 'document-text:d1', column)).rejects.toBeInstanceOf(DecryptionError);
    await expect(instance().store.getObject(user, key)).rejects.toBeInstanceOf(DecryptionError);
  });

  it("deletes the key inside the caller's transaction, and keeps it if that transaction rolls back", async () => {
    const { store } = instance();
    const user = await createUser();
    const key = `users/${user}/documents/${randomUUID()}`;
    await store.putObject(user, key, Buffer.from(SENTENCE));

    const rollback = new Error('erasure failed later on');
    await expect(
      orm.em.fork().transactional(async (tx) => {
        await store.shred(user, tx);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await keyRows(user)).toBe(1);
    expect((await store.getObject(user, key)).toString()).toBe(SENTENCE);

    await orm.em.fork().transactional((tx) => store.shred(user, tx));
    expect(await keyRows(user)).toBe(0);
    await expect(store.getObject(user, key)).rejects.toBeInstanceOf(DecryptionError);
  });

  it('destroys the key with the account: deleting the users row cascades to user_keys', async () => {
    const { keys } = instance();
    const user = await createUser();
    await keys.dataKeyFor(user);
    expect(await keyRows(user)).toBe(1);
    await db.query('delete from users where id = $1', [user]);
    expect(await keyRows(user)).toBe(0);
  });
});

describe('data keys', () => {
  it('creates exactly one key when many requests on several instances ask for a new user at once', async () => {
    const user = await createUser();
    const instances = Array.from({ length: 4 }, () => instance().keys);
    const dataKeys = await Promise.all(instances.flatMap((keys) => Array.from({ length: 5 }, () => keys.dataKeyFor(user))));
    expect(await keyRows(user)).toBe(1);
    expect(new Set(dataKeys.map((k) => k.toString('hex'))).size).toBe(1);
    expect(dataKeys[0]).toHaveLength(32);
    // The stored form is wrapped, not the key itself.
    const [row] = await db.query<{ wrapped_key: Buffer }>('select wrapped_key from user_keys where user_id = $1', [user]);
    expect(row!.wrapped_key.includes(dataKeys[0]!)).toBe(false);
  });

  it('gives different users different keys', async () => {
    const { keys } = instance();
    const [a, b] = [await createUser(), await createUser()];
    expect((await keys.dataKeyFor(a)).equals(await keys.dataKeyFor(b))).toBe(false);
  });
});

describe('wired into the app with STORAGE_DRIVER=s3', () => {
  let s3: S3TestServer;
  beforeAll(async () => {
    s3 = await startS3TestServer();
  });
  afterAll(async () => {
    await s3?.stop();
  });

  it('encrypts before the object reaches the S3 server', async () => {
    const app = await startTestApp(db.url, {
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: s3.bucket,
      S3_REGION: s3.region,
      S3_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    });
    const raw = new S3Client({ region: s3.region, endpoint: s3.endpoint, forcePathStyle: true, credentials: s3.credentials });
    try {
      const store = app.app.get(EncryptedObjectStore);
      const user = await createUser();
      const key = `users/${user}/documents/${randomUUID()}`;
      await store.putObject(user, key, Buffer.from(SENTENCE));
      const stored = await raw.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
      expectNoPlaintext(Buffer.from(await stored.Body!.transformToByteArray()));
      expect((await store.getObject(user, key)).toString()).toBe(SENTENCE);
      expect(await store.deleteAllObjects(user)).toBe(1);
    } finally {
      raw.destroy();
      await app.close();
    }
  });
});
