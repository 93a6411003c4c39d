import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config/app-config.js';
import { localEnv, PRODUCTION_ENV } from '../../helpers/config-env.js';

const base = localEnv;
const production = PRODUCTION_ENV;

describe('storage configuration', () => {
  it('stores objects under DATA_DIR/objects by default', () => {
    const env = base();
    expect(loadConfig(env).storage).toEqual({ driver: 'local', directory: join(env.DATA_DIR, 'objects') });
  });

  it('reads an S3-compatible bucket, with server-side encryption on unless turned off', () => {
    const storage = loadConfig({
      ...base(),
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'documents',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
    }).storage;
    expect(storage).toEqual({
      driver: 's3',
      bucket: 'documents',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
      serverSideEncryption: true,
    });
    const plain = loadConfig({ ...base(), STORAGE_DRIVER: 's3', S3_BUCKET: 'b', S3_SERVER_SIDE_ENCRYPTION: 'false' }).storage;
    expect(plain).toMatchObject({ serverSideEncryption: false, credentials: undefined, endpoint: undefined });
  });

  it('names what is missing or unsafe', () => {
    expect(() => loadConfig({ ...base(), STORAGE_DRIVER: 's3' })).toThrow(/S3_BUCKET: required when STORAGE_DRIVER=s3/);
    expect(() => loadConfig({ ...base(), STORAGE_DRIVER: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => loadConfig({ ...base(), STORAGE_DRIVER: 'ftp' })).toThrow(ConfigError);
    expect(() =>
      loadConfig({ ...base(), ...production, STORAGE_DRIVER: 's3', S3_BUCKET: 'b', S3_ENDPOINT: 'http://minio.internal:9000' }),
    ).toThrow(/S3_ENDPOINT: must be https in production/);
    expect(loadConfig({ ...base(), ...production, STORAGE_DRIVER: 's3', S3_BUCKET: 'b', S3_ENDPOINT: 'https://minio.example' }).storage.driver).toBe('s3');
  });
});
