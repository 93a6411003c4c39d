import type { INestApplicationContext } from '@nestjs/common';
import { ROLES } from '../platform/identity/user.entity.js';
import { COMMON_CATALOG } from '../platform/i18n/common.catalog.js';
import { isLocale, type Locale } from '../platform/i18n/locale.js';
import { type Translate, Translator } from '../platform/i18n/translator.js';

/** Streams a command reads and writes; tests pass their own. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Messages for people (stderr) in the operator's language; English when not given. JSON never changes. */
  t?: Translate;
}

let translator: Translator | undefined;

/** The CLI's words live in the `common` catalog (`cli.*`); the CLI boots no Nest app to say them. */
export function cliTranslate(locale: Locale): Translate {
  translator ??= new Translator([COMMON_CATALOG]);
  return translator.forLocale(locale);
}

/** `io.t`, or English. */
export function textFor(io: CliIo): Translate {
  return io.t ?? cliTranslate('en');
}

/**
 * The language of human output: `--lang ko|en` anywhere in the arguments (removed from them), else a
 * `LC_ALL`/`LANG` starting with `ko` (as a Korean terminal sets, `ko_KR.UTF-8`), else English.
 */
export function cliLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): { locale: Locale; args: string[] } {
  const args: string[] = [];
  let chosen: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') chosen = argv[++i];
    else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length);
    else args.push(arg);
  }
  if (chosen !== undefined) {
    if (!isLocale(chosen)) throw new CliUsageError(`--lang ko|en (not ${chosen})`);
    return { locale: chosen, args };
  }
  const system = env.LC_ALL || env.LANG || '';
  return { locale: system.toLowerCase().startsWith('ko') ? 'ko' : 'en', args };
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

/** What `npm run -s cli` prints without a command: every command and what it does, in the operator's language. */
export function commandList(commands: readonly CliCommand[], t: Translate): string {
  const lines = commands.map((c) => {
    // Catalog keys cannot hold the namespace separator: `migration:create` → `cli.summary.migration-create`.
    const summary = t(`cli.summary.${c.name.replaceAll(':', '-')}`, { roles: ROLES.join(', '), defaultValue: c.summary });
    return `  ${c.usage.padEnd(40)} ${summary}`;
  });
  return `${t('cli.usage')}\n\n${lines.join('\n')}`;
}
