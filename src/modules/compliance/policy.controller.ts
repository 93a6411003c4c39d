import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../platform/identity/public.decorator.js';
import { PROMISES } from './promises.js';

/** The published policies. The privacy page is rendered from the same promise list the tests prove. */
@Public()
@Controller()
export class PolicyController {
  @Get('privacy')
  privacy(@Res() res: Response): void {
    res.render('compliance/privacy.njk', { title: 'Privacy policy', groups: PROMISES });
  }

  @Get('terms')
  terms(@Res() res: Response): void {
    res.render('compliance/terms.njk', { title: 'Terms of service' });
  }

  @Get('cookies')
  cookies(@Res() res: Response): void {
    res.render('compliance/cookies.njk', { title: 'Cookie policy' });
  }
}
