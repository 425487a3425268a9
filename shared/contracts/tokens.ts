import { z } from 'zod';
import { IsoDate } from './common.ts';

export const TOKEN_ROLES = ['operator', 'pendamping', 'enumerator', 'pimpinan', 'mitra'] as const;

export const TokenInput = z
  .object({
    name: z.string().trim().min(3, 'Beri nama yang menjelaskan sistem mitra (min. 3 huruf).').max(100),
    role: z.enum(TOKEN_ROLES, { error: 'Pilih peran token (bukan admin).' }),
    scopeCode: z
      .string()
      .regex(/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/, 'Pilih wilayah: kota, kecamatan atau kelurahan.'),
    partnerOffice: z.string().trim().max(120).nullish(),
    expiresOn: IsoDate.nullish().describe('Token tidak berlaku lagi mulai tanggal ini'),
  })
  .meta({ id: 'TokenInput' });

export const Token = z
  .object({
    id: z.number().int(),
    name: z.string(),
    role: z.enum(TOKEN_ROLES),
    scopeCode: z.string(),
    scopeName: z.string(),
    partnerOffice: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'Token' });

export const TokenCreated = z
  .object({
    token: Token,
    secret: z.string().describe('Ditampilkan sekali ini saja; kirim sebagai Authorization: Bearer …'),
  })
  .meta({ id: 'TokenCreated' });

export const TokenList = z.object({ items: z.array(Token) }).meta({ id: 'TokenList' });

export type TokenInput = z.infer<typeof TokenInput>;
export type Token = z.infer<typeof Token>;
