import { type ArgumentsHost, HttpStatus, Logger } from '@nestjs/common';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../src/app/catalogs.js';
import { DomainError, messageKey, ResourceNotFoundError } from '../../../src/platform/contracts/domain-error.js';
import type { Locale } from '../../../src/platform/i18n/locale.js';
import { Translator } from '../../../src/platform/i18n/translator.js';
import { AppExceptionFilter } from '../../../src/platform/web/app-exception.filter.js';
import { TranslatableHttpException } from '../../../src/platform/web/translatable-http-exception.js';

Logger.overrideLogger(false);
const translator = new Translator(CATALOGS);

/** An app whose one route fails with `error`, for a reader of `locale` (as the locale middleware sets it up). */
function appThrowing(error: unknown, locale: Locale) {
  const app = express();
  const filter = new AppExceptionFilter(translator);
  app.get('/', (req, res) => {
    res.locals.t = translator.forLocale(locale);
    filter.catch(error, { switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as unknown as ArgumentsHost);
  });
  return app;
}

const messageOf = async (error: unknown, locale: Locale): Promise<unknown> =>
  ((await request(appThrowing(error, locale)).get('/').set('Accept', 'application/json')).body as { message?: unknown }).message;

describe('error messages in the reader’s language', () => {
  it('a domain error with a catalog key is shown in Korean, and keeps its English message for logs', async () => {
    const error = new DomainError('RATE_LIMITED', 'You have done that many times in the last hour. Please try again a little later.', {
      messageKey: messageKey('errors.tooManyThisHour'),
    });
    expect(error.message).toBe('You have done that many times in the last hour. Please try again a little later.');
    expect(await messageOf(error, 'ko')).toBe('지난 1시간 동안 이 작업을 너무 많이 했어요. 조금 있다가 다시 시도해 주세요.');
    expect(await messageOf(error, 'en')).toBe(error.message);
  });

  it('passes parameters to the message', async () => {
    const error = new DomainError('NOT_FOUND', 'Not Found', { messageKey: messageKey('cli.grantRole.noAccount', { email: 'a@example.com' }) });
    expect(await messageOf(error, 'ko')).toBe('a@example.com 주소를 쓰는 계정이 없어요. 해당 사용자가 먼저 한 번 로그인해야 해요.');
  });

  it('“not found” is translated, and the same for every id', async () => {
    expect(await messageOf(new ResourceNotFoundError(), 'ko')).toBe('찾을 수 없어요.');
    expect(await messageOf(new ResourceNotFoundError(), 'en')).toBe('Not Found');
  });

  it('a domain error without a key is shown as written', async () => {
    expect(await messageOf(new DomainError('CONFLICT', 'That changed meanwhile. Reload and try again.'), 'ko')).toBe('That changed meanwhile. Reload and try again.');
  });

  it('an HTTP error of the web layer (a 429 of the upload limit, a 400 for a body that is not a form) is translated', async () => {
    const uploads = new TranslatableHttpException(HttpStatus.TOO_MANY_REQUESTS, 'You have uploaded a lot in a short time. Please wait a few minutes and try again.', messageKey('errors.tooManyUploads'));
    expect(await messageOf(uploads, 'ko')).toBe('짧은 시간에 너무 많이 올렸어요. 몇 분 기다린 뒤 다시 시도해 주세요.');
    expect(await messageOf(uploads, 'en')).toBe(uploads.message);
    const notAForm = new TranslatableHttpException(HttpStatus.BAD_REQUEST, 'We expected the fields of a form here. Please use the form on the page.', messageKey('errors.notAForm'));
    const res = await request(appThrowing(notAForm, 'ko')).get('/').set('Accept', 'application/json');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: '요청에 문제가 있어요', message: '여기에는 양식의 입력값이 와야 해요. 페이지에 있는 양식을 이용해 주세요.' });
  });
});
