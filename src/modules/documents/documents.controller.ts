import { Body, Controller, Get, Inject, Param, Post, Req, Res, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { AccessService } from '../../platform/access/access.service.js';
import { CurrentUser, type AuthUser } from '../../platform/identity/current-user.js';
import { setFlash } from '../../platform/web/flash.js';
import { seeOther } from '../../platform/web/htmx.js';
import { toRow } from './document-row.js';
import { DOCUMENT_CATEGORIES } from './document.entity.js';
import { DocumentsService } from './documents.service.js';
import { uploadForm } from './dto/upload.form.js';
import { DocumentRejectedError } from './extraction/extract-text.js';
import { translator, type Translate } from '../../platform/i18n/translator.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { markedText, redactChosenWarnings } from '../../platform/privacy/sensitive-warnings.js';
import { attachmentDisposition } from '../../platform/web/content-disposition.js';
import { confirmationPage, DELETE_DIALOG_ID, type DeleteConfirmation } from '../../platform/web/delete-confirmation.js';
import type { DocumentRow } from './document-row.js';
import { isUploadScript, UploadTooLargeFilter } from './upload-too-large.filter.js';
import { UploadThrottlerGuard } from './upload-throttler.guard.js';
import { PageDataCache } from '../../platform/web/page-data-cache.js';

/** Uploads are held in memory (never on disk in plaintext) and stopped at the configured size limit (MulterModule in DocumentsModule). */
const uploadInterceptor = FileInterceptor('file');

@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly access: AccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pages: PageDataCache,
  ) {}

  @Get()
  async index(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    await this.renderIndex(me, res, 200, {});
  }

  @Post()
  @UseGuards(UploadThrottlerGuard)
  @UseFilters(UploadTooLargeFilter)
  @UseInterceptors(uploadInterceptor)
  async upload(
    @CurrentUser() me: AuthUser,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const t = translator(res);
    const parsed = uploadForm.safeParse(body);
    if (!parsed.success) return this.refuseUpload(me, req, res, { category: t('documents:flash.chooseCategory') }, body);
    if (!file || file.size === 0) return this.refuseUpload(me, req, res, { file: t('documents:flash.chooseFile') }, body);
    try {
      const document = await this.documents.upload(me.id, parsed.data.category, { originalName: file.originalname, bytes: file.buffer });
      setFlash(res, 'success', t('documents:flash.uploaded', { name: await this.documents.fileName(document) }));
      const next = document.category === 'resume' ? `/documents/${document.id}/profile` : `/documents/${document.id}`;
      // The progress script uploads with XMLHttpRequest, which would follow a redirect by itself and
      // use up the flash message; it gets the next location instead and navigates there.
      if (isUploadScript(req)) return void res.status(201).json({ location: next });
      seeOther(res, next);
    } catch (error) {
      if (!(error instanceof DocumentRejectedError)) throw error;
      return this.refuseUpload(me, req, res, { file: rejectionMessage(t, error) }, body);
    }
  }

  @Get(':id')
  async show(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'document:read', id);
    const document = await this.documents.get(ownerId, id);
    const text = await this.documents.text(ownerId, id);
    // Found once, in the worker, when the text was written: a view runs no detection.
    const { warnings, personalNotes } = await this.documents.reading(ownerId, id);
    const fileName = await this.documents.fileName(document);
    const row = toRow(document, fileName);
    res.render('documents/show.njk', {
      title: fileName,
      document: { ...row, pages: document.pageCount, columns: document.columnCount },
      deleteConfirmation: deleteConfirmation(translator(res), row),
      textSegments: markedText(text, warnings, personalNotes),
      warnings: warnings.filter((w) => !w.expected),
      notes: warnings.filter((w) => w.expected),
      personalNotes,
      limitMb: Math.round(this.config.uploadMaxBytes / 1048576),
    });
  }

  @Get(':id/download')
  async download(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'document:read', id);
    const { document, bytes } = await this.documents.original(ownerId, id);
    res.set({
      'Content-Type': document.mediaType,
      'Content-Disposition': attachmentDisposition(await this.documents.fileName(document)),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.send(bytes);
  }

  @Post(':id/replace')
  @UseGuards(UploadThrottlerGuard)
  @UseFilters(UploadTooLargeFilter)
  @UseInterceptors(uploadInterceptor)
  async replace(
    @CurrentUser() me: AuthUser,
    @Param('id') id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const { ownerId } = await this.access.require(me, 'document:write', id); // 404 before anything else for someone else's id
    const t = translator(res);
    if (!file || file.size === 0) {
      setFlash(res, 'error', t('documents:flash.chooseReplacement'));
      return seeOther(res, `/documents/${id}`);
    }
    try {
      const document = await this.documents.replace(ownerId, id, { originalName: file.originalname, bytes: file.buffer });
      setFlash(res, 'success', t('documents:flash.replaced', { name: await this.documents.fileName(document) }));
    } catch (error) {
      if (!(error instanceof DocumentRejectedError)) throw error;
      setFlash(res, 'error', t('documents:flash.notChanged', { reason: rejectionMessage(t, error) }));
    }
    seeOther(res, `/documents/${id}`);
  }

  @Get(':id/delete')
  async confirmDelete(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'document:write', id);
    const document = await this.documents.get(ownerId, id);
    const row = toRow(document, await this.documents.fileName(document));
    res.render('partials/delete-confirmation-page.njk', confirmationPage(deleteConfirmation(translator(res), row)));
  }

  @Post(':id/delete')
  async delete(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'document:write', id);
    const fileName = await this.documents.fileName(await this.documents.get(ownerId, id));
    await this.documents.delete(ownerId, id);
    const t = translator(res);
    setFlash(res, 'success', t('documents:flash.deleted', { name: fileName }));
    seeOther(res, '/documents');
  }

  /** One-click redaction of sensitive data in Candor's copy of the text (the original file is unchanged). */
  @Post(':id/redact')
  async redact(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'document:write', id);
    const text = await this.documents.text(ownerId, id);
    const ids = body.finding === 'all' ? 'all' : ([] as unknown[]).concat(body.finding ?? []).filter((v): v is string => typeof v === 'string');
    // The stored warnings are the ones the page showed; the new text gets its reading in the worker.
    const { warnings } = await this.documents.reading(ownerId, id);
    const result = redactChosenWarnings(text, warnings, ids);
    if (result.redacted > 0) await this.documents.updateText(ownerId, id, result.text);
    const t = translator(res);
    setFlash(res, 'success', t('documents:flash.redacted', { count: result.redacted }));
    seeOther(res, `/documents/${id}`);
  }

  /**
   * The plain upload form carries its CSRF token in the action URL (its multipart body is read only
   * after the check), so a page rendered in answer would leave the token in the address bar. The
   * browser's form therefore gets a 303 back to the clean page with the message; the upload script,
   * which posts in the background, gets the 422 page and shows it in place.
   */
  private async refuseUpload(me: AuthUser, req: Request, res: Response, errors: Record<string, string>, values: Record<string, unknown>): Promise<void> {
    if (isUploadScript(req)) return this.renderIndex(me, res, 422, errors, values);
    setFlash(res, 'error', Object.values(errors).join(' '));
    seeOther(res, '/documents');
  }

  private async renderIndex(me: AuthUser, res: Response, status: number, errors: Record<string, string>, values: Record<string, unknown> = {}): Promise<void> {
    const t = translator(res);
    const documents = await this.pages.view(me, 'documents', '', () => this.documents.listRows(me.id));
    res.status(status).render('documents/index.njk', {
      title: t('documents:list.title'),
      documents,
      errors,
      values,
      categories: DOCUMENT_CATEGORIES,
      limitMb: Math.round(this.config.uploadMaxBytes / 1048576),
    });
  }
}

/** The request's translate function (the locale middleware puts it in `res.locals`). */

/** A rejection in the reader's language (its English `message` is for the CLI). */
function rejectionMessage(t: Translate, error: DocumentRejectedError): string {
  return t(`documents:rejected.${error.reason.key}`, error.reason.params);
}

/** The same words on the confirmation page and in the dialog on the document's page. */
function deleteConfirmation(t: Translate, document: DocumentRow): DeleteConfirmation {
  return {
    id: DELETE_DIALOG_ID,
    heading: t('documents:delete.heading', { name: document.fileName }),
    deletes: [document.isResume ? t('documents:delete.deletesResume') : t('documents:delete.deletes')],
    action: `/documents/${document.id}/delete`,
    buttonLabel: t('documents:delete.button'),
    cancelUrl: `/documents/${document.id}`,
  };
}
