import { readFile } from 'node:fs/promises';
import { CliUsageError, type CliCommand, type CliIo } from './cli-command.js';
import { withExtractedFile } from './extracted-file.js';
import { analyzeResume } from '../modules/analysis/index.js';

/** `analyze <resume-file> [--job <file>]`: prints the offline analysis report as JSON. */
export const analyzeCommand: CliCommand = {
  name: 'analyze',
  usage: 'analyze <resume-file> [--job <job-description-file>] [--role <target role>]…',
  summary: 'Score a résumé offline (checks, skills, suggestions) and match it against a job description',
  async run(args: string[], io: CliIo): Promise<number> {
    let file: string | undefined;
    let jobFile: string | undefined;
    const targetRoles: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg === '--job' || arg === '--role') {
        const value = args[++i];
        if (!value) throw new CliUsageError(`usage: ${this.usage}`);
        if (arg === '--job') jobFile = value;
        else targetRoles.push(value);
      } else if (!file && !arg.startsWith('--')) file = arg;
      else throw new CliUsageError(`usage: ${this.usage}`);
    }
    if (!file) throw new CliUsageError(`usage: ${this.usage}`);
    const job = jobFile ? await readFile(jobFile, 'utf8') : undefined;
    return withExtractedFile(file, io, ({ document, resume }) => {
      const report = analyzeResume({
        text: document.text,
        resume,
        layout: { columns: document.layout.columns, hasTextLayer: document.hasTextLayer, tables: document.layout.tables, ...(document.pages ? { pages: document.pages } : {}) },
        ...(job !== undefined ? { job } : {}),
        ...(targetRoles.length ? { targetRoles } : {}),
      });
      const output = { ...report, skills: report.skills.map((s) => ({ name: s.name, kind: s.kind, mentions: s.mentions })) };
      io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    });
  },
};
