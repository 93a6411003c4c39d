import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodePcm16Wav } from '../../../src/platform/ai/speech/speech-wav.js';
import { sendRecording, startInterview, waitingQuestion } from '../../helpers/interview.js';
import { audioChunk, databaseColumnsContaining, filesContaining } from '../../helpers/no-audio-left.js';
import { signIn, type Agent } from '../../helpers/sign-in.js';
import { useTestApp } from '../../helpers/test-app.js';

/**
 * A stand-in recogniser that fails the way a real one can: it reads the first recording it is given
 * from its control pipe, records the file's path and mode (never its bytes), then exits with an
 * error, or hangs until it is killed.
 */
const workDir = mkdtempSync(join(tmpdir(), 'candor-failing-stt-'));
const hangMarker = join(workDir, 'hang');
const seenLog = join(workDir, 'seen.log');
const engine = join(workDir, 'failing-recogniser.sh');
writeFileSync(
  engine,
  `#!/bin/sh
ctl=""
while [ $# -gt 0 ]; do
  if [ "$1" = "-ctl" ]; then ctl="$2"; fi
  shift
done
# A warm recogniser is given each recording as a line of its control pipe: "<path> 0 -1 <id>".
read -r infile rest < "$ctl"
echo "$infile $(stat -c %a "$infile")" >> "${seenLog}"
if [ -f "${hangMarker}" ]; then sleep 30; fi
echo "decoder crashed" >&2
exit 3
`,
);
chmodSync(engine, 0o755);
mkdirSync(join(workDir, 'model'));

const ctx = useTestApp({ POCKETSPHINX_BIN: engine, POCKETSPHINX_MODEL_DIR: join(workDir, 'model'), SPEECH_TIMEOUT_MS: '1500' });
let agent: Agent;

/** One second of a 440 Hz tone: a valid recording with distinctive bytes. */
const tone = encodePcm16Wav(Float32Array.from({ length: 16_000 }, (_, i) => 0.3 * Math.sin((2 * Math.PI * 440 * i) / 16_000)), 16_000);

async function transcribe(interviewId: string) {
  return (await sendRecording(agent, interviewId, Buffer.from(tone))).res;
}

function lastSeen(): { path: string; mode: string } {
  const line = readFileSync(seenLog, 'utf8').trim().split('\n').at(-1)!;
  const [path, mode] = line.split(' ');
  return { path: path!, mode: mode! };
}

describe('a transcription that fails still deletes the audio (V2)', () => {
  beforeAll(async () => {
    agent = await signIn(ctx.t.origin, { name: 'Unlucky Speaker', email: 'unlucky@example.com' });
  });

  it('a crashing recogniser: clear message, the private temp file gone, no audio anywhere', async () => {
    const id = await startInterview(agent, { length: 1 });
    const res = await transcribe(id);
    expect(res.status).toBe(503);
    expect((res.body as { message: string }).message).toContain('Your recording was deleted. Try again, or type your answer.');
    expect((res.body as { message: string }).message).not.toContain('decoder crashed');

    // The recogniser saw a private file in the scratch directory; it no longer exists.
    const seen = lastSeen();
    expect(seen.path.startsWith(ctx.t.config.audio.scratchDir)).toBe(true);
    expect(seen.mode).toBe('600');
    expect(existsSync(seen.path)).toBe(false);
    expect(readdirSync(ctx.t.config.audio.scratchDir)).toEqual([]);
    expect(filesContaining(ctx.t.config.dataDir, audioChunk(tone))).toEqual([]);
    expect(await databaseColumnsContaining(ctx.db, audioChunk(tone))).toEqual([]);
    // The question still waits: typing the answer works.
    expect(await waitingQuestion(agent, id)).toBeDefined();
  });

  it('a recogniser that hangs is stopped at the timeout, and the audio is deleted', async () => {
    writeFileSync(hangMarker, '');
    const id = await startInterview(agent, { length: 1, role: 'Nurse' });
    const started = Date.now();
    const res = await transcribe(id);
    expect(res.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((res.body as { message: string }).message).toContain('took too long');
    expect(existsSync(lastSeen().path)).toBe(false);
    expect(readdirSync(ctx.t.config.audio.scratchDir)).toEqual([]);
  });
});
