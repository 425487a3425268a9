import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { LinkageConfig } from './modules/linkage/linkage.types.ts';
import { DEFAULT_LINKAGE_CONFIG } from './modules/linkage/weights.ts';

const rupiah = z.coerce.number().int().positive();
// "20,12": the score (bits) from which a pair is linked, and from which it goes to review.
const zones = z
  .string()
  .transform((text) => text.split(',').map((x) => Number(x.trim())))
  .refine(
    ([link, review, ...rest]) =>
      rest.length === 0 && Number.isFinite(link) && Number.isFinite(review) && (link ?? 0) > (review ?? 0),
    {
      message: 'tulis dua angka "tautkan,tinjau", yang pertama lebih besar, mis. 20,12',
    },
  )
  .transform(([link = 0, review = 0]) => ({ link, review }));

/** Every setting Pilar reads from the environment; parsed once, frozen, and all problems listed at once. */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .describe('PostgreSQL ≥ 15; when absent the embedded server is used'),
  PILAR_DATA_DIR: z.string().default('data'),
  PILAR_DB_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PILAR_REGION: z
    .string()
    .regex(/^\d{2}\.\d{2}$/, 'PILAR_REGION harus berupa kode kabupaten/kota, mis. 35.73')
    .default('35.73'),
  PILAR_DEMO: z.enum(['auto', 'off']).default('auto'),
  PILAR_ADMIN_PASSWORD: z
    .string()
    .min(1)
    .optional()
    .describe('Password of the first admin; generated and printed once when absent'),
  PILAR_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(480),
  PILAR_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(7 * 24),
  PILAR_SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
  PILAR_JOB_STALE_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3600)
    .default(30)
    .describe('A background job whose worker has not reported for this long is started again'),
  PILAR_EXPORT_KEEP_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24)
    .describe('Exported files (which may hold personal data) are deleted after this many hours'),
  PILAR_OFFICE_NAME: z
    .string()
    .trim()
    .min(2)
    .default('DP3AP2KB')
    .describe('The office that runs Pilar, as open data names its producer (the region name follows)'),
  PILAR_OPEN_DATA_MIN_COUNT: z.coerce
    .number()
    .int()
    .min(2)
    .max(100)
    .default(5)
    .describe('Open data hides counts from 1 up to one below this number'),
  // The letterhead (kop surat) and signature block of printed reports.
  PILAR_LETTERHEAD_GOVERNMENT: z.string().trim().optional().describe('Default: PEMERINTAH + the region name'),
  PILAR_LETTERHEAD_OFFICE: z
    .string()
    .trim()
    .default('DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA'),
  PILAR_LETTERHEAD_ADDRESS: z.string().trim().default(''),
  PILAR_LETTERHEAD_LOGO: z
    .string()
    .trim()
    .refine((p) => existsSync(p), 'Berkas logo kop surat tidak ditemukan; periksa jalurnya (PNG atau JPEG).')
    .optional()
    .describe('PNG or JPEG shown at the left of the letterhead; none when absent'),
  PILAR_SIGN_PLACE: z.string().trim().optional().describe('Default: the region name without Kota/Kabupaten'),
  PILAR_SIGN_TITLE: z.string().trim().default('Kepala Dinas'),
  PILAR_SIGN_NAME: z.string().trim().default(''),
  PILAR_SIGN_NIP: z.string().trim().default(''),
  PILAR_PUBLIC_URL: z
    .string()
    .url('PILAR_PUBLIC_URL harus alamat lengkap, mis. https://pilar.malangkota.go.id')
    .optional()
    .describe('Base URL of the public catalogue in links, sitemap and QR codes; default: from the request'),
  PILAR_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  PILAR_LINKAGE_PARTIAL: z
    .enum(['on', 'off'])
    .default('on')
    .describe(
      'on: a small import links against the records its rows can meet (linkage index); off: always the whole registry',
    ),
  PILAR_LINK_PERSON: zones
    .default(DEFAULT_LINKAGE_CONFIG.person)
    .describe(
      'Person linkage zones in bits: "link,review" (above link: linked; down to review: review queue)',
    ),
  PILAR_LINK_BUSINESS: zones
    .default(DEFAULT_LINKAGE_CONFIG.business)
    .describe('Business linkage zones in bits: "link,review"'),
  // PP 7/2021 art. 35 thresholds (Rupiah): capital excluding land & buildings, and annual sales.
  PILAR_MIKRO_CAPITAL_MAX: rupiah.default(1_000_000_000),
  PILAR_MIKRO_SALES_MAX: rupiah.default(2_000_000_000),
  PILAR_KECIL_CAPITAL_MAX: rupiah.default(5_000_000_000),
  PILAR_KECIL_SALES_MAX: rupiah.default(15_000_000_000),
  PILAR_MENENGAH_CAPITAL_MAX: rupiah.default(10_000_000_000),
  PILAR_MENENGAH_SALES_MAX: rupiah.default(50_000_000_000),
});

