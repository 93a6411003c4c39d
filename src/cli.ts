import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { AppModule } from './app.module.js';
import { PROJECT_ROOT } from './app.setup.js';
import { cliLocale, cliTranslate, CliUsageError, commandList, textFor, type CliCommand, type CliIo } from './cli/cli-command.js';
import { grantRoleCommand } from './cli/grant-role.command.js';
import { listJobsCommand, runJobCommand } from './cli/scheduled-jobs.command.js';
import { loadConfig } from './config/app-config.js';
import { migrateDatabase, openDatabase } from './platform/database/database-runtime.js';
import { createKeyWrapper } from './platform/vault/storage.module.js';
import { ENTITIES } from './app/entities.js';
import { ormOptions } from './platform/database/mikro-orm.config.js';
import { createLogger, PinoNestLogger } from './platform/logging/logger.js';

const migrate: CliCommand = {
  name: 'migrate',
  usage: 'migrate',
  summary: 'Apply pending database migrations',
  async run(_args, io) {
    const config = loadConfig();
    const db = await openDatabase(config);
    try {
      const applied = await migrateDatabase(db.url, config.database.ssl, createKeyWrapper(config.secrets));
      const t = textFor(io);
      io.stderr.write(`${applied.length ? t('cli.migrate.applied', { names: applied.join(', ') }) : t('cli.migrate.upToDate')}\n`);
      return 0;
    } finally {
      await db.stop();
    }
  },
};

const migrationCreate: CliCommand = {
  name: 'migration:create',
  usage: 'migration:create [name]',
  summary: 'Generate a migration from the entity definitions (developers)',
  async run(args, io) {
    const config = loadConfig();
    const db = await openDatabase(config);
    const orm = await MikroORM.init(ormOptions({ url: db.url, ssl: config.database.ssl, entities: ENTITIES }));
    try {
      await orm.migrator.up();
      const result = await orm.migrator.create(join(PROJECT_ROOT, 'migrations'), false, false, args[0]);
      const t = textFor(io);
      if (!result.fileName) {
        io.stderr.write(`${t('cli.migrationCreate.noChanges')}\n`);
        return 0;
      }
      writeMigrationIndex();
      io.stderr.write(`${t('cli.migrationCreate.created', { file: `migrations/${result.fileName}` })}\n`);
      return 0;
    } finally {
      await orm.close(true);
      await db.stop();
    }
  },
};

/** Rewrites migrations/index.ts to list every migration file in order. */
function writeMigrationIndex(): void {
  const dir = join(PROJECT_ROOT, 'migrations');
  const names = readdirSync(dir)
    .filter((f) => /^Migration\d.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    '// The ordered list of migrations. `npm run migration:create` regenerates this file.',
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n, i) => `import { ${n} as M${i} } from './${n}.js';`),
    '',
    'export const MIGRATIONS: MigrationObject[] = [',
    ...names.map((n, i) => `  { name: '${n}', class: M${i} },`),
    '];',
    '',
  ];
  writeFileSync(join(dir, 'index.ts'), lines.join('\n'));
}

async function loadCommands(): Promise<CliCommand[]> {
  const commands: CliCommand[] = [grantRoleCommand, listJobsCommand, runJobCommand, migrate, migrationCreate];
  // Feature commands live with their modules; a module not built yet simply has no file.
  const optional: [string, string][] = [
    ['./cli/extract.command.js', 'extractCommand'],
    ['./cli/detect-sensitive.command.js', 'detectSensitiveCommand'],
    ['./cli/analyze.command.js', 'analyzeCommand'],
    ['./cli/job-skills.command.js', 'jobSkillsCommand'],
    ['./cli/transcribe.command.js', 'transcribeCommand'],
    ['./cli/score-answer.command.js', 'scoreAnswerCommand'],
    ['./cli/seed-demo.command.js', 'seedDemoCommand'],
  ];
  for (const [path, exportName] of optional) {
    try {
      const mod = (await import(path)) as Record<string, CliCommand>;
      if (mod[exportName]) commands.push(mod[exportName]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    }
  }
  return commands;
}

async function main(argv: string[]): Promise<number> {
  // The composition root reads the operator's LANG/LC_ALL here, as it reads the rest of the environment.
  let language: ReturnType<typeof cliLocale>;
  try {
    language = cliLocale(argv, process.env);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    process.stderr.write(`${cliTranslate('en')('cli.usageOf', { usage: error.message })}\n`);
    return 64;
  }
  const t = cliTranslate(language.locale);
  const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, t };
  const commands = await loadCommands();
  const [name, ...args] = language.args;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`${commandList(commands, t)}\n`);
    return name ? 64 : 0;
  }
  let app: INestApplicationContext | undefined;
  let stopDb: (() => Promise<void>) | undefined;
  try {
    if (command.needsApp) {
      const config = loadConfig();
      const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr);
      const db = await openDatabase(config);
      stopDb = db.stop;
      await migrateDatabase(db.url, config.database.ssl, createKeyWrapper(config.secrets));
      app = await NestFactory.createApplicationContext(AppModule.register({ config, databaseUrl: db.url, schedule: false, queueWorkers: false }), {
        logger: new PinoNestLogger(logger),
      });
    }
    return await command.run(args, io, app);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr.write(`${t('cli.usageOf', { usage: error.message })}\n`);
      return 64;
    }
    throw error;
  } finally {
    await app?.close();
    await stopDb?.();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
