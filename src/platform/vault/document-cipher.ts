import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';

/**
 * The envelope every encrypted object, column and wrapped key uses (AES-256-GCM):
 *
 *   version (1 byte, 0x01) | nonce (12 bytes, random) | ciphertext | tag (16 bytes)
 *
 * The version byte lets a future format (another cipher, a key id) coexist with stored v1 data.
 * The associated data (AAD) is authenticated but not stored: it names what the ciphertext is for
 * (owner and object key, or owner and purpose), so bytes moved to another user or another document
 * fail to decrypt instead of being silently accepted. The version byte is authenticated with it.
 */
export const ENVELOPE_VERSION = 0x01;
const NONCE_LENGTH = 12;
const TAG_LENGTH = 16;
const KEY_LENGTH = 32;
const HEADER_LENGTH = 1 + NONCE_LENGTH;

export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

export function encryptEnvelope(key: Buffer, plaintext: Uint8Array, aad: Buffer): Buffer {
  const nonce = randomBytes(NONCE_LENGTH);
  const header = Buffer.concat([Buffer.of(ENVELOPE_VERSION), nonce]);
  const cipher = createCipheriv('aes-256-gcm', secretKey(key), nonce, { authTagLength: TAG_LENGTH });
  cipher.setAAD(Buffer.concat([header.subarray(0, 1), aad]));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, ciphertext, cipher.getAuthTag()]);
}

/** Throws DecryptionError for a wrong key, wrong AAD, unknown version or any altered byte. */
export function decryptEnvelope(key: Buffer, envelope: Uint8Array, aad: Buffer): Buffer {
  const secret = secretKey(key);
  const bytes = Buffer.from(envelope.buffer, envelope.byteOffset, envelope.byteLength);
  if (bytes.length < HEADER_LENGTH + TAG_LENGTH) throw new DecryptionError('Encrypted data is truncated');
  if (bytes[0] !== ENVELOPE_VERSION) throw new DecryptionError(`Unsupported encryption format version ${bytes[0]}`);
  const nonce = bytes.subarray(1, HEADER_LENGTH);
  const ciphertext = bytes.subarray(HEADER_LENGTH, bytes.length - TAG_LENGTH);
  const tag = bytes.subarray(bytes.length - TAG_LENGTH);
  const decipher = createDecipheriv('aes-256-gcm', secret, nonce, { authTagLength: TAG_LENGTH });
  decipher.setAAD(Buffer.concat([bytes.subarray(0, 1), aad]));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch (error) {
    // GCM cannot tell these apart, and must not: any of them means "not this key's data for this use".
    throw new DecryptionError('Encrypted data could not be authenticated (wrong key, wrong owner or purpose, or altered)', {
      cause: error,
    });
  }
}

/**
 * AAD for a stored object. JSON arrays keep the parts unambiguous (no separator tricks), and the
 * leading label keeps an object's ciphertext from ever passing as a field's, or the reverse.
 */
export function objectAad(userId: string, objectKey: string): Buffer {
  return Buffer.from(JSON.stringify(['candor/object', userId, objectKey]), 'utf8');
}

/** AAD for an encrypted database value, e.g. purpose `document-text:<documentId>`. */
export function fieldAad(userId: string, purpose: string): Buffer {
  return Buffer.from(JSON.stringify(['candor/field', userId, purpose]), 'utf8');
}

/**
 * Node turns a raw key Buffer into a key object on every cipher it makes, and that costs about 30 µs
 * (a list page decrypting 25 file names paid ~1 ms for it). A key object made once per key Buffer
 * costs ~4 µs per cipher. Keyed weakly by the Buffer itself: the cached data keys are the same
 * Buffer from request to request, and a key that is forgotten (shredded, expired) takes its key
 * object with it. A Buffer changed in place after use would keep its old key object: keys are never
 * written to after they are made.
 */
const secretKeys = new WeakMap<Buffer, KeyObject>();

/** The key object for `key`, made once per Buffer (exported so a test can check the cache without a clock). */
export function secretKey(key: Buffer): KeyObject {
  let secret = secretKeys.get(key);
  if (!secret) {
    if (key.length !== KEY_LENGTH) throw new RangeError(`AES-256-GCM needs a ${KEY_LENGTH}-byte key, got ${key.length}`);
    secret = createSecretKey(key);
    secretKeys.set(key, secret);
  }
  return secret;
}
