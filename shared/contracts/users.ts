import { z } from 'zod';
import { ROLES } from './auth.ts';
import { pageOf } from './common.ts';

const scopeCode = z
  .string()
  .regex(/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/, 'Pilih wilayah kerja: kota, kecamatan atau kelurahan.')
  .describe('Wilayah kerja pengguna');

export const UserInput = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9._-]{3,40}$/, 'Nama pengguna 3–40 huruf kecil, angka, titik, garis bawah atau strip.'),
    name: z.string().trim().min(1, 'Isi nama lengkap.').max(120),
    role: z.enum(ROLES, { error: 'Pilih peran.' }),
    scopeCode,
    partnerOffice: z.string().trim().max(120).nullish().describe('Untuk peran mitra: nama OPD/lembaga'),
    password: z.string().min(1, 'Isi kata sandi awal.').max(200),
  })
  .meta({ id: 'UserInput' });

export const UserPatch = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    role: z.enum(ROLES).optional(),
    scopeCode: scopeCode.optional(),
    partnerOffice: z.string().trim().max(120).nullish(),
    active: z.boolean().optional().describe('false = akun dinonaktifkan dan semua sesinya dicabut'),
    password: z.string().min(1).max(200).optional().describe('Kata sandi baru (diatur admin)'),
    version: z.number().int().positive(),
  })
  .meta({ id: 'UserPatch' });

export const PasswordChange = z
  .object({
    currentPassword: z.string().min(1, 'Isi kata sandi lama.'),
    newPassword: z.string().min(1, 'Isi kata sandi baru.').max(200),
  })
  .meta({ id: 'PasswordChange' });

export const User = z
  .object({
    id: z.number().int(),
    username: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    scopeCode: z.string(),
    scopeName: z.string(),
    partnerOffice: z.string().nullable(),
    active: z.boolean(),
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'User' });

export const UserPage = pageOf(User).meta({ id: 'UserPage' });

export type UserInput = z.input<typeof UserInput>;
export type UserPatch = z.input<typeof UserPatch>;
export type User = z.infer<typeof User>;
