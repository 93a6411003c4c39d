import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecryptionError, decryptEnvelope, encryptEnvelope, fieldAad } from '../../../src/platform/vault/document-cipher.js';

// Issue #18: each key Buffer is made into a key object once (a raw Buffer costs ~30 µs per cipher).
// The cache is keyed by the Buffer itself: another Buffer, even with the same bytes, is its own key,
// and a wrong key must still fail as before.

describe('envelope cipher with cached key objects', () => {
  const aad = fieldAad('user-1', 'document-file-name:d1');

  it('decrypts with a different Buffer holding the same key, and refuses another key after the first was used', () => {
    const key = randomBytes(32);
    const envelope = encryptEnvelope(key, Buffer.from('cv.pdf'), aad);
    expect(decryptEnvelope(key, envelope, aad).toString()).toBe('cv.pdf');
    expect(decryptEnvelope(Buffer.from(key), envelope, aad).toString()).toBe('cv.pdf');
    expect(() => decryptEnvelope(randomBytes(32), envelope, aad)).toThrow(DecryptionError);
  });

  it('still refuses a key of the wrong length, on every call', () => {
    const short = randomBytes(16);
    expect(() => encryptEnvelope(short, Buffer.from('x'), aad)).toThrow(RangeError);
    expect(() => decryptEnvelope(short, Buffer.alloc(40), aad)).toThrow(RangeError);
  });

  it('makes a cipher with a used key in a few microseconds, not tens', () => {
    const key = randomBytes(32);
    const envelope = encryptEnvelope(key, Buffer.from('a file name.docx'), aad);
    const rounds = 2_000;
    for (let i = 0; i < 200; i++) decryptEnvelope(key, envelope, aad);
    const started = performance.now();
    for (let i = 0; i < rounds; i++) decryptEnvelope(key, envelope, aad);
    const perCall = ((performance.now() - started) * 1000) / rounds;
    // ~5 µs with the cached key object against ~35 µs with a raw Buffer on this machine; the bound
    // leaves room for a loaded CI box while still failing if every call built a key object again.
    expect(perCall).toBeLessThan(25);
  });
});
