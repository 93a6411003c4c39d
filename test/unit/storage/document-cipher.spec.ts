import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DecryptionError,
  decryptEnvelope,
  ENVELOPE_VERSION,
  encryptEnvelope,
  fieldAad,
  objectAad,
} from '../../../src/platform/vault/document-cipher.js';
import { LocalMasterKeyWrapper, MasterKeyMismatchError } from '../../../src/platform/vault/master-key.js';

const key = randomBytes(32);
const owner = '6b1f3c2e-0000-4000-8000-000000000001';
const other = '6b1f3c2e-0000-4000-8000-000000000002';
const objectKey = `users/${owner}/documents/d1`;
const sentence = Buffer.from('Ada Lovelace, 12 Marylebone Road, wrote the first published algorithm.', 'utf8');

describe('document cipher (AES-256-GCM envelope)', () => {
  it('round-trips and lays the envelope out as version | nonce | ciphertext | tag', () => {
    const envelope = encryptEnvelope(key, sentence, objectAad(owner, objectKey));
    expect(envelope[0]).toBe(ENVELOPE_VERSION);
    expect(envelope).toHaveLength(1 + 12 + sentence.length + 16);
    expect(envelope.includes(sentence)).toBe(false);
    expect(decryptEnvelope(key, envelope, objectAad(owner, objectKey)).equals(sentence)).toBe(true);
  });

  it('round-trips empty plaintext and arbitrary binary', () => {
    const binary = randomBytes(4096);
    for (const plaintext of [Buffer.alloc(0), binary, new Uint8Array(binary.subarray(10, 110))]) {
      const aad = fieldAad(owner, 'purpose');
      expect(Buffer.compare(decryptEnvelope(key, encryptEnvelope(key, plaintext, aad), aad), plaintext)).toBe(0);
    }
  });

  it('uses a fresh nonce each time, so equal plaintexts do not look equal', () => {
    const aad = objectAad(owner, objectKey);
    const a = encryptEnvelope(key, sentence, aad);
    const b = encryptEnvelope(key, sentence, aad);
    expect(a.subarray(1, 13).equals(b.subarray(1, 13))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it('rejects any altered byte: version, nonce, ciphertext or tag', () => {
    const aad = objectAad(owner, objectKey);
    const envelope = encryptEnvelope(key, sentence, aad);
    for (const position of [0, 1, 12, 13, 20, envelope.length - 17, envelope.length - 1]) {
      const tampered = Buffer.from(envelope);
      tampered[position] ^= 0x01;
      expect(() => decryptEnvelope(key, tampered, aad), `byte ${position}`).toThrow(DecryptionError);
    }
    expect(() => decryptEnvelope(key, envelope.subarray(0, envelope.length - 1), aad)).toThrow(DecryptionError);
    expect(() => decryptEnvelope(key, envelope.subarray(0, 20), aad)).toThrow(DecryptionError);
  });

  it('rejects the ciphertext under another owner, object key, purpose or data key', () => {
    const envelope = encryptEnvelope(key, sentence, objectAad(owner, objectKey));
    expect(() => decryptEnvelope(key, envelope, objectAad(other, objectKey))).toThrow(DecryptionError);
    expect(() => decryptEnvelope(key, envelope, objectAad(owner, `users/${owner}/documents/d2`))).toThrow(DecryptionError);
    expect(() => decryptEnvelope(randomBytes(32), envelope, objectAad(owner, objectKey))).toThrow(DecryptionError);

    const field = encryptEnvelope(key, sentence, fieldAad(owner, 'document-text:d1'));
    expect(() => decryptEnvelope(key, field, fieldAad(owner, 'resume-profile:d1'))).toThrow(DecryptionError);
    expect(() => decryptEnvelope(key, field, fieldAad(other, 'document-text:d1'))).toThrow(DecryptionError);
  });

  it('keeps objects and fields apart even when the strings coincide', () => {
    const envelope = encryptEnvelope(key, sentence, objectAad(owner, 'x'));
    expect(() => decryptEnvelope(key, envelope, fieldAad(owner, 'x'))).toThrow(DecryptionError);
  });

  it('does not let separators in a purpose forge another context', () => {
    // Naive concatenation would make ("a", "b|c") and ("a|b", "c") the same AAD.
    expect(fieldAad('a', 'b","c').equals(fieldAad('a","b', 'c'))).toBe(false);
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => encryptEnvelope(randomBytes(16), sentence, Buffer.alloc(0))).toThrow(RangeError);
  });
});

describe('local master-key wrapper', () => {
  it('wraps and unwraps a data key, and names the master key by a short hash, not the key itself', async () => {
    const masterKey = randomBytes(32);
    const wrapper = new LocalMasterKeyWrapper(masterKey);
    const dataKey = randomBytes(32);
    const wrapped = await wrapper.wrap(dataKey);
    expect(wrapped.includes(dataKey)).toBe(false);
    expect((await wrapper.unwrap(wrapped, wrapper.keyId)).equals(dataKey)).toBe(true);
    expect(wrapper.keyId.length).toBeLessThanOrEqual(64);
    expect(wrapper.keyId).not.toContain(masterKey.toString('hex').slice(0, 8));
    expect(new LocalMasterKeyWrapper(Buffer.from(masterKey)).keyId).toBe(wrapper.keyId);
  });

  it('detects a changed master key by its id, and a forged id by authentication', async () => {
    const original = new LocalMasterKeyWrapper(randomBytes(32));
    const rotated = new LocalMasterKeyWrapper(randomBytes(32));
    const wrapped = await original.wrap(randomBytes(32));
    expect(rotated.keyId).not.toBe(original.keyId);
    await expect(rotated.unwrap(wrapped, original.keyId)).rejects.toThrow(MasterKeyMismatchError);
    await expect(rotated.unwrap(wrapped, rotated.keyId)).rejects.toThrow(DecryptionError);
  });
});
