import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  InvalidObjectKeyError,
  ObjectNotFoundError,
  type ObjectStorage,
} from '../../../src/platform/vault/object-storage.js';

/**
 * The behaviour every ObjectStorage adapter must share, so the documents module cannot tell the
 * local filesystem from S3. Each adapter's spec calls this with a fresh, empty storage.
 * `pageSize` is the adapter's deletePrefix page size, so the suite can cross page boundaries.
 */
export function objectStorageContract(name: string, storage: () => ObjectStorage, options: { pageSize?: number } = {}): void {
  describe(`${name}: ObjectStorage contract`, () => {
    const userPrefix = () => `users/${randomUUID()}/`;

    it('stores bytes and returns them unchanged', async () => {
      const key = `${userPrefix()}documents/${randomUUID()}`;
      const body = Buffer.concat([randomBytes(70_000), Buffer.from([0, 255, 0])]);
      await storage().put(key, body);
      expect((await storage().get(key)).equals(body)).toBe(true);
      expect(await storage().exists(key)).toBe(true);
    });

    it('stores an empty object and a Uint8Array view with an offset', async () => {
      const prefix = userPrefix();
      await storage().put(`${prefix}empty`, new Uint8Array(0));
      expect(await storage().get(`${prefix}empty`)).toHaveLength(0);
      const backing = Buffer.from('xxxxHELLOxxxx');
      await storage().put(`${prefix}view`, new Uint8Array(backing.buffer, backing.byteOffset + 4, 5));
      expect((await storage().get(`${prefix}view`)).toString()).toBe('HELLO');
    });

    it('overwrites an object with new bytes', async () => {
      const key = `${userPrefix()}documents/a`;
      await storage().put(key, Buffer.from('first version, longer than the second'));
      await storage().put(key, Buffer.from('second'));
      expect((await storage().get(key)).toString()).toBe('second');
    });

    it('answers ObjectNotFoundError and false for a missing object', async () => {
      const key = `${userPrefix()}documents/missing`;
      await expect(storage().get(key)).rejects.toBeInstanceOf(ObjectNotFoundError);
      await expect(storage().get(key)).rejects.toMatchObject({ key });
      expect(await storage().exists(key)).toBe(false);
    });

    it('does not treat a "folder" of keys as an object', async () => {
      const prefix = userPrefix();
      await storage().put(`${prefix}documents/a`, Buffer.from('a'));
      await expect(storage().get(`${prefix}documents`)).rejects.toBeInstanceOf(ObjectNotFoundError);
      expect(await storage().exists(`${prefix}documents`)).toBe(false);
    });

    it('deletes an object, and deleting a missing one is not an error', async () => {
      const prefix = userPrefix();
      await storage().put(`${prefix}documents/a`, Buffer.from('a'));
      await storage().put(`${prefix}documents/b`, Buffer.from('b'));
      await storage().delete(`${prefix}documents/a`);
      expect(await storage().exists(`${prefix}documents/a`)).toBe(false);
      await expect(storage().get(`${prefix}documents/a`)).rejects.toBeInstanceOf(ObjectNotFoundError);
      expect((await storage().get(`${prefix}documents/b`)).toString()).toBe('b');
      await storage().delete(`${prefix}documents/a`);
      await storage().delete(`${prefix}never-existed`);
    });

    it('deletes many objects at once, across pages, passing over missing ones and folders, and nothing else', async () => {
      const prefix = userPrefix();
      const count = (options.pageSize ?? 2) * 2 + 1;
      const doomed = Array.from({ length: count }, (_, i) => `${prefix}documents/${i}`);
      for (const key of doomed) await storage().put(key, Buffer.from(key));
      await storage().put(`${prefix}documents/keep`, Buffer.from('keep'));
      await storage().put(`${prefix}portfolio/assets/a`, Buffer.from('in a folder'));

      // A purge retried after a crash passes over keys already gone; a "folder" is not an object.
      await storage().deleteMany([...doomed, `${prefix}documents/never-existed`, `${prefix}portfolio`]);
      for (const key of doomed) expect(await storage().exists(key)).toBe(false);
      expect(await storage().exists(`${prefix}documents/keep`)).toBe(true);
      expect((await storage().get(`${prefix}portfolio/assets/a`)).toString()).toBe('in a folder');
      await storage().deleteMany(doomed);
      await storage().deleteMany([]);
    });

    it('refuses the whole bulk deletion when one key is malformed, deleting none', async () => {
      const key = `${userPrefix()}documents/a`;
      await storage().put(key, Buffer.from('a'));
      await expect(storage().deleteMany([key, 'users/../outside'])).rejects.toBeInstanceOf(InvalidObjectKeyError);
      expect(await storage().exists(key)).toBe(true);
    });

    it('deletes everything under a prefix, across pages, and nothing else', async () => {
      const doomed = userPrefix();
      const kept = userPrefix();
      // A sibling whose name merely starts like the doomed prefix must survive.
      const lookalike = `${doomed.slice(0, -1)}x/documents/keep`;
      const count = (options.pageSize ?? 2) * 2 + 1;
      const keys = Array.from({ length: count }, (_, i) => `${doomed}${i % 2 ? 'documents' : 'portfolio/assets'}/${i}`);
      for (const key of keys) await storage().put(key, Buffer.from(key));
      await storage().put(`${kept}documents/keep`, Buffer.from('keep'));
      await storage().put(lookalike, Buffer.from('keep'));

      expect(await storage().deletePrefix(doomed)).toBe(count);
      for (const key of keys) expect(await storage().exists(key)).toBe(false);
      expect(await storage().exists(`${kept}documents/keep`)).toBe(true);
      expect(await storage().exists(lookalike)).toBe(true);
      expect(await storage().deletePrefix(doomed)).toBe(0);
      await storage().put(`${doomed}documents/again`, Buffer.from('new life'));
      expect((await storage().get(`${doomed}documents/again`)).toString()).toBe('new life');
    });

    it('rejects hostile or malformed keys before touching storage', async () => {
      const hostile = [
        '',
        '/etc/passwd',
        '../outside',
        'users/../../outside',
        'users/a/../b',
        'users/./a',
        'users//a',
        'users/a/',
        'users/.hidden',
        'users\\a\\..\\b',
        'users/a b',
        'users/a%2F..',
        'users/a\u0000b',
        'users/ä',
        `users/${'a'.repeat(600)}`,
      ];
      for (const key of hostile) {
        await expect(storage().put(key, Buffer.from('x')), key).rejects.toBeInstanceOf(InvalidObjectKeyError);
        await expect(storage().get(key), key).rejects.toBeInstanceOf(InvalidObjectKeyError);
        await expect(storage().exists(key), key).rejects.toBeInstanceOf(InvalidObjectKeyError);
        await expect(storage().delete(key), key).rejects.toBeInstanceOf(InvalidObjectKeyError);
      }
      for (const prefix of ['', '/', 'users', 'users/a', '../', 'users/../', '/users/']) {
        await expect(storage().deletePrefix(prefix), prefix).rejects.toBeInstanceOf(InvalidObjectKeyError);
      }
    });
  });
}
