import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { AccessService } from '../../platform/access/access.service.js';
import { CurrentUser, type AuthUser } from '../../platform/identity/current-user.js';
import { attachmentDisposition } from '../../platform/web/content-disposition.js';
import { setFlash } from '../../platform/web/flash.js';
import { isHtmx, seeOther } from '../../platform/web/htmx.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { DocumentsService } from './documents.service.js';
import {
  applyAction,
  checkedFieldSpec,
  fieldView,
  formStateFromResume,
  profileEditorView,
  readAction,
  readProfileForm,
  resumeFromFormState,
  type FieldErrorKey,
  type FormBody,
  type ProfileFormAction,
  type ProfileFormState,
} from './dto/profile-editor.form.js';
import type { JsonResume } from '../../kernel/resume/json-resume.js';
import { parseImportedResume } from './dto/json-resume-import.js';
import { redactChosenWarnings } from '../../platform/privacy/sensitive-warnings.js';
import { readText } from './extraction/extract-text.js';
import { UploadTooLargeFilter } from './upload-too-large.filter.js';
import { resumeBlocks, type ResumeTextHeadings } from '../../kernel/resume/resume-text.js';
import { pdfCanPrint, resumeDocx, resumePdf } from './export/resume-files.js';
import type { Document } from './document.entity.js';

/** Longest text the live sensitive-data hint looks at; profile fields are far shorter. */
const MAX_LIVE_CHECK_CHARS = 20_000;

