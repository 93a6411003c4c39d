// Plausible pageviews without personal data (promise C3). The server includes this file only on a
// public page, when analytics are configured and allowed. The pageview reports the route pattern
// (`/jobs/:id`), never the real path, its ids or its query; and the referrer is cut to its origin,
// so the address of a previous private page never leaves with it.
(function () {
  'use strict';
  var self = document.currentScript;
  if (!self) return;
  var referrerOrigin = '';
  try {
    referrerOrigin = document.referrer ? new URL(document.referrer).origin + '/' : '';
  } catch {
    referrerOrigin = '';
  }
  // Plausible's script reads document.referrer itself; it sees the origin only.
  Object.defineProperty(document, 'referrer', { configurable: true, get: function () { return referrerOrigin; } });
  window.plausible = window.plausible || function () { (window.plausible.q = window.plausible.q || []).push(arguments); };
  window.plausible('pageview', { u: location.origin + self.dataset.route });
})();
