import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface S3TestServer {
  endpoint: string;
  bucket: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** Where the server keeps objects on disk, to inspect what it really stored. */
  directory: string;
  stop(): Promise<void>;
}

/**
 * A real S3-compatible server (s3rver) on 127.0.0.1 and a random port, in its own process.
 *
 * Why a child process with --openssl-legacy-provider: s3rver 3.7.1 builds ListObjectsV2 continuation
 * tokens with DES, which OpenSSL 3 (Node ≥ 17) disables by default; paginated listing then answers
 * 500 (ERR_OSSL_EVP_UNSUPPORTED). The legacy provider is enabled for that process only, never for the
 * app or the test worker. Everything else (SigV4, PutObject with checksums, DeleteObjects) works
 * with AWS SDK v3 as it is. s3rver accepts `x-amz-server-side-encryption: AES256` (it ignores it), so
 * the tests keep server-side encryption on, as in production.
 */
export async function startS3TestServer(bucket = 'candor-test'): Promise<S3TestServer> {
  const directory = mkdtempSync(join(tmpdir(), 'candor-s3rver-'));
  const cli = createRequire(import.meta.url).resolve('s3rver/bin/s3rver.js');
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', cli, '--directory', directory, '--address', '127.0.0.1', '--port', '0', '--silent', '--configure-bucket', bucket],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`s3rver did not start within 15 s:\n${output}`)), 15_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /S3rver listening on [\d.]+:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.off('exit', onEarlyExit);
        resolve(Number(match[1]));
      }
    };
    const onEarlyExit = (code: number | null) => fail(new Error(`s3rver exited with code ${code} before listening:\n${output}`));
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.once('error', fail);
    child.once('exit', onEarlyExit);
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    region: 'us-east-1',
    // s3rver's fixed development account. It rejects unknown access key ids but does not verify
    // SigV4 signatures, so a wrong secret goes unnoticed here (real S3 and MinIO do check it).
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    directory,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
