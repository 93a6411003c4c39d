import { describe, expect, it } from 'vitest';
import { decideFollowUp } from '../../../src/modules/interview/engine/follow-up.js';
import type { PlannedQuestion } from '../../../src/modules/interview/engine/interview-types.js';

const CONFLICT: PlannedQuestion = { id: 'bank:0c87ea7bd7', text: 'Tell me about a time when you had a conflict with a co-worker.', kind: 'behavioral', topic: 'conflict' };
const WHY: PlannedQuestion = { id: 'bank:x', text: 'Why product?', kind: 'behavioral', topic: 'motivation' };
const CLOSURE: PlannedQuestion = { id: 'bank:5ae1261e8d', text: 'What is a closure, and how/why would you use one?', kind: 'technical', topic: 'JavaScript' };
const KUBERNETES: PlannedQuestion = {
  id: 'skill:kubernetes',
  text: 'The role asks for Kubernetes. Walk me through a time you used it — what was the problem, what did you do, and what changed?',
  kind: 'technical',
  topic: 'Kubernetes',
};

const COMPLETE =
  'At my last job a backend engineer and I disagreed about how to roll out a new pricing API. I asked him for thirty minutes and listened first. ' +
  'I proposed a feature flag with a two-week canary, and I wrote the monitoring dashboard myself. As a result we rolled out a week early with zero incidents.';

describe('decideFollowUp', () => {
  it('asks for more when the answer is too short', () => {
    expect(decideFollowUp({ question: CONFLICT, answer: 'I had a conflict once and we sorted it out.' })?.reason).toBe('too_short');
  });

  it('asks for a concrete example when a story question gets generalities', () => {
    const answer = 'I get along with basically everyone, so I do not really have conflicts. I think communication is always the key, and you should respect other opinions and stay calm and professional whenever there is a problem.';
    expect(decideFollowUp({ question: CONFLICT, answer })?.reason).toBe('no_example');
  });

  it('asks for the personal contribution when it is “we” throughout', () => {
    const answer =
      'In my previous role a designer and our team had a disagreement about a settings page. She wanted a complete redesign. We talked about it in a meeting with our manager and we discussed the options. In the end we agreed to do a smaller version first, and it shipped.';
    expect(decideFollowUp({ question: CONFLICT, answer })?.reason).toBe('no_personal_contribution');
  });

  it('asks for the outcome when a story has no result', () => {
    const answer =
      'Last year a colleague and I disagreed about the release plan for our mobile app. I asked her to walk me through her concerns, and I wrote a short comparison of both plans. I presented it to our manager together with her, in one meeting.';
    const followUp = decideFollowUp({ question: CONFLICT, answer });
    expect(followUp).toEqual({ reason: 'no_result', text: 'What was the outcome?' });
  });

  it('brings the candidate back when the answer is off topic', () => {
    const answer = 'My favourite holiday destination is Portugal, where the beaches are wonderful and the food is cheap. I usually travel there in spring with friends and we rent bicycles along the coast for a week or so.';
    expect(decideFollowUp({ question: CONFLICT, answer })?.reason).toBe('off_topic');
  });

  it('does not call an answer to a very short question off topic from a lack of shared words', () => {
    const answer = 'I enjoy turning messy customer problems into something simple that people love to use, and I have found that I get the most energy from working between engineers, designers and customers every single day.';
    expect(decideFollowUp({ question: WHY, answer })).toBeNull();
  });

  it('asks nothing after a complete story', () => {
    expect(decideFollowUp({ question: CONFLICT, answer: COMPLETE })).toBeNull();
  });

  it('holds definition questions only to length and topic, not to a story', () => {
    const answer = 'A closure is a function together with the variables of the scope it was created in, so the inner function keeps access to them after the outer function returns. It is useful for private state, such as a counter.';
    expect(decideFollowUp({ question: CLOSURE, answer })).toBeNull();
  });

  it('grounds the follow-up in a skill the job names', () => {
    const answer = 'We used Kubernetes at my last company for our services and we moved most of them over to it during the year. We wrote deployment files and we fixed a few problems with pods restarting, and overall it went fine.';
    const followUp = decideFollowUp({ question: KUBERNETES, answer, jobText: 'Requirements: Kubernetes, Go' });
    expect(followUp?.reason).toBe('no_personal_contribution');
    const short = decideFollowUp({ question: KUBERNETES, answer: 'I used it a bit.', jobText: 'Requirements: Kubernetes, Go' });
    expect(short?.text).toContain('Kubernetes');
  });

  it('never coaches: follow-ups ask, they do not say what scores well', () => {
    const answers = ['Short.', 'We did it together and it was fine, we all worked hard on it and it went well in the end for the team and for everyone involved.', COMPLETE];
    for (const answer of answers) {
      const followUp = decideFollowUp({ question: CONFLICT, answer });
      if (followUp) {
        expect(followUp.text).toMatch(/\?$/);
        expect(followUp.text).not.toMatch(/score|STAR|metric|number|mention|include|should/i);
      }
    }
  });
});
