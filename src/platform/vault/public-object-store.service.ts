import { Inject, Injectable } from '@nestjs/common';
import { assertValidObjectKey, InvalidObjectKeyError, OBJECT_STORAGE, type ObjectStorage } from './object-storage.js';

const PUBLIC_PREFIX = 'public/';

/**
 * Objects that are not anyone's personal data and that anyone may see (a company's logo): stored
 * as they are, under `public/`, in the same object storage as the encrypted ones. Keys outside
 * `public/` are refused, so this store can never read, replace or delete a person's encrypted object
 * (those live under `users/`, reached only through EncryptedObjectStore).
 */
@Injectable()
export class PublicObjectStore {
  constructor(@Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage) {}

  put(key: string, bytes: Uint8Array): Promise<void> {
    return this.storage.put(publicKey(key), bytes);
  }

  /** Throws ObjectNotFoundError when absent. */
  get(key: string): Promise<Buffer> {
    return this.storage.get(publicKey(key));
  }

  /** Deleting what is already gone is not an error. */
  delete(key: string): Promise<void> {
    return this.storage.delete(publicKey(key));
  }
}

function publicKey(key: string): string {
  assertValidObjectKey(key);
  if (!key.startsWith(PUBLIC_PREFIX)) throw new InvalidObjectKeyError(`Object key ${JSON.stringify(key)} is not under ${PUBLIC_PREFIX}`);
  return key;
}
