// Interview scoring benchmark: consistency (each labelled answer scored twice must give identical
// reports), ranking accuracy against the hand labels (pairwise strong > medium > weak agreement per
// question, and Kendall's tau-b over all answers), and scoring time. Runs from dist/bench/; the
// labelled set is read relative to the cwd (test/fixtures/interview/labelled-answers.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scoreAnswer } from '../src/modules/interview/engine/answer-rubric.js';
import type { PlannedQuestion } from '../src/modules/interview/engine/interview-types.js';

interface Labelled {
  questions: Record<string, PlannedQuestion>;
  answers: Array<{ question: string; label: 'strong' | 'medium' | 'weak'; answer: string }>;
}
const RANK = { weak: 0, medium: 1, strong: 2 } as const;
const RUNS = 50;

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

/** Kendall's tau-b between two paired lists (ties in either list handled). */
function kendallTauB(x: readonly number[], y: readonly number[]): number {
  let concordant = 0;
  let discordant = 0;
  let tiesX = 0;
  let tiesY = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.sign(x[i]! - x[j]!);
      const dy = Math.sign(y[i]! - y[j]!);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiesX++;
      else if (dy === 0) tiesY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  return (concordant - discordant) / Math.sqrt((concordant + discordant + tiesX) * (concordant + discordant + tiesY));
}

export default async function (): Promise<void> {
  const set = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/interview/labelled-answers.json'), 'utf8')) as Labelled;
  const items = set.answers.map((a) => ({ ...a, input: { question: set.questions[a.question]!, answer: a.answer } }));

  const identical = items.filter((item) => JSON.stringify(scoreAnswer(item.input)) === JSON.stringify(scoreAnswer(item.input))).length;
  console.log(`consistency: ${identical}/${items.length} answers scored twice gave identical reports`);

  const scored = items.map((item) => ({ ...item, overall: scoreAnswer(item.input).overall }));
  let pairs = 0;
  let agree = 0;
  let strongWeakPairs = 0;
  let strongWeakAgree = 0;
  for (const a of scored) {
    for (const b of scored) {
      if (a.question !== b.question || RANK[a.label] <= RANK[b.label]) continue;
      pairs++;
      if (a.overall > b.overall) agree++;
      if (a.label === 'strong' && b.label === 'weak') {
        strongWeakPairs++;
        if (a.overall > b.overall) strongWeakAgree++;
      }
    }
  }
  console.log(`ranking, same question: strong > weak in ${strongWeakAgree}/${strongWeakPairs} pairs; all label pairs (strong>medium>weak) ${agree}/${pairs} (${((100 * agree) / pairs).toFixed(1)}%)`);
  const tau = kendallTauB(scored.map((s) => RANK[s.label]), scored.map((s) => s.overall));
  console.log(`Kendall tau-b, overall score vs label over all ${scored.length} answers: ${tau.toFixed(3)}`);
  for (const label of ['strong', 'medium', 'weak'] as const) {
    const values = scored.filter((s) => s.label === label).map((s) => s.overall);
    console.log(`  ${label.padEnd(6)} overall: min ${Math.min(...values)}, mean ${(values.reduce((x, y) => x + y, 0) / values.length).toFixed(1)}, max ${Math.max(...values)}`);
  }

  scoreAnswer(items[0]!.input); // warm-up: loads the skills taxonomy and the question bank once
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const item of items) {
      const started = performance.now();
      scoreAnswer(item.input);
      samples.push(performance.now() - started);
    }
  }
  samples.sort((a, b) => a - b);
  console.log(`scoring time per answer: p50 ${percentile(samples, 0.5).toFixed(2)} ms, p99 ${percentile(samples, 0.99).toFixed(2)} ms (n=${samples.length})`);
}
