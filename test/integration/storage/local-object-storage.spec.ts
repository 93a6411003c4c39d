import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalObjectStorage } from '../../../src/platform/vault/local-object-storage.js';
import { objectStorageContract } from './object-storage.contract.js';

const parent = mkdtempSync(join(tmpdir(), 'candor-objects-'));
const root = join(parent, 'objects');
const storage = new LocalObjectStorage(root);
afterAll(() => rmSync(parent, { recursive: true, force: true }));

objectStorageContract('local filesystem', () => storage);

describe('local filesystem adapter', () => {
  it('keeps objects as private files under the root, with no temporary files left behind', async () => {
    const user = randomUUID();
    const key = `users/${user}/documents/d1`;
    await storage.put(key, Buffer.from('stored bytes'));
    await storage.put(key, Buffer.from('stored bytes, again'));
    const file = join(root, 'users', user, 'documents', 'd1');
    expect(readFileSync(file, 'utf8')).toBe('stored bytes, again');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(root, 'users', user)).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(root, 'users', user, 'documents'))).toEqual(['d1']);
  });

  it('removes the whole subtree of a deleted prefix, leaving no trace of the user on disk', async () => {
    const user = randomUUID();
    await storage.put(`users/${user}/documents/d1`, Buffer.from('1'));
    await storage.put(`users/${user}/portfolio/p/1`, Buffer.from('2'));
    expect(await storage.deletePrefix(`users/${user}/`)).toBe(2);
    expect(readdirSync(join(root, 'users'))).not.toContain(user);
  });

  it('never writes outside its root, whatever the key', async () => {
    await expect(storage.put('../escape', Buffer.from('x'))).rejects.toThrow();
    expect(readdirSync(parent)).toEqual(['objects']);
  });
});
