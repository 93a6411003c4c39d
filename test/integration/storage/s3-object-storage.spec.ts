import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObjectNotFoundError } from '../../../src/platform/vault/object-storage.js';
import { S3ObjectStorage } from '../../../src/platform/vault/s3-object-storage.js';
import { objectStorageContract } from './object-storage.contract.js';
import { startS3TestServer, type S3TestServer } from './s3-test-server.js';

// A small page so that deletePrefix has to follow ListObjectsV2 continuation tokens.
const pageSize = 2;
let server: S3TestServer;
let storage: S3ObjectStorage;

beforeAll(async () => {
  server = await startS3TestServer();
  storage = new S3ObjectStorage({
    bucket: server.bucket,
    region: server.region,
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: server.credentials,
    serverSideEncryption: true,
    pageSize,
  });
});
afterAll(async () => {
  storage?.onModuleDestroy();
  await server?.stop();
});

objectStorageContract('S3 (s3rver)', () => storage, { pageSize });

describe('S3 adapter', () => {
  it('stores opaque octet-streams with server-side encryption requested', async () => {
    const key = `users/${randomUUID()}/documents/d1`;
    await storage.put(key, Buffer.from('bytes'));
    const raw = new S3Client({ region: server.region, endpoint: server.endpoint, forcePathStyle: true, credentials: server.credentials });
    try {
      const head = await raw.send(new HeadObjectCommand({ Bucket: server.bucket, Key: key }));
      expect(head.ContentType).toBe('application/octet-stream');
      const object = await raw.send(new GetObjectCommand({ Bucket: server.bucket, Key: key }));
      expect(await object.Body?.transformToString()).toBe('bytes');
    } finally {
      raw.destroy();
    }
  });

  it('reports a missing bucket as a failure, not as a missing object', async () => {
    const misconfigured = new S3ObjectStorage({
      bucket: 'no-such-bucket',
      region: server.region,
      endpoint: server.endpoint,
      forcePathStyle: true,
      credentials: server.credentials,
      serverSideEncryption: true,
    });
    try {
      const failure = await misconfigured.get(`users/${randomUUID()}/documents/d1`).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect(failure).not.toBeInstanceOf(ObjectNotFoundError);
    } finally {
      misconfigured.onModuleDestroy();
    }
  });

  it('fails with the server error when the credentials are refused', async () => {
    const impostor = new S3ObjectStorage({
      bucket: server.bucket,
      region: server.region,
      endpoint: server.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'UNKNOWN', secretAccessKey: 'wrong-secret' },
      serverSideEncryption: true,
    });
    try {
      await expect(impostor.put(`users/${randomUUID()}/documents/d1`, Buffer.from('x'))).rejects.toMatchObject({ name: 'InvalidAccessKeyId' });
    } finally {
      impostor.onModuleDestroy();
    }
  });
});
