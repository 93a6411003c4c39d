import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_NODE_FLAGS, APP_PROCESS_ENV, SERVER_ENTRY } from '../../../bench/app-process.js';

// Issue #18: without a cap V8 lets the young generation grow to 2 × 64 MB under load, memory a busy
// instance never gives back. Every way of starting Candor passes the same flags, and the benches
// measure Candor as it is started.

describe('Candor is started with the same V8 flags everywhere', () => {
  it('caps the young and the old generation, and the malloc arenas', () => {
    expect(APP_NODE_FLAGS).toContain('--max-semi-space-size=16');
    expect(APP_NODE_FLAGS).toContain('--max-old-space-size=256');
    expect(APP_PROCESS_ENV).toEqual({ MALLOC_ARENA_MAX: '2' });
  });

  it('in npm start, npm run start:prod and the container image', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    const environment = Object.entries(APP_PROCESS_ENV).map(([name, value]) => `${name}=${value}`).join(' ');
    expect(scripts.start).toBe(`${environment} exec node ${APP_NODE_FLAGS.join(' ')} ${SERVER_ENTRY}`);
    expect(scripts['start:prod']).toBe(`${environment} exec node ${APP_NODE_FLAGS.join(' ')} ${SERVER_ENTRY}`);
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    const command = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(JSON.parse(command ?? '[]')).toEqual(['node', ...APP_NODE_FLAGS, SERVER_ENTRY]);
    for (const [name, value] of Object.entries(APP_PROCESS_ENV)) expect(dockerfile).toMatch(new RegExp(`^\\s+${name}=${value}$`, 'm'));
  });
});
