import { createHash } from 'node:crypto';
import { decryptEnvelope, encryptEnvelope } from './document-cipher.js';

/**
 * Wraps (encrypts) per-user data keys with a master key the database never holds. The local
 * implementation keeps the master key in process memory; a cloud KMS (AWS KMS Encrypt/Decrypt,
 * GCP KMS, Vault transit) can implement the same three members without touching callers.
 */
export interface KeyWrapper {
  /** Identifies the master key in use; stored beside each wrapped key (`user_keys.master_key_id`, ≤ 64 chars). */
  readonly keyId: string;
  wrap(dataKey: Buffer): Promise<Buffer>;
  /** Throws MasterKeyMismatchError when `keyId` names a master key this wrapper does not hold. */
  unwrap(wrapped: Buffer, keyId: string): Promise<Buffer>;
}

/** Nest injection token for the configured KeyWrapper. */
export const KEY_WRAPPER = Symbol('KEY_WRAPPER');

export class MasterKeyMismatchError extends Error {
  override name = 'MasterKeyMismatchError';
}

/** Binds a wrapped blob to its role, so no other ciphertext under the master key can pose as a data key. */
const WRAP_AAD = Buffer.from('candor/user-data-key', 'utf8');

/** AES-256-GCM with the configured MASTER_KEY, in the same envelope format as documents. */
export class LocalMasterKeyWrapper implements KeyWrapper {
  readonly keyId: string;

  constructor(private readonly masterKey: Buffer) {
    if (masterKey.length !== 32) throw new RangeError('The master key must be 32 bytes');
    // A short, domain-separated hash: reveals nothing usable about the key, yet a replaced or
    // rotated MASTER_KEY is detected as such instead of surfacing as "corrupt data".
    this.keyId = `local:${createHash('sha256').update('candor/master-key-id').update(masterKey).digest('hex').slice(0, 16)}`;
  }

  async wrap(dataKey: Buffer): Promise<Buffer> {
    return encryptEnvelope(this.masterKey, dataKey, WRAP_AAD);
  }

  async unwrap(wrapped: Buffer, keyId: string): Promise<Buffer> {
    if (keyId !== this.keyId) {
      throw new MasterKeyMismatchError(
        `Data key was wrapped by master key ${keyId}, but the configured master key is ${this.keyId} (was MASTER_KEY changed without re-wrapping?)`,
      );
    }
    return decryptEnvelope(this.masterKey, wrapped, WRAP_AAD);
  }
}
