import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../platform/identity/public.decorator.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { areasWithoutProcessor, processorsInUse } from './policies/processors.js';
import { COOKIE_POLICY_DATE, COOKIE_POLICY_VERSION, cookiePolicyRows } from '../consent/index.js';
import { PolicyVersionsService } from './policies/policy-versions.service.js';
import { PROMISES } from './promises.js';
import type { Locale } from '../../platform/i18n/locale.js';

/** Terms sections in the order they are shown; their text is in the compliance catalog. */
const TERMS_SECTIONS = ['service', 'account', 'content', 'conduct', 'advice', 'paid', 'changes', 'ending', 'liability', 'law', 'contact'] as const;


/**
 * The published policies, in the reader's language; each says that the Korean version prevails. The
 * privacy page is rendered from the same promise list the tests prove.
 */
@Public()
@Controller()
export class PolicyController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policies: PolicyVersionsService,
  ) {}

  @Get('privacy')
  async privacy(@Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    // The version in effect (P1): its number and date head the page; earlier ones stay public.
    const version = await this.policies.current(res.locals.locale as Locale);
    // The processors as configured right now (P2): what runs is what the page lists.
    const processors = processorsInUse(this.config);
    res.render('compliance/privacy.njk', { title: t('compliance:privacy.title'), groups: PROMISES, processors, withoutProcessor: areasWithoutProcessor(processors), version });
  }

  @Get('terms')
  terms(@Res() res: Response): void {
    const t = res.locals.t as Translate;
    res.render('compliance/terms.njk', { title: t('compliance:terms.title'), sections: TERMS_SECTIONS });
  }

  @Get('cookies')
  cookies(@Res() res: Response): void {
    const t = res.locals.t as Translate;
    // The table is the consent module's cookie registry; the development sign-in's cookies are listed
    // wherever that sign-in can run, and never in production.
    const showsDevelopmentOnly = !this.config.isProduction && this.config.signIn.kind === 'dev';
    res.render('compliance/cookies.njk', {
      title: t('compliance:cookies.title'),
      cookieGroups: cookiePolicyRows(showsDevelopmentOnly),
      showsDevelopmentOnly,
      policyVersion: COOKIE_POLICY_VERSION,
      policyDate: new Date(`${COOKIE_POLICY_DATE}T00:00:00Z`),
    });
  }
}
