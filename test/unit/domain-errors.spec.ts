import { type ArgumentsHost, Logger } from '@nestjs/common';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { DOMAIN_ERROR_CODES, DomainError, type DomainErrorCode } from '../../src/platform/contracts/domain-error.js';
import { CATALOGS } from '../../src/app/catalogs.js';
import { Translator } from '../../src/platform/i18n/translator.js';
import { AppExceptionFilter } from '../../src/platform/web/app-exception.filter.js';

/** The one mapping from what went wrong in a use case to what HTTP says. */
const EXPECTED: Record<DomainErrorCode, number> = {
  NOT_FOUND: 404,
  INVALID_INPUT: 422,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  TIMEOUT: 504,
  FORBIDDEN: 403,
};

// 5xx are logged by the filter; not needed here.
Logger.overrideLogger(false);

function appThrowing(error: unknown) {
  const app = express();
  const filter = new AppExceptionFilter(new Translator(CATALOGS));
  app.get('/', (req, res) => filter.catch(error, { switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as unknown as ArgumentsHost));
  return app;
}

describe('domain errors are mapped to HTTP once, in the exception filter', () => {
  it.each(DOMAIN_ERROR_CODES.map((code) => [code]))('%s', async (code) => {
    const message = `Something about ${code.toLowerCase()} the user can act on.`;
    const res = await request(appThrowing(new DomainError(code, message))).get('/').set('Accept', 'application/json');
    expect(res.status).toBe(EXPECTED[code]);
    // The message is written for the user, so it is shown — also for 503/504 (our own advice).
    expect(res.body).toMatchObject({ statusCode: EXPECTED[code], message });
  });

  it('still hides the message of an unexpected error', async () => {
    const res = await request(appThrowing(new Error('connection refused at 10.0.0.5:5432'))).get('/').set('Accept', 'application/json');
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain('10.0.0.5');
  });
});
