import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AccessService } from '../../platform/access/access.service.js';
import { SessionTokenService } from '../../platform/identity/session-token.service.js';
import { CurrentUser, type AuthUser } from '../../platform/identity/current-user.js';
import type { Locale } from '../../platform/i18n/locale.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { setFlash } from '../../platform/web/flash.js';
import { seeOther } from '../../platform/web/htmx.js';
import { startExportDownload } from './export-download.js';
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
    const t = res.locals.t as Translate;
    res.render('compliance/settings.njk', { title: t('compliance:settings.title'), email: me.email, accessHistory, deleteConfirmation: accountDeleteConfirmation(me.email, t) });
  }

  /** "Download my data" (R1): one ZIP, streamed, nothing kept on the server. */
  @Get('export')
  async export(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    await this.dataRights.writeExport(me.id, res, () => startExportDownload(res));
  }

  @Get('delete')
  confirmDelete(@CurrentUser() me: AuthUser, @Res() res: Response): void {
    res.render('partials/delete-confirmation-page.njk', confirmationPage(accountDeleteConfirmation(me.email, res.locals.t as Translate)));
  }

  /** "Delete my account" (R2): confirmation by typing the email, then immediate sign-out and erasure. */
  @Post('delete')
  async delete(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const typed = typeof body.confirmEmail === 'string' ? body.confirmEmail.trim().toLowerCase() : '';
    if (typed !== me.email.toLowerCase()) {
      return void res
        .status(422)
        .render('partials/delete-confirmation-page.njk', confirmationPage(accountDeleteConfirmation(me.email, t), { confirmEmail: t('compliance:settings.delete.emailMismatch') }));
    }
    // The confirmation goes out in the account's saved language; this page's language if none was saved.
    await this.dataRights.eraseAccount(me.id, { confirmationLocale: res.locals.locale as Locale });
    this.tokens.clearCookie(res);
    res.locals.currentUser = undefined;
    setFlash(res, 'success', t('compliance:settings.delete.done'));
    seeOther(res, '/');
  }
}

/** The same words on the confirmation page and in the dialog on the settings page. */
function accountDeleteConfirmation(email: string, t: Translate): DeleteConfirmation {
  return {
    id: DELETE_DIALOG_ID,
    heading: t('compliance:settings.delete.confirmHeading'),
    deletes: [t('compliance:settings.delete.deletes.profile'), t('compliance:settings.delete.deletes.content'), t('compliance:settings.delete.deletes.sessions')],
    note: t('compliance:settings.delete.note'),
    action: '/settings/delete',
    buttonLabel: t('compliance:settings.delete.button'),
    cancelUrl: '/settings',
    confirmEmail: email,
    offerExport: true,
  };
}
