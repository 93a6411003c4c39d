// A held-back set is measured once per wave, by the lead, on merged main. The benches that also print tuning
// sets leave it out unless `held-back` is asked for (`npm run bench -- resume-corpus held-back`): a tuner who
// runs the whole bench after each change then never sees the held-back totals move (in wave 14 two tuners
// saw them because every run printed them).

/** Whether this run was asked to measure the held-back set. */
export function heldBackRequested(): boolean {
  return process.argv.includes('held-back');
}

/** What a run prints instead of a held-back set's totals. */
export function heldBackSkipped(bench: string, set: string): void {
  console.log(`${set}: held back, not printed. Measured once per wave on merged main: \`npm run bench -- ${bench} held-back\`.`);
}
