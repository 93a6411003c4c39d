import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { AccessService } from '../../platform/access/access.service.js';
import { CurrentUser, type AuthUser } from '../../platform/identity/current-user.js';
import { setFlash } from '../../platform/web/flash.js';
import { seeOther } from '../../platform/web/htmx.js';
import { wantsFragment } from '../../platform/web/render-view.js';
import { DocumentsService } from './documents.service.js';
import { readProfileForm, skillNames, withSkills, type FlatFields } from './dto/profile-editor.form.js';
import { jsonResumeSchema, type JsonResume } from '../../kernel/resume/json-resume.js';
import { redactWarnings, sensitiveWarnings, type SensitiveWarning } from '../../platform/privacy/sensitive-warnings.js';
import { UploadTooLargeFilter } from './upload-too-large.filter.js';
import { attachmentDisposition } from '../../platform/web/content-disposition.js';

/** Free-text fields checked for sensitive data while typing and on every render. */
const CHECKED_FIELD = /^(basics\.summary|work\.\d{1,2}\.highlights)$/;

/** JSON Resume from other tools may omit whole sections: default them instead of refusing. */
const importSchema = jsonResumeSchema.partial().extend({ basics: jsonResumeSchema.shape.basics.default({}) });

/** Longest text the live sensitive-data hint looks at; profile fields are far shorter. */
const MAX_LIVE_CHECK_CHARS = 20_000;

@Controller('documents')
export class ResumeProfileController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly access: AccessService,
  ) {}

  @Get(':id/profile')
  async show(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'profile:read', id);
    const { document, resume, edited } = await this.documents.profile(ownerId, id);
    this.render(res, 200, document.id, await this.documents.fileName(document), resume, {}, edited);
  }

  @Post(':id/profile')
  async save(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: FlatFields, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'profile:write', id);
    const { document, resume } = await this.documents.profile(ownerId, id);
    const result = readProfileForm(body, resume);
    if (Object.keys(result.errors).length > 0) return this.render(res, 422, document.id, await this.documents.fileName(document), result.resume, result.errors, true);
    await this.documents.saveProfile(ownerId, id, result.resume);
    setFlash(res, 'success', 'Your profile is saved. Analyses will use this version.');
    seeOther(res, `/documents/${id}/profile`);
  }

  /** Skills are added and removed instantly: htmx swaps the list; without JavaScript the page reloads. */
  @Post(':id/profile/skills')
  @HttpCode(200)
  async addSkill(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'profile:write', id);
    const { resume } = await this.documents.profile(ownerId, id);
    const names = skillNames(resume);
    const added = String(body.skill ?? '')
      .split(',')
      .map((s) => s.trim().slice(0, 80))
      .filter(Boolean);
    const merged = [...names];
    for (const skill of added) if (!merged.some((n) => n.toLowerCase() === skill.toLowerCase())) merged.push(skill);
    await this.documents.saveProfile(ownerId, id, withSkills(resume, merged.slice(0, 200)));
    this.skillsResponse(req, res, id, merged);
  }

  @Post(':id/profile/skills/remove')
  @HttpCode(200)
  async removeSkill(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'profile:write', id);
    const { resume } = await this.documents.profile(ownerId, id);
    const remaining = skillNames(resume).filter((n) => n.toLowerCase() !== String(body.skill ?? '').toLowerCase());
    await this.documents.saveProfile(ownerId, id, withSkills(resume, remaining));
    this.skillsResponse(req, res, id, remaining);
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
    let imported: JsonResume | undefined;
    try {
      const parsed = importSchema.parse(JSON.parse(file?.buffer.toString('utf8') ?? ''));
      imported = { basics: parsed.basics, work: [], volunteer: [], education: [], skills: [], projects: [], certificates: [], languages: [], awards: [], ...stripUndefined(parsed) };
    } catch (error) {
      const reason = error instanceof z.ZodError ? 'It does not follow the JSON Resume schema.' : 'It is not a JSON file.';
      setFlash(res, 'error', `We could not import that file. ${reason} Your profile was not changed.`);
      return seeOther(res, `/documents/${document.id}/profile`);
    }
    await this.documents.saveProfile(ownerId, id, imported);
    setFlash(res, 'success', 'Imported your JSON Resume.');
    seeOther(res, `/documents/${document.id}/profile`);
  }

  /** htmx: warnings for one free-text field while the user types. Warnings inform; they never block. */
  @Post('sensitive-check')
  @HttpCode(200)
  sensitiveCheck(@Body() body: FlatFields, @Res() res: Response): void {
    const [name, value] = checkedField(body);
    // A live hint while typing runs on the request thread: check a field-sized prefix, so a
    // megabyte pasted into one box cannot hold up other requests.
    const checked = value?.slice(0, MAX_LIVE_CHECK_CHARS);
    res.render('documents/_field-warnings.njk', { fieldName: name, warnings: checked ? sensitiveWarnings(checked) : [] });
  }

  /** htmx: one-click redaction of a free-text field; returns the field with placeholders in place. */
  @Post('sensitive-redact')
  @HttpCode(200)
  sensitiveRedact(@Body() body: FlatFields, @Res() res: Response): void {
    const [name, value] = checkedField(body);
    const { text } = redactWarnings(value, 'all');
    res.render('documents/_checked-field.njk', { field: checkedFieldView(name, text, {}) });
  }

  private skillsResponse(req: Request, res: Response, id: string, skills: string[]): void {
    if (wantsFragment(req)) return void res.render('documents/_skills.njk', { documentId: id, skills });
    seeOther(res, `/documents/${id}/profile#skills`);
  }

  private render(res: Response, status: number, id: string, fileName: string, resume: JsonResume, errors: Record<string, string>, edited: boolean): void {
    const work = [...resume.work, {}].map((w, i) => ({
      index: i,
      position: w.position ?? '',
      name: w.name ?? '',
      location: w.location ?? '',
      startDate: w.startDate ?? '',
      endDate: w.endDate ?? '',
      highlights: checkedFieldView(`work.${i}.highlights`, (w.highlights ?? []).join('\n'), errors),
    }));
    const education = [...resume.education, {}].map((e, i) => ({ index: i, ...e }));
    res.status(status).render('documents/profile.njk', {
      title: 'Structured profile',
      documentId: id,
      fileName,
      edited,
      basics: { ...resume.basics, profiles: (resume.basics.profiles ?? []).map((p) => p.url).filter(Boolean).join('\n'), city: resume.basics.location?.city, region: resume.basics.location?.region, countryCode: resume.basics.location?.countryCode },
      summary: checkedFieldView('basics.summary', resume.basics.summary ?? '', errors),
      work,
      education,
      skills: skillNames(resume),
      errors,
    });
  }
}

interface CheckedFieldView {
  name: string;
  id: string;
  value: string;
  warnings: SensitiveWarning[];
  error: string | undefined;
}

function checkedFieldView(name: string, value: string, errors: Record<string, string>): CheckedFieldView {
  return { name, id: `field-${name.replace(/\./g, '-')}`, value, warnings: value ? sensitiveWarnings(value) : [], error: errors[name] };
}

/** The field being checked: named by `field` (htmx sends the whole enclosing form), else the first checked one. */
function checkedField(body: FlatFields): [string, string] {
  const named = typeof body.field === 'string' && CHECKED_FIELD.test(body.field) ? body.field : undefined;
  const name = named ?? Object.keys(body).find((k) => CHECKED_FIELD.test(k)) ?? 'basics.summary';
  return [name, String(body[name] ?? '').slice(0, 20_000)];
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