@Controller('documents')
export class ResumeProfileController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly access: AccessService,
  ) {}

  @Get(':id/profile')
  async show(@CurrentUser() me: AuthUser, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'profile:read', id);
    const { document, resume, edited } = await this.documents.profile(ownerId, id);
    const pdfAvailable = pdfCanPrint(resumeBlocks(resume, downloadHeadings(res.locals.t as Translate)));
    this.render(req, res, 200, { documentId: document.id, fileName: await this.documents.fileName(document), edited, pdfAvailable }, formStateFromResume(resume), {});
  }

  /**
   * One form, several buttons. “Save” validates and saves everything on screen. “Add …” and
   * “Remove …” change only what is on screen and show it again (200, nothing saved), so no unsaved
   * edit is lost with or without JavaScript, and nothing is half-saved behind the user's back.
   */
  @Post(':id/profile')
  async save(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: FormBody, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'profile:write', id);
    const { document, edited, resume: saved } = await this.documents.profile(ownerId, id);
    const pdfAvailable = pdfCanPrint(resumeBlocks(saved, downloadHeadings(res.locals.t as Translate)));
    const page = { documentId: document.id, fileName: await this.documents.fileName(document), edited, pdfAvailable };
    const action = readAction(body);
    const state = applyAction(readProfileForm(body), action);
    if (action.kind !== 'save') return this.render(req, res, 200, page, state, {}, action);
    const { resume, errors } = resumeFromFormState(state);
    if (Object.keys(errors).length > 0) return this.render(req, res, 422, page, state, errors);
    await this.documents.saveProfile(ownerId, id, resume);
    const t = res.locals.t as Translate;
    setFlash(res, 'success', t('documents:flash.profileSaved'));
    // htmx swapped only the form so far; after saving, the whole page (its notes, the flash) is new.
    if (isHtmx(req) && req.get('HX-Boosted') !== 'true') return void res.set('HX-Redirect', `/documents/${id}/profile`).status(200).end();
    seeOther(res, `/documents/${id}/profile`);
  }

  /** An ATS-safe PDF of the profile as saved; Korean text goes to the DOCX (the PDF font has no Hangul yet). */
  @Get(':id/profile.pdf')
  async downloadPdf(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'profile:read', id);
    const { document, resume } = await this.documents.profile(ownerId, id);
    const t = res.locals.t as Translate;
    const headings = downloadHeadings(t);
    if (!pdfCanPrint(resumeBlocks(resume, headings))) {
      setFlash(res, 'info', t('documents:download.pdfFallback'));
      return seeOther(res, `/documents/${id}/profile.docx`);
    }
    const name = await this.downloadName(document);
    sendDownload(res, `${name}.pdf`, 'application/pdf', await resumePdf(resume, headings, name));
  }

  @Get(':id/profile.docx')
  async downloadDocx(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'profile:read', id);
    const { document, resume } = await this.documents.profile(ownerId, id);
    const name = await this.downloadName(document);
    const locale = res.locals.locale as string;
    const bytes = await resumeDocx(resume, downloadHeadings(res.locals.t as Translate), name, locale === 'ko' ? 'ko-KR' : 'en-US');
    sendDownload(res, `${name}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes);
  }

  private async downloadName(document: Document): Promise<string> {
    return (await this.documents.fileName(document)).replace(/\.[a-z]+$/, '');
  }

  /** Export in the JSON Resume standard, for use in other tools. */
  @Get(':id/profile.json')
  async exportJson(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'profile:read', id);
    const { document, resume } = await this.documents.profile(ownerId, id);
    res.set({
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': attachmentDisposition(`${(await this.documents.fileName(document)).replace(/\.[a-z]+$/, '')}.resume.json`),
      'Cache-Control': 'private, no-store',
    });
    res.send(JSON.stringify({ $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json', ...resume }, null, 2));
  }

  /** Import a JSON Resume file made elsewhere; it replaces the structured profile of this resume. */
  @Post(':id/profile/import')
  @UseFilters(UploadTooLargeFilter)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 1024 * 1024, files: 1 } }))
  async importJson(@CurrentUser() me: AuthUser, @Param('id') id: string, @UploadedFile() file: Express.Multer.File | undefined, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'profile:write', id);
    const { document } = await this.documents.profile(ownerId, id);
    const t = res.locals.t as Translate;
    let imported: JsonResume | undefined;
    try {
      imported = parseImportedResume(file?.buffer.toString('utf8') ?? '');
    } catch (error) {
      setFlash(res, 'error', error instanceof z.ZodError ? t('documents:flash.importNotSchema') : t('documents:flash.importNotJson'));
      return seeOther(res, `/documents/${document.id}/profile`);
    }
    await this.documents.saveProfile(ownerId, id, imported);
    setFlash(res, 'success', t('documents:flash.imported'));
    seeOther(res, `/documents/${document.id}/profile`);
  }

  /** htmx: warnings for one free-text field while the user types. Warnings inform; they never block. */
  @Post('sensitive-check')
  @HttpCode(200)
  async sensitiveCheck(@Body() body: FormBody, @Res() res: Response): Promise<void> {
    const [name, value] = checkedField(body);
    // A live hint while typing: a field-sized prefix is checked, in the extraction worker like every
    // other read of user text (#10), so the request thread only passes text along.
    const checked = value?.slice(0, MAX_LIVE_CHECK_CHARS);
    const warnings = checked ? (await readText(checked, { contactBlock: false })).warnings : [];
    res.render('documents/_field-warnings.njk', { fieldName: name, warnings });
  }

  /** htmx: one-click redaction of a free-text field; returns the field with placeholders in place. */
  @Post('sensitive-redact')
  @HttpCode(200)
  async sensitiveRedact(@Body() body: FormBody, @Res() res: Response): Promise<void> {
    const [name, value] = checkedField(body);
    // Found in the worker; only the replacement (a linear splice) happens here.
    const { warnings } = await readText(value, { contactBlock: false });
    const { text } = redactChosenWarnings(value, warnings, 'all');
    const [prefix, key] = [name.slice(0, name.lastIndexOf('.')), name.slice(name.lastIndexOf('.') + 1)];
    res.render('documents/_checked-field.njk', { field: fieldView(prefix, { ...checkedFieldSpec(name)!, key }, text, {}, res.locals.t as Translate) });
  }

  /** The whole page, or only the editor form when htmx posted the form itself (not a boosted navigation). */
  private render(req: Request, res: Response, status: number, page: EditorPage, state: ProfileFormState, errors: Record<string, FieldErrorKey>, lastAction?: ProfileFormAction): void {
    const fragment = isHtmx(req) && req.get('HX-Boosted') !== 'true';
    const t = res.locals.t as Translate;
    res.status(status).render(fragment ? 'documents/_profile-editor.njk' : 'documents/profile.njk', {
      title: t('documents:profile.title'),
      fragment,
      ...page,
      editor: profileEditorView(state, errors, t, lastAction),
    });
  }
}

interface EditorPage {
  documentId: string;
  fileName: string;
  edited: boolean;
  /** Whether the saved profile can be printed as a PDF (no Korean letters); otherwise only the DOCX is offered. */
  pdfAvailable: boolean;
}

/** Section headings of the downloads, in the reader's language (#11). */
function downloadHeadings(t: Translate): ResumeTextHeadings {
  const keys = ['summary', 'experience', 'projects', 'education', 'skills', 'certificates', 'awards', 'volunteer', 'publications', 'languages', 'interests', 'present'] as const;
  return Object.fromEntries(keys.map((key) => [key, t(`documents:download.headings.${key}`)])) as unknown as ResumeTextHeadings;
}

function sendDownload(res: Response, fileName: string, contentType: string, bytes: Buffer): void {
  res.set({ 'Content-Type': contentType, 'Content-Disposition': attachmentDisposition(fileName), 'Cache-Control': 'private, no-store' });
  res.send(bytes);
}

/** The field being checked: named by `field` (htmx sends the whole enclosing form), else the first checked one. */
function checkedField(body: FormBody): [string, string] {
  const isChecked = (name: unknown): name is string => typeof name === 'string' && checkedFieldSpec(name) !== undefined;
  const name = (isChecked(body.field) ? body.field : Object.keys(body).find(isChecked)) ?? 'basics.summary';
  const value = body[name];
  return [name, String((Array.isArray(value) ? value[0] : value) ?? '').slice(0, 20_000)];
}
