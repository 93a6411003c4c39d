// A small cookie-keeping HTTP client for the HTTP benchmark: plain fetch, redirects followed by hand
// (so cookies set on each hop are kept), the CSRF token read from the page like a browser form would.

export class BrowserLikeClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly origin: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const url = path.startsWith('http') ? path : `${this.origin}${path}`;
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', this.cookieHeader());
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /** GET, following redirects; returns the final response and its body. */
  async get(path: string): Promise<{ res: Response; body: string; url: string }> {
    let url = path;
    for (let hop = 0; hop < 10; hop++) {
      const res = await this.request(url);
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.arrayBuffer();
        url = location;
        continue;
      }
      return { res, body: await res.text(), url };
    }
    throw new Error(`Too many redirects from ${path}`);
  }

  /** POSTs a form (or multipart body) and follows the redirect that answers it. */
  async post(path: string, body: URLSearchParams | FormData): Promise<{ res: Response; body: string; url: string; location: string }> {
    const res = await this.request(path, { method: 'POST', body });
    const location = res.headers.get('location');
    if (!location) throw new Error(`POST ${path} answered ${res.status} without a redirect: ${(await res.text()).slice(0, 300)}`);
    await res.arrayBuffer();
    return { ...(await this.get(location)), location };
  }
}

export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('No CSRF token on the page');
  return match[1];
}

/** Signs in through the development OpenID provider, as a person would. */
export async function signInDev(client: BrowserLikeClient, name: string, email: string): Promise<void> {
  const { body, url } = await client.get('/auth/start?next=%2Fdashboard');
  const form = new URLSearchParams({ _csrf: csrfFrom(body), name, email, action: 'sign-in' });
  const done = await client.post(url, form);
  if (!done.url.endsWith('/dashboard')) throw new Error(`Sign-in ended at ${done.url}`);
}
