import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Links in emails that act without sign-in (unsubscribe from marketing, stop a job alert, keep my
 * data): the link carries an id and an HMAC of it under the server's secret and the link's purpose,
 * so a token made for one purpose or one id opens nothing else. They only ever do what the person
 * could not object to (switch something off, keep their own data) and never show their data.
 * The token is HMAC-SHA256 of `<purpose>:<id>`, base64url: links already mailed depend on it.
 */
export class SignedLinks {
  constructor(
    private readonly secret: string,
    private readonly purpose: string,
  ) {}

  /** `path` on `origin`, with the id and its signature as `idParam` and `t`. */
  url(origin: string, path: string, idParam: string, id: string): string {
    const url = new URL(path, origin);
    url.searchParams.set(idParam, id);
    url.searchParams.set('t', this.sign(id));
    return url.href;
  }

  /** The id a link's parameters name when its signature matches; null for anything else. */
  verify(id: unknown, token: unknown): string | null {
    if (typeof id !== 'string' || typeof token !== 'string' || !UUID.test(id)) return null;
    const expected = Buffer.from(this.sign(id));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
  }

  private sign(id: string): string {
    return createHmac('sha256', this.secret).update(`${this.purpose}:${id}`).digest('base64url');
  }
}
