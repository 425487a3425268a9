import { z } from 'zod';
import { normalizeNikInput, validateNik } from '../rules/nik.ts';
import { normalizePhone } from '../rules/phone.ts';
import { IsoDate, KelurahanCode, nullableText, PageQuery, pageOf } from './common.ts';

export const EDUCATION_LEVELS = ['tidak_sekolah', 'sd', 'smp', 'sma', 'diploma', 'sarjana'] as const;

/** Owner fields as a form or an API client sends them; NIK and phone are checked with the shared rules. */
export const PersonFields = z.object({
  nik: z.string().max(40).nullish().describe('NIK 16 digit; kosong bila belum ada'),
  name: z
    .string()
    .trim()
    .min(1, 'Nama pemilik wajib diisi.')
    .max(200, 'Nama terlalu panjang (maks. 200 huruf).'),
  gender: z.enum(['L', 'P'], { error: 'Pilih jenis kelamin: L atau P.' }).nullish(),
  birthDate: IsoDate.nullish(),
  krtp: z.boolean().default(false).describe('Perempuan kepala rumah tangga (KRTP)'),
  phone: z.string().max(40).nullish().describe('Nomor HP; disimpan sebagai E.164 (+628…)'),
  street: nullableText(300),
  rt: nullableText(10),
  rw: nullableText(10),
  kelurahanCode: KelurahanCode.nullish(),
  education: z.enum(EDUCATION_LEVELS).nullish(),
  householdSize: z.number().int().min(1, 'Jumlah anggota keluarga minimal 1.').max(30).nullish(),
});

type PersonShape = z.infer<typeof PersonFields>;

/** Hard NIK and phone rules as zod issues, so the web form shows them next to the field. */
export function checkPerson(p: Partial<PersonShape>, ctx: z.RefinementCtx, prefix: (string | number)[] = []) {
  if (p.nik) {
    const n = normalizeNikInput(p.nik);
    if (n.issue)
      ctx.addIssue({
        code: 'custom',
        path: [...prefix, 'nik'],
        message: n.issue.message,
        params: { code: n.issue.code },
      });
    else if (n.value) {
      for (const e of validateNik(n.value).errors) {
        ctx.addIssue({
          code: 'custom',
          path: [...prefix, 'nik'],
          message: e.message,
          params: { code: e.code },
        });
      }
    }
  }
  if (p.phone) {
    const ph = normalizePhone(p.phone);
    if (ph.issue)
      ctx.addIssue({
        code: 'custom',
        path: [...prefix, 'phone'],
        message: ph.issue.message,
        params: { code: ph.issue.code },
      });
  }
}

export const PersonInput = PersonFields.superRefine((p, ctx) => checkPerson(p, ctx)).meta({
  id: 'PersonInput',
});
export const PersonPatch = PersonFields.partial()
  .extend({ version: z.number().int().positive().describe('Versi yang sedang diedit (kunci optimistis)') })
  .superRefine((p, ctx) => checkPerson(p, ctx))
  .meta({ id: 'PersonPatch' });

export const Person = z
  .object({
    id: z.number().int(),
    nik: z.string().nullable().describe('Tersamar (3573********0001) kecuali peran memerlukan'),
    name: z.string(),
    gender: z.enum(['L', 'P']).nullable(),
    birthDate: z.string().nullable(),
    krtp: z.boolean(),
    phone: z.string().nullable(),
    street: z.string().nullable(),
    rt: z.string().nullable(),
    rw: z.string().nullable(),
    kelurahanCode: z.string().nullable(),
    kelurahanName: z.string().nullable(),
    kecamatanName: z.string().nullable(),
    education: z.enum(EDUCATION_LEVELS).nullable(),
    householdSize: z.number().int().nullable(),
    processingRestrictedAt: z
      .string()
      .nullable()
      .describe('Persetujuan ditarik: tidak tampil di daftar, ekspor dan katalog (UU PDP)'),
    erasedAt: z.string().nullable().describe('Data pribadi dihapus atas permintaan'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Person' });

export const PersonListItem = Person.pick({
  id: true,
  nik: true,
  name: true,
  gender: true,
  krtp: true,
  kelurahanName: true,
  kecamatanName: true,
})
  .extend({ businessCount: z.number().int() })
  .meta({ id: 'PersonListItem' });

export const PersonListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional().describe('Pencarian nama (toleran salah ketik)'),
  kecamatan: z
    .string()
    .regex(/^\d{2}\.\d{2}\.\d{2}$/)
    .optional(),
  kelurahan: KelurahanCode.optional(),
  krtp: z.enum(['true', 'false']).optional(),
});

export const PersonPage = pageOf(PersonListItem).meta({ id: 'PersonPage' });

export type PersonInput = z.input<typeof PersonInput>;
export type Person = z.infer<typeof Person>;
export type PersonListItem = z.infer<typeof PersonListItem>;
export type PersonListQuery = z.infer<typeof PersonListQuery>;

export const RevealInput = z
  .object({
    field: z.enum(['nik', 'phone']),
    purpose: z.string().trim().min(5, 'Tuliskan keperluannya (minimal 5 huruf).').max(200),
  })
  .meta({ id: 'RevealInput' });
export const RevealResult = z.object({ value: z.string().nullable() }).meta({ id: 'RevealResult' });
export type RevealInput = z.infer<typeof RevealInput>;
