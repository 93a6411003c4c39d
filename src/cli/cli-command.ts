import type { INestApplicationContext } from '@nestjs/common';

/** Streams a command reads and writes; tests pass their own. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * One `npm run -s cli -- <name> …` command. Pure commands (no database) leave `needsApp` unset and
 * run without booting Nest; commands that touch data get the application context.
 */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  needsApp?: boolean;
  /** Returns the process exit code. Output for machines goes to stdout, messages for people to stderr. */
  run(args: string[], io: CliIo, app?: INestApplicationContext): Promise<number>;
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export class CliUsageError extends Error {}
