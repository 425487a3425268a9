import { z } from 'zod';

export const ROLES = ['admin', 'operator', 'pendamping', 'enumerator', 'pimpinan', 'mitra'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  operator: 'Operator DP3AP2KB',
  pendamping: 'Pendamping IR',
  enumerator: 'Enumerator',
  pimpinan: 'Pimpinan',
  mitra: 'Mitra OPD',
};

/** What each role may do; the server checks these on every route, the web app hides what is not allowed. */
export const PERMISSIONS = {
  'registry.read': ['admin', 'operator', 'pendamping', 'enumerator'],
  'registry.write': ['admin', 'operator', 'pendamping', 'enumerator'],
  'pii.reveal': ['admin', 'operator', 'pendamping', 'enumerator'],
  'dashboard.read': ['admin', 'operator', 'pendamping', 'enumerator', 'pimpinan'],
  'areas.read': ['admin', 'operator', 'pendamping', 'enumerator', 'pimpinan', 'mitra'],
  'users.manage': ['admin'],
  'audit.read': ['admin'],
  'privacy.manage': ['admin', 'operator'],
  'breaches.manage': ['admin'],
  'registry.export': ['admin', 'operator', 'pendamping'],
  'imports.manage': ['admin', 'operator'],
  'linkage.review': ['admin', 'operator'],
  'roadmap.write': ['admin', 'operator', 'pendamping'],
  'roadmap.templates': ['admin', 'operator'],
  'referrals.update': ['admin', 'operator', 'mitra'],
  'assessments.write': ['admin', 'operator', 'pendamping', 'enumerator'],
  'rubric.manage': ['admin'],
  'programmes.manage': ['admin', 'operator'],
  // Attendance and pre/post test scores are taken by whoever runs the session, often the pendamping.
  'programmes.attend': ['admin', 'operator', 'pendamping'],
  // Gelar Produk exhibitions: run by the agency's staff; leaders and pendamping follow them.
  'exhibitions.manage': ['admin', 'operator'],
  'exhibitions.read': ['admin', 'operator', 'pendamping', 'pimpinan'],
  // The public catalogue: consent to publish, products and photos, buyer leads (a pendamping: her businesses).
  'catalogue.manage': ['admin', 'operator', 'pendamping'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export const LoginInput = z
  .object({
    username: z.string().trim().min(1, 'Isi nama pengguna.').max(60),
    password: z.string().min(1, 'Isi kata sandi.').max(200),
  })
  .meta({ id: 'LoginInput' });

export const Me = z
  .object({
    id: z.number().int(),
    username: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    scopeCode: z.string().describe('Wilayah kerja: kode kota, kecamatan atau kelurahan'),
    scopeName: z.string(),
    permissions: z.array(z.string()),
    csrfToken: z
      .string()
      .describe('Kirim dalam header X-Pilar-CSRF pada setiap permintaan yang mengubah data'),
    sessionExpiresAt: z.string(),
  })
  .meta({ id: 'Me' });

export type LoginInput = z.infer<typeof LoginInput>;
export type Me = z.infer<typeof Me>;
