import { CliUsageError, readAll, type CliCommand, type CliIo } from './cli-command.js';
import { jobRequirements } from '../kernel/skills/job-requirements.js';

/** `job-skills < job.txt`: prints the required and preferred skills, keywords and other skill phrases of a job description. */
export const jobSkillsCommand: CliCommand = {
  name: 'job-skills',
  usage: 'job-skills < job-description.txt',
  summary: 'Read a job description on stdin and print its required/preferred skills and keywords as JSON',
  async run(args: string[], io: CliIo): Promise<number> {
    if (args.length > 0) throw new CliUsageError(`usage: ${this.usage}`);
    const { required, preferred, keywords, phrases } = jobRequirements(await readAll(io.stdin));
    const brief = (list: typeof required) => list.map((s) => ({ name: s.name, kind: s.kind, wording: [...new Set(s.mentions.map((m) => m.text))] }));
    io.stdout.write(`${JSON.stringify({ required: brief(required), preferred: brief(preferred), keywords, phrases }, null, 2)}\n`);
    return 0;
  },
};
