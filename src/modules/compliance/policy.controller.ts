import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../platform/identity/public.decorator.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { areasWithoutProcessor, processorsInUse } from './policies/processors.js';
import { PROMISES } from './promises.js';

/** Terms sections in the order they are shown; their text is in the compliance catalog. */
const TERMS_SECTIONS = ['service', 'account', 'content', 'conduct', 'advice', 'paid', 'changes', 'ending', 'liability', 'law', 'contact'] as const;

/** Cookies listed on the cookie policy, with their catalog row. */
const COOKIES = [
  { name: 'candor_session', row: 'session' },
  { name: 'candor_csrf', row: 'csrf' },
  { name: 'candor_sign_in', row: 'signIn' },
  { name: 'candor_flash', row: 'flash' },
  { name: 'candor_lang', row: 'language' },
] as const;

/**
 * The published policies, in the reader's language; each says that the Korean version prevails. The
 * privacy page is rendered from the same promise list the tests prove.
 */
@Public()
@Controller()
export class PolicyController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('privacy')
  privacy(@Res() res: Response): void {
    const t = res.locals.t as Translate;
    // The processors as configured right now (P2): what runs is what the page lists.
    const processors = processorsInUse(this.config);
    res.render('compliance/privacy.njk', { title: t('compliance:privacy.title'), groups: PROMISES, processors, withoutProcessor: areasWithoutProcessor(processors) });
  }

  @Get('terms')
  terms(@Res() res: Response): void {
    const t = res.locals.t as Translate;
    res.render('compliance/terms.njk', { title: t('compliance:terms.title'), sections: TERMS_SECTIONS });
  }

  @Get('cookies')
  cookies(@Res() res: Response): void {
    const t = res.locals.t as Translate;
    res.render('compliance/cookies.njk', { title: t('compliance:cookies.title'), cookies: COOKIES });
  }
}
