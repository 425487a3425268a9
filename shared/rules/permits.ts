import type { RuleIssue } from './issue.ts';
import { withoutInvisible } from './text.ts';

export const PERMIT_TYPES = ['NIB', 'PIRT', 'HALAL', 'BPOM_MD', 'SKU', 'IUMK', 'MEREK', 'SLHS'] as const;
export type PermitType = (typeof PERMIT_TYPES)[number];

export const PERMIT_LABELS: Record<PermitType, string> = {
  NIB: 'NIB',
  PIRT: 'P-IRT',
  HALAL: 'Sertifikat Halal',
  BPOM_MD: 'BPOM MD',
  SKU: 'SKU',
  IUMK: 'IUMK',
  MEREK: 'Merek',
  SLHS: 'SLHS',
};

export type PermitCheck = {
  value: string | null;
  errors: RuleIssue[];
  warnings: RuleIssue[];
  info?: Record<string, string | number>;
};
export type PermitOptions = { today?: Date; region?: string };

const MAX_FREE_TEXT = 100;
const ok = (value: string, warnings: RuleIssue[] = [], info?: PermitCheck['info']): PermitCheck =>
  info ? { value, errors: [], warnings, info } : { value, errors: [], warnings };
const fail = (code: string, message: string): PermitCheck => ({
  value: null,
  errors: [{ code, message }],
  warnings: [],
});

/** Canonical text of a permit number plus what can be read from it; value is null whenever there are errors. */
export function normalizePermitNumber(type: PermitType, raw: string, opts: PermitOptions = {}): PermitCheck {
  // Every leading quote a spreadsheet used to keep the cell as text, so normalising twice changes nothing.
  const text = withoutInvisible(raw)
    .trim()
    .replace(/^['‘’`\s]+/, '')
    .trim();
  if (text === '') {
    return fail('PERMIT_NUMBER_REQUIRED', `Isi nomor ${PERMIT_LABELS[type]}; kolom ini tidak boleh kosong.`);
  }
  if (type === 'NIB') return nib(text);
  if (type === 'PIRT') return pirt(text, opts);
  if (type === 'BPOM_MD') return bpom(text);
  return freeText(type, text);
}

function nib(text: string): PermitCheck {
  const digits = text.replace(/^nib\s*[:.]?\s*/i, '').replace(/[\s.-]/g, '');
  if (/^\d{13}$/.test(digits)) return ok(digits);
  const found = /\D/.test(digits) ? 'berisi huruf atau tanda lain' : `yang diisi ${digits.length} digit`;
  return fail('PERMIT_NIB_FORMAT', `NIB harus 13 digit angka; ${found}. Salin NIB dari dokumen OSS.`);
}

const PIRT_PREFIX = /^(?:sp[\s-]?)?p[\s-]?irt\s*(?:no\.?|nomor)?\s*[:.]?\s*/i;

function pirt(text: string, opts: PermitOptions): PermitCheck {
  const digits = text.replace(PIRT_PREFIX, '').replace(/[\s./-]/g, '');
  if (!/^\d{15}$/.test(digits)) {
    const found = /\D/.test(digits) ? 'berisi huruf atau tanda lain' : `yang diisi ${digits.length} digit`;
    return fail('PERMIT_PIRT_FORMAT', `Nomor P-IRT harus 15 digit, ditulis 1234567890123-45; ${found}.`);
  }
  const packaging = Number(digits[0]);
  if (packaging < 1 || packaging > 8) {
    return fail(
      'PERMIT_PIRT_PACKAGING',
      `Digit pertama nomor P-IRT (jenis kemasan) harus 1–8, bukan ${packaging}; periksa kembali nomor pada sertifikat.`,
    );
  }
  const info = pirtInfo(digits);
  return ok(`${digits.slice(0, 13)}-${digits.slice(13)}`, pirtWarnings(info, opts), info);
}

function pirtInfo(digits: string) {
  const regency = digits.slice(3, 7);
  const producerSerial = digits.slice(9, 13);
  return {
    packaging: Number(digits[0]),
    foodType: digits.slice(1, 3),
    regencyCode: `${regency.slice(0, 2)}.${regency.slice(2)}`,
    productSerial: digits.slice(7, 9),
    producerSerial,
    expiryYear: 2000 + Number(digits.slice(13)),
    // Region + producer serial stay the same across one producer's certificates and renewals.
    producerKey: `${regency}${producerSerial}`,
  };
}

function pirtWarnings(info: ReturnType<typeof pirtInfo>, opts: PermitOptions): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (info.expiryYear < (opts.today ?? new Date()).getFullYear()) {
    out.push({
      code: 'PERMIT_PIRT_EXPIRED',
      message: `P-IRT ini berlaku sampai tahun ${info.expiryYear} dan sudah kedaluwarsa; bantu pemilik memperpanjang P-IRT.`,
    });
  }
  if (opts.region && info.regencyCode.replace('.', '') !== opts.region.replace('.', '')) {
    out.push({
      code: 'PERMIT_PIRT_REGION',
      message: `P-IRT ini diterbitkan untuk wilayah ${info.regencyCode}, bukan ${opts.region}; periksa digit 4–7 nomor P-IRT.`,
    });
  }
  return out;
}

function bpom(text: string): PermitCheck {
  const compact = text
    .replace(/^bpom\s*(?:ri)?\s*/i, '')
    .replace(/[\s.:-]/g, '')
    .toUpperCase();
  if (/^MD\d{12}$/.test(compact)) return ok(compact);
  return fail(
    'PERMIT_BPOM_FORMAT',
    'Nomor BPOM harus "MD" diikuti 12 digit angka, mis. MD 123456789012; periksa kembali nomor pada kemasan.',
  );
}

function freeText(type: PermitType, text: string): PermitCheck {
  const value = text.replace(/\s+/g, ' ');
  if (value.length <= MAX_FREE_TEXT) return ok(value);
  return fail(
    'PERMIT_NUMBER_TOO_LONG',
    `Nomor ${PERMIT_LABELS[type]} terlalu panjang (${value.length} karakter, maks. ${MAX_FREE_TEXT}); isi nomornya saja tanpa keterangan.`,
  );
}

/**
 * Years a permit stays valid after issue (P-IRT 5, SLHS 3); null = no fixed term. A BPJPH halal
 * certificate stays valid while ingredients and process are unchanged (UU 6/2023, PP 42/2024).
 */
export function permitValidityYears(type: PermitType): number | null {
  if (type === 'PIRT') return 5;
  if (type === 'SLHS') return 3;
  return null;
}
