import { z } from 'zod';
import { scoreAnswer } from '../modules/interview/index.js';
import { inferQuestionKind } from '../modules/interview/index.js';
import { readAll, textFor, type CliCommand } from './cli-command.js';

const count = z.number().finite().nonnegative();
const inputSchema = z.object({
  question: z.string().trim().min(1).max(2000),
  answer: z.string().max(50_000),
  kind: z.enum(['behavioral', 'technical']).optional(),
  jobText: z.string().max(100_000).optional(),
  delivery: z
    .object({
      seconds: count,
      words: count,
      wordsPerMinute: count,
      fillerWords: count,
      fillersPerMinute: count,
      longPauses: count,
      longestPauseSeconds: count,
    })
    .optional(),
});

/**
 * `score-answer`: reads {question, answer, kind?, jobText?, delivery?} as JSON on stdin and prints the
 * embedded rubric's AnswerReport as JSON. Pure: no app context, no AI provider.
 */
export const scoreAnswerCommand: CliCommand = {
  name: 'score-answer',
  usage: 'score-answer < answer.json',
  summary: 'Score an interview answer ({question, answer, kind?, jobText?, delivery?} on stdin) and print the report as JSON',
  async run(_args, io) {
    const text = await readAll(io.stdin);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      const t = textFor(io);
      io.stderr.write(`${t('cli.scoreAnswer.notJson')}\n`);
      return 65;
    }
    const parsed = inputSchema.safeParse(json);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
      const t = textFor(io);
      io.stderr.write(`${t('cli.scoreAnswer.invalid')}\n${problems}\n`);
      return 65;
    }
    const { question, answer, kind, jobText, delivery } = parsed.data;
    const report = scoreAnswer({
      question: { id: 'cli', text: question, kind: kind ?? inferQuestionKind(question), topic: '' },
      answer,
      ...(jobText ? { jobText } : {}),
      ...(delivery ? { delivery } : {}),
    });
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  },
};
