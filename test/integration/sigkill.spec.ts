import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodePcm16Wav, toSpeechWav } from '../../src/platform/ai/speech/speech-wav.js';
import { startAnalysis, uploadFixture, waitForAnalysis } from '../helpers/analysis.js';
import { eventually, startAppProcess, type AppProcess } from '../helpers/app-process.js';
import { FakeGeminiServer, modelAnswer, promptOf } from '../helpers/fake-gemini-server.js';
import { FakeOpenAiServer } from '../helpers/fake-openai-server.js';
import { answerQuestion, sendRecording, startInterview, STRONG_ANSWER, waitForReport, waitingQuestion } from '../helpers/interview.js';
import { audioChunk, databaseColumnsContaining, filesContaining } from '../helpers/no-audio-left.js';
import { csrfFrom, signIn } from '../helpers/sign-in.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-app.js';

/**
 * The app killed with SIGKILL (issue #18): no shutdown code, no `finally`, runs. The built app runs
 * as a child process on a shared PostgreSQL; it is killed while an analysis job is active (held in
 * its model call by a slow model server) and while a recording is being transcribed (held by a slow
 * speech server); a new instance on the same database and data directory then takes over.
 * Needs `npm run -s build`.
 */
let db: TestDatabase;
const running: AppProcess[] = [];
const dataDirs: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((app) => app.stop()));
});
afterAll(async () => {
  await db?.drop();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/** One deployment: database, keys and data directory shared by the instance killed and the next. */
function deployment(env: Record<string, string>): Record<string, string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'candor-sigkill-'));
  dataDirs.push(dataDir);
  return {
    DATABASE_URL: db.url,
    DATA_DIR: dataDir,
    MASTER_KEY: randomBytes(32).toString('base64'),
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    // A dead worker's job is noticed within seconds instead of the production half minute.
    QUEUE_HEARTBEAT_SECONDS: '10',
    QUEUE_SUPERVISE_SECONDS: '1',
    ...env,
  };
}

async function start(env: Record<string, string>): Promise<AppProcess> {
  const app = await startAppProcess(env);
  running.push(app);
  return app;
}

async function kill(app: AppProcess): Promise<void> {
  await app.kill();
  running.splice(running.indexOf(app), 1);
}

interface QueueJob {
  state: string;
  retry_count: number;
  retry_limit: number;
}

const analysisJobs = (analysisId: string): Promise<(QueueJob & { id: string; name: string })[]> =>
  db.query(`select id, name, state, retry_count, retry_limit from pgboss.job where data->>'analysisId' = $1 order by created_on`, [analysisId]);

const analysisRow = async (analysisId: string) =>
  (await db.query<{ status: string; attempts: number; failure_reason: string | null }>(`select status, attempts, failure_reason from analyses where id = $1`, [analysisId]))[0]!;

