import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toSpeechWav } from '../../../src/platform/ai/speech/speech-wav.js';
import { InterviewJobs } from '../../../src/modules/interview/interview.jobs.js';
import { sendRecording, startInterview, STRONG_ANSWER } from '../../helpers/interview.js';
import { audioChunk, databaseColumnsContaining, filesContaining, filesUnder } from '../../helpers/no-audio-left.js';
import { signIn, tokenFor, type Agent } from '../../helpers/sign-in.js';
import { libriVoxClips, speechToolsAvailable, synthesizeSpeech } from '../../helpers/speech.js';
import { useTestApp } from '../../helpers/test-app.js';

const SPOKEN = 'I led the team and we reduced the cost by thirty percent in six months';

const ctx = useTestApp();
let agent: Agent;
let spoken: Buffer;

function scratchFiles(): string[] {
  try {
    return readdirSync(ctx.t.config.audio.scratchDir);
  } catch {
    return [];
  }
}

function transcribe(interviewId: string, audio: Buffer) {
  return sendRecording(agent, interviewId, audio);
}

const speechReady = await speechToolsAvailable();

describe.runIf(speechReady)('voice answers with PocketSphinx (V2–V4)', () => {
  beforeAll(async () => {
    agent = await signIn(ctx.t.origin, { name: 'Voice User', email: 'voice@example.com' });
    const dir = mkdtempSync(join(tmpdir(), 'candor-voice-'));
    await synthesizeSpeech(SPOKEN, join(dir, 'answer.wav'));
    spoken = readFileSync(join(dir, 'answer.wav'));
  });

  it('turns a recording into an editable transcript and leaves no audio anywhere (V2)', async () => {
    const id = await startInterview(agent, { length: 1 });
    const objectsBefore = filesUnder(join(ctx.t.config.dataDir, 'objects')).length;
    const { res } = await transcribe(id, Buffer.from(spoken));
    expect(res.status).toBe(200);
    const body = res.body as { text: string; seconds: number; engine: string; kept: boolean };
    expect(body.engine).toBe('pocketsphinx');
    expect(body.kept).toBe(false);
    expect(body.seconds).toBeGreaterThan(1);
    const heard = ['team', 'cost', 'thirty', 'percent', 'six', 'months'].filter((w) => body.text.includes(w));
    expect(heard.length).toBeGreaterThanOrEqual(3);

    // No audio on disk (scratch or anywhere under the data directory), in the database, or in storage.
    expect(scratchFiles()).toEqual([]);
    const converted = toSpeechWav(Buffer.from(spoken), 300).wav;
    for (const needle of [audioChunk(spoken), audioChunk(converted)]) {
      expect(filesContaining(ctx.t.config.dataDir, needle)).toEqual([]);
      expect(await databaseColumnsContaining(ctx.db, needle)).toEqual([]);
    }
    expect(filesUnder(join(ctx.t.config.dataDir, 'objects')).length).toBe(objectsBefore);
  }, 120_000); // each recording is recognised by PocketSphinx on a shared, busy machine

  it('keeps delivery numbers when a confident transcript is submitted as the spoken answer', async () => {
    const id = await startInterview(agent, { length: 1, role: 'Team lead' });
    // Human read speech the recogniser is sure of (espeak-ng's voice mostly falls below the
    // low-confidence line, and a doubtful transcript gives no delivery figures by design).
    const { res, waiting } = await transcribe(id, readFileSync(libriVoxClips()[0]!.path));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ lowConfidence: false });
    expect((res.body as { confidence: number }).confidence).toBeGreaterThanOrEqual(0.65);
    const answer = `${(res.body as { text: string }).text}. ${STRONG_ANSWER}`;
    await agent.post(`/interviews/${id}/answers`).type('form').send({ _csrf: waiting.token, turnId: waiting.turnId, answer, source: 'voice' }).expect(303);
    const [turn] = await ctx.db.query<{ answered_by: string; delivery: { wordsPerMinute: number; seconds: number } }>(
      `select answered_by, delivery from interview_turns where id = $1`,
      [waiting.turnId],
    );
    expect(turn!.answered_by).toBe('voice');
    expect(turn!.delivery.wordsPerMinute).toBeGreaterThan(0);
  }, 120_000); // each recording is recognised by PocketSphinx on a shared, busy machine

  it('rejects what is not a recording with a clear message, keeping nothing', async () => {
    const id = await startInterview(agent, { length: 1, role: 'Analyst' });
    const { res } = await transcribe(id, Buffer.from('%PDF-1.7 not audio at all'));
    expect(res.status).toBe(422);
    expect((res.body as { message: string }).message).toMatch(/WAV|recording|audio/i);
    expect(scratchFiles()).toEqual([]);
  });

  it('sweeps orphaned temporary audio left by a crash (V3)', async () => {
    const dir = ctx.t.config.audio.scratchDir;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const orphan = join(dir, '0b7c6a4e-6f0e-4d7a-9a55-3f5c2b1d9e01.wav');
    const dayOld = join(dir, '1c8d7b5f-7a1f-4e8b-8b66-4a6d3c2e0f12.wav');
    const fresh = join(dir, '2d9e8c6a-8b2a-4f9c-9c77-5b7e4d3f1a23.wav');
    for (const file of [orphan, dayOld, fresh]) writeFileSync(file, spoken, { mode: 0o600 });
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(orphan, hourAgo, hourAgo);
    const overADay = new Date(Date.now() - 25 * 3_600_000);
    utimesSync(dayOld, overADay, overADay);

    await ctx.t.app.get(InterviewJobs).sweepOrphanedAudio();
    expect(scratchFiles()).toEqual(['2d9e8c6a-8b2a-4f9c-9c77-5b7e4d3f1a23.wav']);
    // The fresh file may belong to a transcription in progress; a later sweep takes it once it is old.
    const later = new Date(Date.now() - 3_600_000);
    utimesSync(fresh, later, later);
    await ctx.t.app.get(InterviewJobs).sweepOrphanedAudio();
    expect(scratchFiles()).toEqual([]);
  });

  it('keeps recordings only with the separate opt-in, encrypted, and deletes them on revocation and at expiry (V4)', async () => {
    const token = await tokenFor(agent, '/interviews');
    await agent.post('/interviews/recordings/retention').type('form').send({ _csrf: token, keep: 'yes' }).expect(303);
    expect((await agent.get('/interviews').expect(200)).text).toContain('Stop keeping recordings and delete them now');

    const id = await startInterview(agent, { length: 1, role: 'Product manager' });
    const { res } = await transcribe(id, Buffer.from(spoken));
    expect(res.status).toBe(200);
    expect((res.body as { kept: boolean }).kept).toBe(true);
    expect(scratchFiles()).toEqual([]);

    const [kept] = await ctx.db.query<{ id: string; object_key: string; expires_at: Date }>(`select id, object_key, expires_at from retained_audio`);
    expect(kept!.expires_at.getTime() - Date.now()).toBeLessThanOrEqual(90 * 86_400_000);
    expect(kept!.expires_at.getTime() - Date.now()).toBeGreaterThan(89 * 86_400_000);
    // Encrypted at rest: the stored object holds none of the audio's bytes.
    const converted = toSpeechWav(Buffer.from(spoken), 300).wav;
    expect(filesContaining(ctx.t.config.dataDir, audioChunk(converted))).toEqual([]);
    const listened = await agent.get(`/interviews/recordings/${kept!.id}`).buffer(true).expect(200);
    expect(listened.headers['content-type']).toBe('audio/wav');
    expect(Buffer.compare(listened.body as Buffer, converted)).toBe(0);

    // Expiry: the hourly job deletes what is past its date.
    await ctx.db.query(`update retained_audio set expires_at = now() - interval '1 second' where id = $1`, [kept!.id]);
    await ctx.t.app.get(InterviewJobs).purgeExpiredAudio(new Date());
    expect(await ctx.db.query(`select id from retained_audio`)).toEqual([]);
    expect(filesUnder(join(ctx.t.config.dataDir, 'objects')).filter((f) => f.includes('interview-audio'))).toEqual([]);
    await agent.get(`/interviews/recordings/${kept!.id}`).expect(404);

    // Deleting the interview deletes its kept recording with it.
    const deleted = await startInterview(agent, { length: 1, role: 'Editor' });
    expect((await transcribe(deleted, Buffer.from(spoken))).res.status).toBe(200);
    const [withInterview] = await ctx.db.query<{ object_key: string }>(`select object_key from retained_audio`);
    expect(existsSync(join(ctx.t.config.dataDir, 'objects', withInterview!.object_key))).toBe(true);
    await agent.post(`/interviews/${deleted}/delete`).type('form').send({ _csrf: await tokenFor(agent, `/interviews/${deleted}`) }).expect(303);
    expect(await ctx.db.query(`select id from retained_audio`)).toEqual([]);
    expect(existsSync(join(ctx.t.config.dataDir, 'objects', withInterview!.object_key))).toBe(false);

    // Revocation deletes at once.
    const second = await startInterview(agent, { length: 1, role: 'Designer' });
    expect((await transcribe(second, Buffer.from(spoken))).res.status).toBe(200);
    const [row] = await ctx.db.query<{ object_key: string }>(`select object_key from retained_audio`);
    const objectPath = join(ctx.t.config.dataDir, 'objects', row!.object_key);
    expect(readFileSync(objectPath).length).toBeGreaterThan(0);
    await agent.post('/interviews/recordings/retention').type('form').send({ _csrf: await tokenFor(agent, '/interviews'), keep: 'no' }).expect(303);
    expect(await ctx.db.query(`select id from retained_audio`)).toEqual([]);
    expect(() => readFileSync(objectPath)).toThrow();

    // Without the opt-in nothing is kept.
    const third = await startInterview(agent, { length: 1, role: 'Writer' });
    expect(((await transcribe(third, Buffer.from(spoken))).res.body as { kept: boolean }).kept).toBe(false);
    expect(await ctx.db.query(`select id from retained_audio`)).toEqual([]);
  }, 120_000); // each recording is recognised by PocketSphinx on a shared, busy machine
});
