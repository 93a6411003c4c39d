// Preloaded (`node --import`) into the retention bench's purge process: at exit it writes the process's
// CPU time (every thread: the main one and libuv's pool, where unlinks run) and its event-loop delay to
// the file named by PURGE_PROBE_OUT, so the bench reports the purge's work and not only its wall time.
// The bench sends SIGUSR2 when the run record appears: both figures then start again, leaving out the
// start-up (module loading blocks the loop for a while and costs a second or two of CPU).
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const out = process.env.PURGE_PROBE_OUT;
if (out) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let cpuAtStart = process.cpuUsage();
  process.on('SIGUSR2', () => {
    delay.reset();
    cpuAtStart = process.cpuUsage();
  });
  process.once('exit', () => {
    delay.disable();
    const cpu = process.cpuUsage(cpuAtStart);
    const ms = (ns: number): number => Math.round(ns / 1e5) / 10;
    writeFileSync(out, JSON.stringify({ userMs: Math.round(cpu.user / 1000), systemMs: Math.round(cpu.system / 1000), loopDelayP50Ms: ms(delay.percentile(50)), loopDelayP99Ms: ms(delay.percentile(99)), loopDelayMaxMs: ms(delay.max) }));
  });
}
