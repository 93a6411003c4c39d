import { beforeAll, describe, expect, it } from 'vitest';
import { TRANSCRIPTIONS_PER_HOUR } from '../../src/modules/interview/voice-answers.service.js';
import { sendRecording, startInterview, waitingQuestion } from '../helpers/interview.js';
import { signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

const ctx = useTestApp({ SPEECH_PROVIDER: 'none' });
let agent: Agent;

beforeAll(async () => {
  agent = await signIn(ctx.t.origin, { name: 'Typist', email: 'typist@example.com' });
});

describe('without a speech engine', () => {
  it('says so honestly, hides the recorder, and typing still works', async () => {
    const id = await startInterview(agent, { length: 1 });
    const waiting = (await waitingQuestion(agent, id))!;
    expect(waiting.page).toContain('Voice answers are turned off on this server');
    expect(waiting.page).toContain('Type your answer instead.');
    expect(waiting.page).not.toContain('id="recorder"');
    const { res } = await sendRecording(agent, id, Buffer.from('RIFF....WAVE'));
    expect(res.status).toBe(503);
    expect(ctx.t.config.speech.provider).toBe('none');
  });

  it('never asks for the camera: the policy header forbids it on every page (V1)', async () => {
    for (const path of ['/interviews', '/']) {
      const res = await agent.get(path);
      expect(res.headers['permissions-policy']).toContain('camera=()');
      expect(res.headers['permissions-policy']).toContain('microphone=(self)');
    }
  });

  it('limits transcriptions per person per hour (costly work)', async () => {
    const id = await startInterview(agent, { length: 1, role: 'Rate limited' });
    const send = async () => (await sendRecording(agent, id, Buffer.from('RIFF....WAVE'))).res;
    // The first test's request counts too.
    for (let i = 1; i < TRANSCRIPTIONS_PER_HOUR; i++) expect((await send()).status).toBe(503);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect((limited.body as { message: string }).message).toContain('Please try again a little later');
  });
});
