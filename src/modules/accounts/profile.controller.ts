import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Translate } from '../../platform/i18n/translator.js';
import { CurrentUser, type AuthUser } from '../../platform/identity/current-user.js';
import { setFlash } from '../../platform/web/flash.js';
import { seeOther } from '../../platform/web/htmx.js';
import { renderView } from '../../platform/web/render-view.js';
import { fieldErrors } from '../../platform/web/form-errors.js';
import { profileForm } from './dto/profile.form.js';
import { SENIORITIES, WORK_MODES, type User } from '../../platform/identity/user.entity.js';
import { UsersService } from '../../platform/identity/users.service.js';

interface ProfileValues {
  displayName: string;
  targetRoles: string;
  locations: string;
  workMode: string;
  seniority: string;
}

@Controller('profile')
export class ProfileController {
  constructor(private readonly users: UsersService) {}

  @Get()
  async show(@CurrentUser() me: AuthUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    const user = await this.users.get(me.id);
    this.render(req, res, 200, toValues(user), {}, user.email);
  }

  @Post()
  async update(
    @CurrentUser() me: AuthUser,
    @Body() body: Record<string, string | undefined>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const t = res.locals.t as Translate;
    const parsed = profileForm(t).safeParse(body);
    if (!parsed.success) {
      const user = await this.users.get(me.id);
      const values: ProfileValues = {
        displayName: body.displayName ?? '',
        targetRoles: body.targetRoles ?? '',
        locations: body.locations ?? '',
        workMode: body.workMode ?? 'any',
        seniority: body.seniority ?? 'unspecified',
      };
      return this.render(req, res, 422, values, fieldErrors(parsed.error), user.email);
    }
    await this.users.updateProfile(me.id, parsed.data);
    setFlash(res, 'success', t('accounts:flash.profileSaved'));
    seeOther(res, '/profile');
  }

  /** The whole page, or only the form when htmx posted the form itself (not a boosted navigation). */
  private render(req: Request, res: Response, status: number, values: ProfileValues, errors: Record<string, string>, email: string): void {
    const t = res.locals.t as Translate;
    renderView(req, res, { page: 'accounts/profile.njk', fragment: 'accounts/_profile-form.njk' }, {
      title: t('accounts:profile.title'),
      values,
      errors,
      email,
      workModes: WORK_MODES,
      seniorities: SENIORITIES,
    }, status);
  }
}

function toValues(user: User): ProfileValues {
  return {
    displayName: user.displayName,
    targetRoles: user.targetRoles.join('\n'),
    locations: user.locations.join('\n'),
    workMode: user.workMode,
    seniority: user.seniority,
  };
}
