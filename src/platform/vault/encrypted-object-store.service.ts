import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { decryptEnvelope, encryptEnvelope, fieldAad, objectAad } from './document-cipher.js';
import { assertValidObjectKey, InvalidObjectKeyError, OBJECT_STORAGE, type ObjectStorage } from './object-storage.js';
import { UserKeysService } from './user-keys.service.js';

/** Thrown when a key outside `users/<userId>/` is used on behalf of that user. */
export class ObjectOwnershipError extends Error {
  override name = 'ObjectOwnershipError';
}

const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The one entry point for the documents module's bytes (promise D1): objects are encrypted with the
 * owner's data key before they leave the process, and encrypted columns use the same key. Object
 * keys must live under `users/<userId>/`, so one user's key can never address another's objects, and
 * each ciphertext is bound to its owner and key (or purpose): a blob moved elsewhere fails to decrypt.
 */
@Injectable()
export class EncryptedObjectStore {
  constructor(
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    private readonly keys: UserKeysService,
  ) {}

  async putObject(userId: string, key: string, plaintext: Uint8Array): Promise<void> {
    assertOwnedKey(userId, key);
    const dataKey = await this.keys.dataKeyFor(userId);
    await this.storage.put(key, encryptEnvelope(dataKey, plaintext, objectAad(userId, key)));
  }

  /** Throws ObjectNotFoundError when absent, DecryptionError when not this user's object (or shredded). */
  async getObject(userId: string, key: string): Promise<Buffer> {
    assertOwnedKey(userId, key);
    const envelope = await this.storage.get(key);
    return decryptEnvelope(await this.keys.dataKeyFor(userId), envelope, objectAad(userId, key));
  }

  /** Deleting what is already gone is not an error. */
  async deleteObject(key: string): Promise<void> {
    assertUserObjectKey(key);
    await this.storage.delete(key);
  }

  /**
   * Deletes many objects (a bulk purge) in as few round trips as the store allows (S3: one request
   * per 1000 keys; files: one unlink each, a bounded number at a time); absent ones are not an error,
   * so a purge retried after a crash can pass over the same keys again. Each key must be under a user.
   */
  async deleteObjects(keys: readonly string[]): Promise<void> {
    for (const key of keys) assertUserObjectKey(key);
    if (keys.length > 0) await this.storage.deleteMany(keys);
  }

  /** Removes the user's objects under `users/<userId>/<folder>/` (a module erasing what it wrote); returns how many. */
  async deleteUserFolder(userId: string, folder: string): Promise<number> {
    if (!/^[A-Za-z0-9_-]+$/.test(folder)) throw new InvalidObjectKeyError(`Not a folder name: ${JSON.stringify(folder)}`);
    return this.storage.deletePrefix(`${userPrefix(userId)}${folder}/`);
  }

  /** Removes every object of the user (account erasure); returns how many there were. */
  async deleteAllObjects(userId: string): Promise<number> {
    return this.storage.deletePrefix(userPrefix(userId));
  }

  /** Ciphertext for an encrypted column; `purpose` names the value, e.g. `document-text:<documentId>`. */
  async encryptField(userId: string, purpose: string, plaintext: string): Promise<Buffer> {
    assertUserId(userId);
    return encryptEnvelope(await this.keys.dataKeyFor(userId), Buffer.from(plaintext, 'utf8'), fieldAad(userId, purpose));
  }

  /** Throws DecryptionError for another user's or another purpose's ciphertext, or after a shred. */
  async decryptField(userId: string, purpose: string, ciphertext: Buffer): Promise<string> {
    assertUserId(userId);
    return decryptEnvelope(await this.keys.dataKeyFor(userId), ciphertext, fieldAad(userId, purpose)).toString('utf8');
  }

  /**
   * Many columns of one user at once (a list's names): the data key is looked up once, not per value.
   * Throws DecryptionError as decryptField does, for the first value that fails.
   */
  async decryptFields(userId: string, fields: readonly { purpose: string; ciphertext: Uint8Array }[]): Promise<string[]> {
    assertUserId(userId);
    if (fields.length === 0) return [];
    const dataKey = await this.keys.dataKeyFor(userId);
    return fields.map(({ purpose, ciphertext }) => decryptEnvelope(dataKey, ciphertext, fieldAad(userId, purpose)).toString('utf8'));
  }

  /**
   * Crypto-shreds everything of the user by destroying their data key (promise R2). Pass the
   * erasure's transaction as `em` to delete the key within it. Objects left anywhere (a backup, a
   * replica) stay unreadable; delete them with deleteAllObjects too.
   */
  async shred(userId: string, em?: EntityManager): Promise<void> {
    assertUserId(userId);
    await this.keys.destroy(userId, em);
  }
}

function assertUserObjectKey(key: string): void {
  assertValidObjectKey(key);
  if (!/^users\/[^/]+\/./.test(key)) throw new ObjectOwnershipError(`Object key "${key}" is not under users/<userId>/`);
}

function assertUserId(userId: string): void {
  if (!USER_ID.test(userId)) throw new InvalidObjectKeyError(`Not a valid user id for storage: ${JSON.stringify(userId)}`);
}

function userPrefix(userId: string): string {
  assertUserId(userId);
  return `users/${userId}/`;
}

function assertOwnedKey(userId: string, key: string): void {
  assertValidObjectKey(key);
  const prefix = userPrefix(userId);
  if (!key.startsWith(prefix)) {
    throw new ObjectOwnershipError(`Object key "${key}" does not belong to user ${userId}`);
  }
}
