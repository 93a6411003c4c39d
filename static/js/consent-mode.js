// Google Consent Mode v2 and the AdSense loader (promises C1, C2). The server includes this file only
// on a public page whose visitor opted in to advertising, so the defaults below are set before any
// Google tag exists: everything denied, then granted for ads because the person said yes.
(function () {
  'use strict';
  var self = document.currentScript;
  window.dataLayer = window.dataLayer || [];
  function gtag() { window.dataLayer.push(arguments); }
  gtag('consent', 'default', {
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    analytics_storage: 'denied',
    functionality_storage: 'denied',
    personalization_storage: 'denied',
    security_storage: 'granted',
  });
  // Global Privacy Control seen only by script (no Sec-GPC header reached us) is still a refusal,
  // unless the person opted in while the signal was on: that later, explicit choice overrides it.
  var gpc = navigator.globalPrivacyControl === true;
  if (!self || (gpc && self.dataset.optedInDespiteGpc !== 'true')) return;
  gtag('consent', 'update', { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
  var ads = document.createElement('script');
  ads.async = true;
  ads.crossOrigin = 'anonymous';
  ads.nonce = self.nonce;
  ads.src = self.dataset.adsSrc;
  document.head.appendChild(ads);
})();
