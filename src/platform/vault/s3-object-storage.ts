import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { OnModuleDestroy } from '@nestjs/common';
import {
  assertValidObjectKey,
  assertValidObjectPrefix,
  ObjectNotFoundError,
  type ObjectStorage,
} from './object-storage.js';

export interface S3ObjectStorageOptions {
  bucket: string;
  region: string;
  /** Any S3-compatible endpoint (MinIO, Ceph, R2, a test server); unset means AWS itself. */
  endpoint?: string;
  /** Most self-hosted S3-compatible servers need path-style URLs (`endpoint/bucket/key`). */
  forcePathStyle?: boolean;
  /** Unset: the default AWS credential chain (environment, profile, instance role…). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /**
   * Ask the server to encrypt at rest too (SSE-S3, AES256). Objects are already encrypted by us, so
   * this is depth, not the protection itself; it is configurable because some S3-compatible servers
   * reject the header.
   */
  serverSideEncryption: boolean;
  /** Keys per ListObjectsV2/DeleteObjects round trip in deletePrefix (S3's maximum is 1000). */
  pageSize?: number;
}

/** S3 caps DeleteObjects at 1000 keys per request, which is also ListObjectsV2's largest page. */
const MAX_PAGE_SIZE = 1000;

export class S3ObjectStorage implements ObjectStorage, OnModuleDestroy {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly serverSideEncryption: boolean;
  private readonly pageSize: number;

  constructor(options: S3ObjectStorageOptions) {
    this.bucket = options.bucket;
    this.serverSideEncryption = options.serverSideEncryption;
    this.pageSize = Math.min(Math.max(1, options.pageSize ?? MAX_PAGE_SIZE), MAX_PAGE_SIZE);
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? false,
      credentials: options.credentials,
      // A stalled storage server must fail the request (and free the upload's memory) rather than
      // hang it: bounded connect and request times, and a few retries for transient errors.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000, throwOnRequestTimeout: true },
      maxAttempts: 3,
    });
  }

  async put(key: string, body: Uint8Array): Promise<void> {
    assertValidObjectKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentLength: body.byteLength,
        // Only ciphertext is ever stored; no content type or metadata that could describe the document.
        ContentType: 'application/octet-stream',
        ...(this.serverSideEncryption ? { ServerSideEncryption: 'AES256' as const } : {}),
      }),
    );
  }

  async get(key: string): Promise<Buffer> {
    assertValidObjectKey(key);
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!response.Body) throw new Error(`S3 returned no body for object "${key}"`);
      return Buffer.from(await response.Body.transformToByteArray());
    } catch (error) {
      if (error instanceof NoSuchKey) throw new ObjectNotFoundError(key, { cause: error });
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidObjectKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** One DeleteObjects request per `pageSize` keys (at most 1000), instead of one request per object. */
  async deleteMany(keys: readonly string[]): Promise<void> {
    for (const key of keys) assertValidObjectKey(key);
    for (let start = 0; start < keys.length; start += this.pageSize) {
      await this.deleteKeys(keys.slice(start, start + this.pageSize).map((Key) => ({ Key })), '');
    }
  }

  async deletePrefix(prefix: string): Promise<number> {
    assertValidObjectPrefix(prefix);
    let deleted = 0;
    let continuationToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: prefix,
          MaxKeys: this.pageSize,
          ContinuationToken: continuationToken,
        }),
      );
      const keys = (page.Contents ?? []).flatMap((object) => (object.Key ? [{ Key: object.Key }] : []));
      if (keys.length > 0) {
        await this.deleteKeys(keys, ` under "${prefix}"`);
        deleted += keys.length;
      }
      continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (continuationToken);
    return deleted;
  }

  /** One DeleteObjects request (at most 1000 keys); `where` completes the error message. */
  private async deleteKeys(keys: { Key: string }[], where: string): Promise<void> {
    const result = await this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys, Quiet: true } }));
    // DeleteObjects answers 200 even when some keys failed: the failures are in the body.
    const failures = result.Errors ?? [];
    if (failures.length > 0) {
      const first = failures[0]!;
      throw new Error(`Could not delete ${failures.length} of ${keys.length} objects${where} (first: ${first.Key}: ${first.Code} ${first.Message})`);
    }
  }

  async exists(key: string): Promise<boolean> {
    assertValidObjectKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      // A HEAD response has no body, so a missing object surfaces as a bare NotFound.
      if (error instanceof NotFound || error instanceof NoSuchKey) return false;
      throw error;
    }
  }

  onModuleDestroy(): void {
    this.client.destroy();
  }
}
