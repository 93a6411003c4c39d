/**
 * Where third-party code may appear. Advertising: only the public page kinds on this allow-list —
 * never documents, analyses, interviews, settings, sharing or staff pages, which are simply not on
 * it. Analytics: any public page (one a visitor can open without signing in).
 */
export const AD_PAGE_KINDS = {
  landing: '/',
  jobSearch: '/jobs',
  publicJob: '/jobs/:id',
} as const;
export type AdPageKind = keyof typeof AD_PAGE_KINDS;

/** The ad page kind of a route pattern (`/jobs/:id`), or undefined where ads never appear. */
export function adPageKind(routePattern: string | undefined): AdPageKind | undefined {
  if (routePattern === undefined) return undefined;
  const normalised = routePattern.length > 1 ? routePattern.replace(/\/$/, '') : routePattern;
  return (Object.keys(AD_PAGE_KINDS) as AdPageKind[]).find((kind) => AD_PAGE_KINDS[kind] === normalised);
}

/**
 * The sources Google's AdSense needs (its script, the scripts and frames it loads, its beacons), from
 * Google's published CSP guidance for AdSense. Admitted only on responses that load ads.
 */
export const ADSENSE_SOURCES = {
  script: [
    'https://pagead2.googlesyndication.com',
    'https://*.googlesyndication.com',
    'https://*.googletagservices.com',
    'https://*.google.com',
    'https://*.gstatic.com',
    'https://*.doubleclick.net',
    'https://*.adtrafficquality.google',
  ],
  frame: ['https://*.googlesyndication.com', 'https://*.doubleclick.net', 'https://*.google.com', 'https://*.adtrafficquality.google'],
  img: ['https://*.googlesyndication.com', 'https://*.doubleclick.net', 'https://*.google.com', 'https://*.gstatic.com', 'https://*.adtrafficquality.google'],
  connect: ['https://*.googlesyndication.com', 'https://*.doubleclick.net', 'https://*.google.com', 'https://*.adtrafficquality.google'],
} as const;

/** The AdSense loader for a publisher. */
export function adsenseScriptUrl(client: string): string {
  return `https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=${encodeURIComponent(client)}`;
}

/**
 * Adds sources to a Content-Security-Policy header value, directive by directive. A directive the
 * policy lacks starts from `default-src`'s sources (which it would otherwise fall back to).
 */
export function widenContentSecurityPolicy(policy: string, additions: Record<string, readonly string[]>): string {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  const fallback = directives.get('default-src') ?? [];
  for (const [name, sources] of Object.entries(additions)) {
    const current = directives.get(name) ?? [...fallback];
    directives.set(name, [...current, ...sources.filter((s) => !current.includes(s))]);
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join(';');
}