describe('killed mid-analysis', () => {
  const gemini = new FakeGeminiServer();
  /** While true, the model server holds every answer: the analysis job stays active in its model call. */
  let holding = true;

  beforeAll(async () => {
    await gemini.start();
    gemini.respond((request) => {
      if (holding) return { ...modelAnswer('{}'), delayMs: 600_000 };
      const ids = [...promptOf(request).matchAll(/^id: (.+)$/gm)].map((m) => m[1]!);
      return modelAnswer(JSON.stringify({ suggestions: ids.map((id) => ({ id, after: 'Led the payments API redesign.', why: 'Shows impact.' })) }));
    });
  });
  afterAll(async () => {
    await gemini.stop();
  });

  const modelEnv = () => ({ AI_PROVIDER: 'gemini', GEMINI_API_KEY: gemini.apiKey, GEMINI_BASE_URL: gemini.url, AI_TIMEOUT_MS: '120000' });

  /** Starts an analysis on `app` and waits until its job is active and inside its model call. */
  async function analysisInFlight(app: AppProcess, email: string): Promise<{ analysisId: string; documentId: string }> {
    holding = true;
    const agent = await signIn(app.origin, { name: 'Killed Analysis', email });
    const documentId = await uploadFixture(agent, 'sofia-garcia.plain.txt');
    const before = gemini.requests.length;
    const analysisId = await startAnalysis(agent, documentId);
    await eventually('the analysis job active in its model call', async () => {
      const [job] = await analysisJobs(analysisId);
      return job?.state === 'active' && gemini.requests.length > before ? true : undefined;
    });
    expect((await analysisRow(analysisId)).status).toBe('running');
    return { analysisId, documentId };
  }

  it('resumes on the next instance and finishes once: one analysis, one report, the job retried once', async () => {
    const env = deployment(modelEnv());
    const first = await start(env);
    const { analysisId, documentId } = await analysisInFlight(first, 'killed.analysis@example.com');
    await kill(first);
    holding = false;

    const second = await start(env);
    const agent = await signIn(second.origin, { name: 'Killed Analysis', email: 'killed.analysis@example.com' });
    const report = await waitForAnalysis(agent, analysisId, 120_000);
    expect(report).toMatch(/<p class="big-score"><strong>\d+/);

    expect(await analysisRow(analysisId)).toMatchObject({ status: 'done', attempts: 2, failure_reason: null });
    expect(await db.query(`select id from analyses where document_id = $1`, [documentId])).toHaveLength(1);
    // One job, retried once after its worker died (pg-boss keeps one row per job across retries).
    const jobs = await analysisJobs(analysisId);
    expect(jobs.map((j) => [j.name, j.state, j.retry_count])).toEqual([['analysis.run', 'completed', 1]]);
  }, 300_000);

  it('cut off on its last attempt, it is marked failed with a retry that works, never left "running"', async () => {
    const env = deployment(modelEnv());
    const first = await start(env);
    const { analysisId, documentId } = await analysisInFlight(first, 'last.attempt@example.com');
    // As if the earlier attempts had been cut off too: this one is the last pg-boss will make.
    const [job] = await analysisJobs(analysisId);
    await db.query(`update pgboss.job set retry_limit = retry_count where id = $1`, [job!.id]);
    await kill(first);
    holding = false;

    const second = await start(env);
    const agent = await signIn(second.origin, { name: 'Last Attempt', email: 'last.attempt@example.com' });
    await eventually('the analysis marked failed', async () => ((await analysisRow(analysisId)).status === 'failed' ? true : undefined), 120_000);
    const page = (await agent.get(`/analyses/${analysisId}`).expect(200)).text;
    expect(page).toContain('The analysis was interrupted. Your document is safe; please try again.');
    expect(page).toContain(`action="/analyses/${analysisId}/retry"`);
    expect(page).not.toContain('id="analysis-progress"');

    await agent.post(`/analyses/${analysisId}/retry`).type('form').send({ _csrf: csrfFrom(page) }).expect(303);
    const report = await waitForAnalysis(agent, analysisId, 120_000);
    expect(report).toMatch(/<p class="big-score"><strong>\d+/);
    expect((await analysisRow(analysisId)).status).toBe('done');
    expect(await db.query(`select id from analyses where document_id = $1`, [documentId])).toHaveLength(1);
  }, 300_000);
});

describe('killed mid-scoring', () => {
  const gemini = new FakeGeminiServer();
  /** While true, the model server holds the coach's feedback: the scoring job stays active in its model call. */
  let holdingFeedback = false;
  const COACH = 'You coach a candidate after a practice interview';

  beforeAll(async () => {
    await gemini.start();
    gemini.respond((request) => {
      if (holdingFeedback && promptOf(request).includes(COACH)) return { ...modelAnswer('{}'), delayMs: 600_000 };
      // No follow-ups; a plan or feedback that does not parse falls back to Candor's own rules.
      return modelAnswer('{"followUp":null}');
    });
  });
  afterAll(async () => {
    await gemini.stop();
  });

  const interviewRow = async (interviewId: string) =>
    (await db.query<{ status: string; failure_reason: string | null }>(`select status, failure_reason from interviews where id = $1`, [interviewId]))[0]!;
  const scoringJobs = (interviewId: string): Promise<(QueueJob & { id: string })[]> =>
    db.query(`select id, state, retry_count, retry_limit from pgboss.job where name = 'interview.score' and data->>'interviewId' = $1 order by created_on`, [interviewId]);

  it('cut off on its last attempt, the interview is marked failed with a retry that works, never left "scoring"', async () => {
    const env = deployment({ AI_PROVIDER: 'gemini', GEMINI_API_KEY: gemini.apiKey, GEMINI_BASE_URL: gemini.url, AI_TIMEOUT_MS: '120000' });
    const first = await start(env);
    const agent = await signIn(first.origin, { name: 'Killed Scoring', email: 'killed.scoring@example.com' });
    const interviewId = await startInterview(agent, { length: 3 });
    for (let answered = 0; answered < 2; answered++) expect((await answerQuestion(agent, interviewId, STRONG_ANSWER)).status).toBe(303);
    holdingFeedback = true;
    const before = gemini.requests.length;
    expect((await answerQuestion(agent, interviewId, STRONG_ANSWER)).status).toBe(303);
    await eventually('the scoring job active in its model call', async () => {
      const [job] = await scoringJobs(interviewId);
      return job?.state === 'active' && gemini.requests.slice(before).some((r) => promptOf(r).includes(COACH)) ? true : undefined;
    });
    // As if the earlier attempts had been cut off too: this one is the last pg-boss will make.
    const [job] = await scoringJobs(interviewId);
    await db.query(`update pgboss.job set retry_limit = retry_count where id = $1`, [job!.id]);
    await kill(first);
    holdingFeedback = false;
    expect((await interviewRow(interviewId)).status).toBe('scoring');

    const second = await start(env);
    const again = await signIn(second.origin, { name: 'Killed Scoring', email: 'killed.scoring@example.com' });
    await eventually('the interview marked failed', async () => ((await interviewRow(interviewId)).status === 'failed' ? true : undefined), 120_000);
    const page = (await again.get(`/interviews/${interviewId}`).expect(200)).text;
    expect(page).toContain('Preparing the report was interrupted. Your answers are saved; please try again.');
    expect(page).toContain(`action="/interviews/${interviewId}/retry"`);
    expect(page).not.toContain('id="interview-progress"');

    await again.post(`/interviews/${interviewId}/retry`).type('form').send({ _csrf: csrfFrom(page) }).expect(303);
    const report = await waitForReport(again, interviewId, 120_000);
    expect(report).not.toContain('Preparing the report was interrupted');
    expect(await interviewRow(interviewId)).toMatchObject({ status: 'completed', failure_reason: null });
  }, 300_000);
});

