import { decryptEnvelope, encryptEnvelope, fieldAad } from './document-cipher.js';
import type { KeyWrapper } from './master-key.js';

/** Name under which `migrateDatabase` hands the key wrapper to data migrations (a MikroORM extension). */
export const MIGRATION_KEY_WRAPPER = 'candor:key-wrapper';

/** What a data migration reads of a user's key: the `user_keys` row, as raw SQL returns it. */
export interface WrappedKeyRow {
  wrapped_key: Buffer;
  master_key_id: string;
}

/**
 * Encrypted columns for migrations that move existing plaintext into ciphertext (or back, on
 * `down`). Migrations run without the Nest container, so they get the same envelope and AAD as
 * `EncryptedObjectStore.encryptField`, with each user's key unwrapped from its row by the
 * configured master key: what a migration writes, the app reads, and the reverse.
 */
export class DataMigrationCipher {
  private readonly keys = new Map<string, Buffer>();

  constructor(private readonly wrapper: KeyWrapper) {}

  async encryptField(userId: string, key: WrappedKeyRow, purpose: string, plaintext: string): Promise<Buffer> {
    return encryptEnvelope(await this.dataKey(userId, key), Buffer.from(plaintext, 'utf8'), fieldAad(userId, purpose));
  }

  async decryptField(userId: string, key: WrappedKeyRow, purpose: string, ciphertext: Buffer): Promise<string> {
    return decryptEnvelope(await this.dataKey(userId, key), ciphertext, fieldAad(userId, purpose)).toString('utf8');
  }

  private async dataKey(userId: string, key: WrappedKeyRow): Promise<Buffer> {
    let dataKey = this.keys.get(userId);
    if (!dataKey) {
      dataKey = await this.wrapper.unwrap(Buffer.from(key.wrapped_key), key.master_key_id);
      this.keys.set(userId, dataKey);
    }
    return dataKey;
  }
}
