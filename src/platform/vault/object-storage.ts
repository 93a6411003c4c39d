/**
 * The object-storage port. Adapters store opaque bytes under a key; they never see plaintext
 * (EncryptedObjectStore encrypts before calling them) and never interpret keys beyond validating them.
 *
 * Keys look like `users/<userId>/documents/<documentId>`: segments separated by `/`, each made of
 * letters, digits, `.`, `_` and `-`, never starting with a dot. That rules out `..`, `.`, hidden
 * files, empty segments and absolute paths, so a key can never escape the storage root on a
 * filesystem, and the local adapter's temporary files (which start with a dot) never collide with one.
 */
export interface ObjectStorage {
  /** Stores (or replaces) the object. Readers see the old or the new bytes, never a partial write. */
  put(key: string, body: Uint8Array): Promise<void>;
  /** Throws ObjectNotFoundError when there is no such object. */
  get(key: string): Promise<Buffer>;
  /** Deleting an object that does not exist is not an error (as in S3). */
  delete(key: string): Promise<void>;
  /**
   * Deletes many objects at once (a bulk purge): as few round trips as the store allows, absent
   * keys not an error. Every key is validated before any is deleted. If it throws, any of the
   * objects may or may not be gone, so a caller retries with the same keys.
   */
  deleteMany(keys: readonly string[]): Promise<void>;
  /** Deletes every object under the prefix (which must end with `/`); returns how many there were. */
  deletePrefix(prefix: string): Promise<number>;
  exists(key: string): Promise<boolean>;
}

/** Nest injection token for the configured ObjectStorage adapter. */
export const OBJECT_STORAGE = Symbol('OBJECT_STORAGE');

export class ObjectNotFoundError extends Error {
  override name = 'ObjectNotFoundError';
  constructor(
    readonly key: string,
    options?: ErrorOptions,
  ) {
    super(`No stored object under key "${key}"`, options);
  }
}

export class InvalidObjectKeyError extends Error {
  override name = 'InvalidObjectKeyError';
}

const MAX_KEY_LENGTH = 512;
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Throws InvalidObjectKeyError unless `key` is a safe object key (see the port's comment). */
export function assertValidObjectKey(key: string): void {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new InvalidObjectKeyError(`Object key must be 1–${MAX_KEY_LENGTH} characters long`);
  }
  for (const segment of key.split('/')) {
    if (!SEGMENT.test(segment)) {
      throw new InvalidObjectKeyError(`Object key ${JSON.stringify(key)} has an unsafe or empty segment`);
    }
  }
}

/**
 * A prefix is a key followed by `/`. Requiring the slash keeps `deletePrefix('users/ab')` from also
 * deleting `users/abc/…` on S3, and gives the filesystem adapter a whole directory to remove.
 */
export function assertValidObjectPrefix(prefix: string): void {
  if (!prefix.endsWith('/')) throw new InvalidObjectKeyError(`Object prefix ${JSON.stringify(prefix)} must end with "/"`);
  assertValidObjectKey(prefix.slice(0, -1));
}
