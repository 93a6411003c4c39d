import type { Request, Response } from 'express';
import { isHtmx } from './htmx.js';

/**
 * True when htmx asked for part of a page (a form posted by htmx, a poll) rather than a boosted
 * navigation, which wants the whole page.
 */
export function wantsFragment(req: Request): boolean {
  return isHtmx(req) && req.get('HX-Boosted') !== 'true';
}

export interface PageOrFragment {
  /** The whole page: plain browsers, boosted navigations. */
  page: string;
  /** The part htmx swaps in; omitted when, in this state, only the whole page makes sense. */
  fragment?: string | undefined;
}

/**
 * One handler, one URL, the whole page or only its fragment (the model is the same; `fragment` tells
 * the template which it is). When htmx asked for a fragment this state does not have (a poll after
 * the work finished), it gets the page with `HX-Refresh`, so the browser loads it whole.
 */
export function renderView(req: Request, res: Response, views: PageOrFragment, model: Record<string, unknown>, status = 200): void {
  // The same URL answers two ways: caches must key on the header (also set globally in app.setup).
  res.vary('HX-Request');
  const asFragment = wantsFragment(req);
  if (asFragment && !views.fragment) res.set('HX-Refresh', 'true');
  const fragment = asFragment && Boolean(views.fragment);
  res.status(status).render(fragment ? views.fragment! : views.page, { ...model, fragment });
}