describe('killed mid-transcription', () => {
  const whisper = new FakeOpenAiServer('whisper-key-not-secret');
  /** Two seconds of a tone with noise: real WAV bytes, distinctive enough to search for afterwards. */
  const RECORDING = encodePcm16Wav(
    Float32Array.from({ length: 32_000 }, (_, i) => 0.3 * Math.sin((2 * Math.PI * 330 * i) / 16_000) + 0.05 * (Math.random() - 0.5)),
    16_000,
  );

  beforeAll(async () => {
    await whisper.start();
    // Holds every transcription: the recording sits in its scratch file while the process is killed.
    whisper.respond(() => ({ json: { text: 'never sent' }, delayMs: 600_000 }));
  });
  afterAll(async () => {
    await whisper.stop();
  });

  it('leaves no audio once the next instance starts, and the question waits to be answered again (V3)', async () => {
    const env = deployment({
      SPEECH_PROVIDER: 'openai-compatible',
      SPEECH_OPENAI_BASE_URL: whisper.url,
      SPEECH_OPENAI_MODEL: 'Systran/faster-whisper-small',
      SPEECH_OPENAI_API_KEY: whisper.apiKey!,
      SPEECH_TIMEOUT_MS: '300000',
    });
    const scratchDir = join(env.DATA_DIR!, 'audio-scratch');
    const scratchFiles = (): string[] => {
      try {
        return readdirSync(scratchDir);
      } catch {
        return [];
      }
    };

    const first = await start(env);
    const agent = await signIn(first.origin, { name: 'Killed Recording', email: 'killed.recording@example.com' });
    const interviewId = await startInterview(agent);
    const before = await waitingQuestion(agent, interviewId);
    // The request never gets an answer: the process is killed under it.
    const upload = sendRecording(agent, interviewId, RECORDING).catch((error: unknown) => error);
    await eventually('the recording in its scratch file, at the speech server', async () =>
      whisper.requests.some((r) => r.url === '/v1/audio/transcriptions') && scratchFiles().length === 1 ? true : undefined,
    );
    await kill(first);
    expect(await upload).toBeInstanceOf(Error);
    // No `finally` ran: the file is still there. This is what the next start must clean up.
    expect(scratchFiles()).toHaveLength(1);

    const second = await start(env);
    expect(scratchFiles()).toEqual([]);
    const heard = audioChunk(toSpeechWav(RECORDING, 300).wav);
    expect(filesContaining(env.DATA_DIR!, heard)).toEqual([]);
    expect(filesContaining(env.DATA_DIR!, audioChunk(RECORDING))).toEqual([]);
    expect(await databaseColumnsContaining(db, heard)).toEqual([]);

    // The answer was never recorded: the same question waits, with the recorder to try again and
    // the typed answer as the other way.
    const again = await signIn(second.origin, { name: 'Killed Recording', email: 'killed.recording@example.com' });
    const waiting = await waitingQuestion(again, interviewId);
    expect(waiting?.turnId).toBe(before!.turnId);
    expect(waiting!.page).toContain(`data-upload="/interviews/${interviewId}/turns/${before!.turnId}/transcription"`);
    const answered = await answerQuestion(again, interviewId, STRONG_ANSWER);
    expect(answered.status).toBe(303);
    expect((await waitingQuestion(again, interviewId))?.turnId).not.toBe(before!.turnId);
  }, 300_000);
});
