import { z } from 'zod';
import { SENIORITIES, WORK_MODES } from '../../../platform/identity/user.entity.js';

/** Splits a textarea or comma list into distinct, trimmed entries. */
const list = (label: string) =>
  z
    .string()
    .optional()
    .default('')
    .transform((v) => [...new Set(v.split(/[\n,;]/).map((s) => s.trim()).filter(Boolean))])
    .pipe(
      z
        .array(z.string().max(80, `Each ${label} can be at most 80 characters`))
        .max(10, `List at most 10 ${label}s`),
    );

export const profileForm = z.object({
  displayName: z.string({ error: 'Enter the name you want to be shown' }).trim().min(1, 'Enter the name you want to be shown').max(120, 'Use at most 120 characters'),
  targetRoles: list('role'),
  locations: list('location'),
  workMode: z.enum(WORK_MODES, { error: 'Choose how you want to work' }),
  seniority: z.enum(SENIORITIES, { error: 'Choose a seniority level' }),
});

export type ProfileForm = z.infer<typeof profileForm>;
