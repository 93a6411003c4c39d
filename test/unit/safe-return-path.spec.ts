import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../../src/platform/web/htmx.js';
import { slotOf } from '../../src/platform/scheduling/scheduled-job-runner.service.js';

describe('return paths after sign-in', () => {
  it.each([
    ['/profile', '/profile'],
    ['/settings?tab=1', '/settings?tab=1'],
    ['https://evil.example/', '/dashboard'],
    ['//evil.example', '/dashboard'],
    ['/\\evil.example', '/dashboard'],
    ['/auth/callback', '/dashboard'],
    [undefined, '/dashboard'],
    [['/a', '/b'], '/dashboard'],
  ])('%j → %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});

describe('job slots', () => {
  it('are aligned to the slot length', () => {
    expect(slotOf(new Date('2026-11-23T10:59:59Z'), 60).toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(slotOf(new Date('2026-11-23T23:59:00Z'), 24 * 60).toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });
});
