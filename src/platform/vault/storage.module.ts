import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { EncryptedObjectStore } from './encrypted-object-store.service.js';
import { LocalObjectStorage } from './local-object-storage.js';
import { KEY_WRAPPER, LocalMasterKeyWrapper, type KeyWrapper } from './master-key.js';
import { OBJECT_STORAGE, type ObjectStorage } from './object-storage.js';
import { PublicObjectStore } from './public-object-store.service.js';
import { UserKeysService } from './user-keys.service.js';
import { DataKeyInvalidation } from './data-key-invalidation.js';
import { VaultDataParticipant } from './vault-data.participant.js';

/**
 * Picks the object-storage adapter named by the configuration (STORAGE_DRIVER). The S3 adapter, and
 * with it the AWS SDK (≈ 30 MB of RSS and 0.2 s to load), is loaded only when it is the one
 * configured (issue #18: a local-storage instance paid for it in start time and idle memory).
 */
export async function createObjectStorage(storage: AppConfig['storage']): Promise<ObjectStorage> {
  switch (storage.driver) {
    case 'local':
      return new LocalObjectStorage(storage.directory);
    case 's3': {
      const { S3ObjectStorage } = await import('./s3-object-storage.js');
      return new S3ObjectStorage(storage);
    }
  }
}

/** The configured master key's wrapper (a KMS adapter would be chosen here); migrations use it too. */
export function createKeyWrapper(secrets: AppConfig['secrets']): KeyWrapper {
  return new LocalMasterKeyWrapper(secrets.masterKey);
}

/**
 * Encrypted object storage and per-user keys (promises D1, R2). Other code uses EncryptedObjectStore
 * only; the adapters and the key wrapper stay inside. Its erasure is its own (VaultDataParticipant).
 */
@Module({
  providers: [
    { provide: OBJECT_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig): Promise<ObjectStorage> => createObjectStorage(config.storage) },
    {
      provide: KEY_WRAPPER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): KeyWrapper => createKeyWrapper(config.secrets),
    },
    UserKeysService,
    DataKeyInvalidation,
    EncryptedObjectStore,
    PublicObjectStore,
    VaultDataParticipant,
  ],
  exports: [EncryptedObjectStore, PublicObjectStore, UserKeysService],
})
export class StorageModule {}