export type SizeThresholds = {
  mikro: { capital: number; sales: number };
  kecil: { capital: number; sales: number };
  menengah: { capital: number; sales: number };
};

export type Config = Readonly<{
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  dbPort: number;
  region: string;
  demo: 'auto' | 'off';
  logLevel: string;
  /** A small import links against the records its rows can meet (PILAR_LINKAGE_PARTIAL). */
  linkagePartial: boolean;
  /** Score zones of record linkage (PILAR_LINK_PERSON, PILAR_LINK_BUSINESS). */
  linkage: LinkageConfig;
  jobStaleSeconds: number;
  exportKeepHours: number;
  officeName: string;
  letterhead: {
    government: string | undefined;
    office: string;
    address: string;
    logo: string | undefined;
    signPlace: string | undefined;
    signTitle: string;
    signName: string;
    signNip: string;
  };
  openDataMinCount: number;
  /** Base URL of the public catalogue (no trailing slash); undefined: taken from the request. */
  publicUrl: string | undefined;
  adminPassword: string | undefined;
  session: { idleMinutes: number; maxHours: number; secureCookies: 'auto' | 'true' | 'false' };
  sizeThresholds: SizeThresholds;
}>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as shells and .env files write it.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = ConfigSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Konfigurasi tidak valid:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.PILAR_DATA_DIR),
    dbPort: e.PILAR_DB_PORT,
    region: e.PILAR_REGION,
    demo: e.PILAR_DEMO,
    logLevel: e.PILAR_LOG_LEVEL,
    linkagePartial: e.PILAR_LINKAGE_PARTIAL === 'on',
    linkage: Object.freeze({ person: e.PILAR_LINK_PERSON, business: e.PILAR_LINK_BUSINESS }),
    jobStaleSeconds: e.PILAR_JOB_STALE_SECONDS,
    exportKeepHours: e.PILAR_EXPORT_KEEP_HOURS,
    officeName: e.PILAR_OFFICE_NAME,
    letterhead: Object.freeze({
      government: e.PILAR_LETTERHEAD_GOVERNMENT,
      office: e.PILAR_LETTERHEAD_OFFICE,
      address: e.PILAR_LETTERHEAD_ADDRESS,
      logo: e.PILAR_LETTERHEAD_LOGO && path.resolve(e.PILAR_LETTERHEAD_LOGO),
      signPlace: e.PILAR_SIGN_PLACE,
      signTitle: e.PILAR_SIGN_TITLE,
      signName: e.PILAR_SIGN_NAME,
      signNip: e.PILAR_SIGN_NIP,
    }),
    openDataMinCount: e.PILAR_OPEN_DATA_MIN_COUNT,
    publicUrl: e.PILAR_PUBLIC_URL?.replace(/\/+$/, ''),
    adminPassword: e.PILAR_ADMIN_PASSWORD,
    session: Object.freeze({
      idleMinutes: e.PILAR_SESSION_IDLE_MINUTES,
      maxHours: e.PILAR_SESSION_MAX_HOURS,
      secureCookies: e.PILAR_SECURE_COOKIES,
    }),
    sizeThresholds: Object.freeze({
      mikro: { capital: e.PILAR_MIKRO_CAPITAL_MAX, sales: e.PILAR_MIKRO_SALES_MAX },
      kecil: { capital: e.PILAR_KECIL_CAPITAL_MAX, sales: e.PILAR_KECIL_SALES_MAX },
      menengah: { capital: e.PILAR_MENENGAH_CAPITAL_MAX, sales: e.PILAR_MENENGAH_SALES_MAX },
    }),
  });
}
