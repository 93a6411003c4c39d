// Per-item misses of the analysis sets that became TUNING data: the wave 7 set (test/fixtures/analysis/heldback-w7,
// tuning since wave 8), the wave 8 set (heldback-w8, tuning since wave 9), the wave 9 set (heldback-w9, tuning
// since wave 10), the wave 10 set (heldback-w10, tuning since wave 11) and the wave 11 set (heldback-w11, tuning since
// wave 12); each wave a fresh held-back set, built elsewhere by someone who never tunes, measures instead.
// `npm run bench -- analysis misses-w7` (or `misses-w8`, `misses-w9`, `misses-w10`, `misses-w11`) prints, for each item, what the analysis got wrong: must-not-say words it said (with the missing
// item that says it) and expected words it did not name, each résumé's ranking against the set's, its near-miss
// and the public jobs, each target role's first gaps judged against the labels, and each résumé's score per
// rendering. Never point this at a set that is still held back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseAdvicePair, type AdvicePair, missingItems, rewordedRoleLines, says, softSkillsAppended } from './advice-set.js';
import { setJobDirs, setJobFile } from './analysis-heldback.js';
import { readRankingJobs, rankTruthAgainstJobs } from './ranking-set.js';
import { gapMatches, gapWording, JUDGED_GAPS, judgeRoleGapCase, readRoleGapCases } from './role-gaps-set.js';
import { scoreRenderings, spreadOf, spreadTotals } from './score-spread.js';

/** `setDir`: HELD_BACK_W7_DIR … HELD_BACK_W11_DIR (relative to `root`); `label` says since when it is tuning data. */
export async function printMisses(root: string, setDir: string, label: string, { spread = true }: { spread?: boolean } = {}): Promise<void> {
  const dir = join(root, setDir);
  adviceMisses(root, dir, label);
  rankingMisses(root, dir, label);
  roleGapMisses(dir, label);
  if (spread) await spreadMisses(dir, label);
}

function adviceMisses(root: string, dir: string, label: string): void {
  console.log(`\n--- advice (${label}): ! must-not-say said, ? expected missing not named`);
  const set = JSON.parse(readFileSync(join(dir, 'advice/pairs.json'), 'utf8')) as { asOf: string; pairs: AdvicePair[] };
  for (const pair of set.pairs) {
    const { report, text } = analyseAdvicePair(join(dir, 'spread/truth', `${pair.resume}.json`), setJobFile(root, dir, pair.job), new Date(set.asOf));
    const missing = missingItems(report);
    const said = pair.notMissing.filter((word) => says(missing, word));
    const unnamed = pair.missing.filter((word) => !says(missing, word));
    const broken = [...rewordedRoleLines(report, text), ...softSkillsAppended(report)];
    if (said.length + unnamed.length + broken.length === 0) continue;
    console.log(`${pair.resume} × ${pair.job}`);
    for (const word of said) console.log(`  ! "${word}" said by: ${missing.filter((item) => says([item], word)).map((item) => JSON.stringify(item)).join(', ')}`);
    for (const word of unnamed) console.log(`  ? "${word}" not named`);
    for (const line of broken) console.log(`  rule broken: ${line}`);
    console.log(`  (missing as shown: ${missing.join(' | ')})`);
  }
}

function rankingMisses(root: string, dir: string, label: string): void {
  console.log(`\n--- ranking (${label}): own job vs the best three, margin < 10`);
  const jobs = setJobDirs(root, dir).flatMap((jobsDir) => readRankingJobs(jobsDir));
  for (const outcome of rankTruthAgainstJobs(join(dir, 'spread/truth'), jobs)) {
    if (outcome.margin >= 10) continue;
    const own = outcome.ranked.find((r) => r.job === outcome.occupation)!;
    const top = outcome.ranked.slice(0, 3).map((r) => `${r.job} ${r.score}`).join(', ');
    console.log(`${outcome.resume}: own ${own.score}, margin ${outcome.margin}; top: ${top}`);
  }
}

function roleGapMisses(dir: string, label: string): void {
  console.log(`\n--- role gaps (${label}): first ${JUDGED_GAPS} gaps, + relevant, ! never-say, · neither; a Korean role's gaps as "name = Korean label"`);
  for (const c of readRoleGapCases(join(dir, 'role-gaps/labels.json'))) {
    const outcome = judgeRoleGapCase(c);
    if (outcome.neverSay.length === 0 && outcome.relevantShare >= 0.5) continue;
    const marked = outcome.gaps.slice(0, JUDGED_GAPS).map((g) => {
      const wordings = gapWording(c.role, g);
      return `${gapMatches(c.acceptable, wordings) ? '+' : gapMatches(c.unacceptable, wordings) ? '!' : '·'}${wordings.join(' = ')}`;
    });
    const laterNeverSay = outcome.neverSay.filter((g) => !outcome.gaps.slice(0, JUDGED_GAPS).includes(g));
    const old = outcome.byEnglishName.relevantShare === outcome.relevantShare ? '' : ` (English names only ${outcome.byEnglishName.relevantShare.toFixed(2)})`;
    console.log(`${c.id} "${c.role}" relevant ${outcome.relevantShare.toFixed(2)}${old}: ${marked.length ? marked.join(', ') : '(no gaps)'}${laterNeverSay.length ? `; never-say later: ${laterNeverSay.join(', ')}` : ''}`);
  }
}

async function spreadMisses(dir: string, label: string): Promise<void> {
  console.log(`\n--- score spread (${label}): résumés spread over 3 points, score per rendering`);
  const files = (JSON.parse(readFileSync(join(dir, 'spread/documents.json'), 'utf8')) as Array<{ file: string; resume: string; renderer: string }>);
  const scores = await scoreRenderings(join(dir, 'spread/rendered'), { timeoutMs: 120_000 });
  console.log(`all ${scores.size}: ${spreadTotals([...scores.values()].map((entry) => spreadOf(entry.sections)))}`);
  for (const [id, entry] of scores) {
    if (spreadOf(entry.sections) <= 3) continue;
    const renderers = files.filter((f) => f.resume === id).sort((a, b) => (a.file < b.file ? -1 : 1)).map((f) => f.renderer);
    console.log(`${id}: spread ${spreadOf(entry.sections)}; ${entry.sections.map((s, i) => `${renderers[i] ?? i} ${s}`).join(', ')}`);
  }
}
