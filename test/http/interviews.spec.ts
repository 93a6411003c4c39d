import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { uploadFixture } from '../helpers/analysis.js';
import { answerQuestion, decodeEntities, startInterview, STRONG_ANSWER, waitForReport, waitingQuestion } from '../helpers/interview.js';
import { binary, csrfFrom, signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

const ctx = useTestApp();
let owner: Agent;
let stranger: Agent;

beforeAll(async () => {
  owner = await signIn(ctx.t.origin, { name: 'Sam Rivera', email: 'sam@example.com' });
  stranger = await signIn(ctx.t.origin, { name: 'Other Person', email: 'other@example.com' });
});

describe('a typed interview, start to report (works without JavaScript)', () => {
  let interviewId: string;

  it('offers the start form and explains what is kept', async () => {
    const page = (await owner.get('/interviews').expect(200)).text;
    expect(page).toContain('Start a practice interview');
    expect(page).toContain('deleted the moment it has been turned into text');
    expect(page).toContain('Keep my recordings for up to 90 days');
  });

  it('rejects a start without a role, keeping what was typed', async () => {
    const token = await tokenFor(owner, '/interviews');
    const res = await owner.post('/interviews').type('form').send({ _csrf: token, role: '', kind: 'mixed', length: '5', job: 'Senior React role' }).expect(422);
    expect(res.text).toContain('Say which role you are practising for');
    expect(res.text).toContain('Senior React role');
  });

  it('starts one interview on a double submit', async () => {
    const token = await tokenFor(owner, '/interviews');
    const submits = await Promise.all(
      Array.from({ length: 4 }, () => owner.post('/interviews').type('form').send({ _csrf: token, role: 'Data scientist', kind: 'technical', length: '3' })),
    );
    expect(submits.map((r) => r.status)).toEqual([303, 303, 303, 303]);
    expect(new Set(submits.map((r) => r.headers.location)).size).toBe(1);
    expect(await ctx.db.query(`select id from interviews where role = 'Data scientist'`)).toHaveLength(1);
  });

  it('asks one question at a time, follows up on a thin answer, and gives no hints', async () => {
    interviewId = await startInterview(owner, { role: 'Frontend engineer', kind: 'behavioral', length: 2 });
    const first = await waitingQuestion(owner, interviewId);
    expect(first!.page).toContain('Question 1 of 2');

    const thin = await answerQuestion(owner, interviewId, 'We fixed it.');
    expect(thin.status).toBe(303);
    const followUp = await waitingQuestion(owner, interviewId);
    expect(followUp!.turnId).not.toBe(first!.turnId);
    expect(followUp!.page).toContain('Question 1 of 2 · Follow-up');
    // The conversation so far is shown, but nothing that grades or coaches mid-interview.
    expect(followUp!.page).toContain('We fixed it.');
    for (const hint of ['/ 100', 'STAR', 'Try:', 'stronger version']) expect(followUp!.page).not.toContain(hint);
  });

  it('keeps the first answer on a double submit', async () => {
    const waiting = (await waitingQuestion(owner, interviewId))!;
    const send = () =>
      owner.post(`/interviews/${interviewId}/answers`).type('form').send({ _csrf: waiting.token, turnId: waiting.turnId, answer: STRONG_ANSWER, source: 'text' });
    const results = await Promise.all([send(), send(), send()]);
    expect(results.map((r) => r.status)).toEqual([303, 303, 303]);
    const answered = await ctx.db.query(`select id from interview_turns where id = $1 and answer_ciphertext is not null`, [waiting.turnId]);
    expect(answered).toHaveLength(1);
    const turns = await ctx.db.query(`select position from interview_turns where interview_id = $1 order by position`, [interviewId]);
    expect(turns.map((t) => (t as { position: number }).position)).toEqual([0, 1, 2]);
  });

  it('scores every answer after the last question, quoting the user and explaining the weights', async () => {
    const next = await waitingQuestion(owner, interviewId);
    expect(next!.page).toContain('Question 2 of 2');
    const res = await answerQuestion(owner, interviewId, STRONG_ANSWER);
    // The last answer may draw a follow-up too; answer until no question waits.
    expect(res.status).toBe(303);
    for (let i = 0; i < 2 && (await waitingQuestion(owner, interviewId)); i++) await answerQuestion(owner, interviewId, STRONG_ANSWER);

    const report = decodeEntities(await waitForReport(owner, interviewId));
    expect(report).toMatch(/<p class="big-score"><strong>\d{1,3}<\/strong>/);
    expect(report).toContain('How answers are scored');
    for (const label of ['Situation', 'Task', 'Action', 'Result']) expect(report).toContain(label);
    expect(report).toContain('A stronger version, from your own words');
    // Quotes are the user's own words.
    const quotes = [...report.matchAll(/<blockquote class="evidence">“([^”]*)”<\/blockquote>/g)].map((m) => m[1]!);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(`${STRONG_ANSWER} We fixed it.`).toContain(quote);

    const [row] = await ctx.db.query<{ status: string; overall: number }>(`select status, overall from interviews where id = $1`, [interviewId]);
    expect(row!.status).toBe('completed');
    expect(row!.overall).toBeGreaterThan(0);
  });

  it('stores the conversation encrypted and as text only (V5)', async () => {
    const turns = await ctx.db.query<{ answer_ciphertext: Buffer; question_ciphertext: Buffer; report_ciphertext: Buffer | null }>(
      `select answer_ciphertext, question_ciphertext, report_ciphertext from interview_turns where interview_id = $1`,
      [interviewId],
    );
    for (const t of turns) {
      expect(t.answer_ciphertext.includes(Buffer.from('checkout'))).toBe(false);
      expect(t.report_ciphertext?.includes(Buffer.from('checkout')) ?? false).toBe(false);
    }
    const columns = await ctx.db.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns where table_name in ('interviews', 'interview_turns') and column_name ~ '(audio|wav|recording|sound)'`,
    );
    expect(columns).toEqual([]);
  });

  it('lists past interviews with a chart of scores over time, and lets the owner review and delete one', async () => {
    const list = (await owner.get('/interviews').expect(200)).text;
    expect(list).toContain('<svg viewBox="0 0 640 240" role="img"');
    expect(list).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="4"/);
    const dashboard = (await owner.get('/dashboard').expect(200)).text;
    expect(dashboard).toContain(`<a href="/interviews/${interviewId}">Frontend engineer</a>`);
    expect(dashboard).not.toContain('No practice interviews yet.');
    expect(list).toContain(`/interviews/${interviewId}`);
    expect(list).toContain('Completed');
    const token = await tokenFor(owner, `/interviews/${interviewId}`);
    await owner.post(`/interviews/${interviewId}/delete`).type('form').send({ _csrf: token }).expect(303);
    await owner.get(`/interviews/${interviewId}`).expect(404);
    expect(await ctx.db.query(`select id from interview_turns where interview_id = $1`, [interviewId])).toEqual([]);
  });
});

describe('sensitive data in an answer', () => {
  it('warns before saving, and one click redacts it', async () => {
    const id = await startInterview(owner, { length: 1 });
    const answer = `${STRONG_ANSWER} You can reach me on +1 415 555 0132, my SSN is 536-22-1234.`;
    const warned = await answerQuestion(owner, id, answer);
    expect(warned.status).toBe(422);
    expect(warned.text).toContain('Before we save this');
    expect(warned.text).toContain('US Social Security number');
    expect(warned.text).not.toContain('536-22-1234</code>');
    expect(await ctx.db.query(`select id from interview_turns where interview_id = $1 and answer_ciphertext is not null`, [id])).toEqual([]);

    const saved = await answerQuestion(owner, id, answer, { decision: 'redact' });
    expect(saved.status).toBe(303);
    const report = decodeEntities(await waitForReport(owner, id));
    expect(report).not.toContain('536-22-1234');
    expect(report).not.toContain('555 0132');
    expect(report).toContain('[ID_NUMBER]');
    expect(report).toContain('[PHONE]');
  });

  it('checks while typing (htmx fragment)', async () => {
    const token = await tokenFor(owner, '/interviews');
    const res = await owner.post('/interviews/answer-check').set('HX-Request', 'true').set('X-CSRF-Token', token).type('form').send({ answer: 'Call me on +44 20 7946 0958' }).expect(200);
    expect(res.text).toContain('phone number');
    expect(res.text).toContain('Redact it');
  });
});

describe('only the owner can reach an interview', () => {
  it('answers 404 to anyone else, for every route', async () => {
    const id = await startInterview(owner, { length: 1 });
    const waiting = (await waitingQuestion(owner, id))!;
    await stranger.get(`/interviews/${id}`).expect(404);
    const token = await tokenFor(stranger, '/interviews');
    for (const path of [`/interviews/${id}/answers`, `/interviews/${id}/finish`, `/interviews/${id}/retry`, `/interviews/${id}/delete`]) {
      await stranger.post(path).type('form').send({ _csrf: token, turnId: waiting.turnId, answer: 'x' }).expect(404);
    }
    await stranger.post(`/interviews/${id}/turns/${waiting.turnId}/transcription`).set('X-CSRF-Token', token).set('Content-Type', 'audio/wav').send(Buffer.from('RIFF')).expect(404);
    expect(await ctx.db.query(`select id from interview_turns where interview_id = $1 and answer_ciphertext is not null`, [id])).toEqual([]);
  });

  it('refuses a state change without the CSRF token', async () => {
    await owner.post('/interviews').type('form').send({ role: 'Chef', kind: 'mixed', length: '3' }).expect(403);
  });
});

describe('grounding and finishing early', () => {
  it('asks about the job and resume, and scores only what was answered when finished early', async () => {
    const documentId = await uploadFixture(owner, 'alex-morgan.single-column.pdf');
    const id = await startInterview(owner, { role: 'Backend engineer', kind: 'technical', length: 3, documentId, job: 'We need a Kubernetes and PostgreSQL expert.' });
    const first = (await waitingQuestion(owner, id))!;
    expect(first.question.length).toBeGreaterThan(10);
    await answerQuestion(owner, id, STRONG_ANSWER);
    const token = await tokenFor(owner, `/interviews/${id}`);
    await owner.post(`/interviews/${id}/finish`).type('form').send({ _csrf: token }).expect(303);
    const report = await waitForReport(owner, id);
    expect(report).toContain('Question 1');
    expect(report).not.toContain('Question 3');
  });
});

describe('data rights', () => {
  it('exports interviews with the conversation and report, and erases them with the account', async () => {
    const person = await signIn(ctx.t.origin, { name: 'Leave Soon', email: 'leave@example.com' });
    const id = await startInterview(person, { length: 1 });
    await answerQuestion(person, id, STRONG_ANSWER);
    while (await waitingQuestion(person, id)) await answerQuestion(person, id, STRONG_ANSWER);
    await waitForReport(person, id);

    const zip = unzipSync(new Uint8Array((await person.get('/settings/export').buffer(true).parse(binary).expect(200)).body as Buffer));
    const exported = JSON.parse(strFromU8(zip['interviews/interviews.json']!)) as { interviews: { id: string; conversation: { answer: string }[]; summary: unknown }[] };
    expect(exported.interviews[0]!.id).toBe(id);
    expect(exported.interviews[0]!.conversation[0]!.answer).toBe(STRONG_ANSWER);
    expect(exported.interviews[0]!.summary).toBeTruthy();

    const page = await person.get('/settings/delete').expect(200);
    await person.post('/settings/delete').type('form').send({ _csrf: csrfFrom(page.text), confirmEmail: 'leave@example.com' }).expect(303);
    expect(await ctx.db.query(`select id from interviews where id = $1`, [id])).toEqual([]);
    expect(await ctx.db.query(`select id from interview_turns where interview_id = $1`, [id])).toEqual([]);
  });
});
