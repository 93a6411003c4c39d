import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccessService } from '../../platform/access/access.service.js';
import { SessionTokenService } from '../../platform/identity/session-token.service.js';
import { CurrentUser, type AuthUser } from '../../platform/identity/current-user.js';
import { setFlash } from '../../platform/web/flash.js';
import { seeOther } from '../../platform/web/htmx.js';
import { DataRightsService } from './data-rights.service.js';
import { confirmationPage, DELETE_DIALOG_ID, type DeleteConfirmation } from '../../platform/web/delete-confirmation.js';

@Controller('settings')
export class SettingsController {
  constructor(
    private readonly dataRights: DataRightsService,
    private readonly tokens: SessionTokenService,
    private readonly access: AccessService,
  ) {}

  @Get()
  async page(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    // Who else opened this person's data, on a share grant or a support case (promise H1).
    const accessHistory = await this.access.historyFor(me.id);
    res.render('compliance/settings.njk', { title: 'Settings', email: me.email, accessHistory, deleteConfirmation: accountDeleteConfirmation(me.email) });
  }

  /** "Download my data" (R1): one ZIP, streamed, nothing kept on the server. */
  @Get('export')
  async export(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    const day = new Date().toISOString().slice(0, 10);
    res.set({
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="candor-data-${day}.zip"`,
      'Cache-Control': 'no-store',
    });
    await this.dataRights.writeExport(me.id, res);
  }

  @Get('delete')
  confirmDelete(@CurrentUser() me: AuthUser, @Res() res: Response): void {
    res.render('partials/delete-confirmation-page.njk', confirmationPage(accountDeleteConfirmation(me.email)));
  }

  /** "Delete my account" (R2): confirmation by typing the email, then immediate sign-out and erasure. */
  @Post('delete')
  async delete(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const typed = typeof body.confirmEmail === 'string' ? body.confirmEmail.trim().toLowerCase() : '';
    if (typed !== me.email.toLowerCase()) {
      return void res
        .status(422)
        .render('partials/delete-confirmation-page.njk', confirmationPage(accountDeleteConfirmation(me.email), { confirmEmail: 'Type your email address exactly as shown to confirm' }));
    }
    // The account is about to go, so the confirmation follows the browser's language.
    const confirmationLocale = req.acceptsLanguages('en', 'ko') === 'ko' ? 'ko' : 'en';
    await this.dataRights.eraseAccount(me.id, { confirmationLocale });
    this.tokens.clearCookie(res);
    res.locals.currentUser = undefined;
    setFlash(res, 'success', 'Your account and all its data have been deleted.');
    seeOther(res, '/');
  }
}

/** The same words on the confirmation page and in the dialog on the settings page. */
function accountDeleteConfirmation(email: string): DeleteConfirmation {
  return {
    id: DELETE_DIALOG_ID,
    heading: 'Delete your account?',
    deletes: [
      'your profile and job preferences',
      'every document, analysis and interview you have stored',
      'your sign-in sessions: you are signed out on every device at once',
    ],
    note: 'We keep only a salted hash of your sign-in identity, separately, for six months to prevent fraud; then it is destroyed.',
    action: '/settings/delete',
    buttonLabel: 'Delete my account permanently',
    cancelUrl: '/settings',
    confirmEmail: email,
    offerExport: true,
  };
}
