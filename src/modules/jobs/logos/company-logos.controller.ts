import { type ArgumentsHost, Catch, Controller, type ExceptionFilter, Get, Param, PayloadTooLargeException, Post, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../../../platform/identity/current-user.js';
import { Public } from '../../../platform/identity/public.decorator.js';
import { Roles } from '../../../platform/identity/roles.decorator.js';
import { translator, type Translate } from '../../../platform/i18n/translator.js';
import { setFlash } from '../../../platform/web/flash.js';
import { seeOther } from '../../../platform/web/htmx.js';
import { requireUuid } from '../ids.js';
import { CompanyLogosService } from './company-logos.service.js';
import { LOGO_MAX_BYTES, LOGO_MAX_SIDE, LogoRejectedError, type LogoRejection } from './logo-image.js';

/** A logo URL changes with each upload (logoUrl()), so a copy may be kept for a year. */
const LOGO_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export function logoRejectionMessage(t: Translate, reason: LogoRejection | 'missing'): string {
  return t(`jobs:logo.rejected.${reason}`, { limitKb: LOGO_MAX_BYTES / 1024, maxSide: LOGO_MAX_SIDE });
}

/** A file over the limit is stopped while it streams in; the employer is sent back to their page with the limit in plain words. */
@Catch(PayloadTooLargeException)
export class LogoTooLargeFilter implements ExceptionFilter {
  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    // The rest of the upload is not read: close the connection rather than leave it to be drained.
    res.set('Connection', 'close');
    setFlash(res, 'error', logoRejectionMessage(translator(res), 'tooLarge'));
    seeOther(res, '/employer');
  }
}

/** The acting member's company logo: upload (or replace) and remove, from the employer page. */
@Controller('employer/company/logo')
@Roles('employer')
export class CompanyLogoController {
  constructor(private readonly logos: CompanyLogosService) {}

  /** Multipart, so the CSRF token comes in the action URL (as for document uploads). */
  @Post()
  @UseFilters(LogoTooLargeFilter)
  @UseInterceptors(FileInterceptor('logo', { limits: { fileSize: LOGO_MAX_BYTES, files: 1 } }))
  async upload(@CurrentUser() me: AuthUser, @UploadedFile() file: Express.Multer.File | undefined, @Res() res: Response): Promise<void> {
    const t = translator(res);
    if (!file || file.size === 0) {
      setFlash(res, 'error', logoRejectionMessage(t, 'missing'));
      return seeOther(res, '/employer');
    }
    try {
      await this.logos.replace(me.id, file.buffer);
      setFlash(res, 'success', t('jobs:logo.flash.saved'));
    } catch (error) {
      if (!(error instanceof LogoRejectedError)) throw error;
      setFlash(res, 'error', logoRejectionMessage(t, error.reason));
    }
    seeOther(res, '/employer');
  }

  @Post('remove')
  async remove(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    const t = translator(res);
    await this.logos.remove(me.id);
    setFlash(res, 'success', t('jobs:logo.flash.removed'));
    seeOther(res, '/employer');
  }
}

/** A company's logo for anyone: company data, shown on its public page and postings. */
@Controller('companies')
export class PublicCompanyLogoController {
  constructor(private readonly logos: CompanyLogosService) {}

  @Get(':id/logo')
  @Public()
  async show(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const { bytes, type } = await this.logos.read(requireUuid(id));
    res.set({ 'Content-Type': type, 'Cache-Control': LOGO_CACHE_CONTROL, 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'", 'Cross-Origin-Resource-Policy': 'same-origin' });
    res.send(bytes);
  }
}
