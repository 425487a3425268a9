import type { RuleIssue } from './issue.ts';
import { withoutInvisible } from './text.ts';

export type PhoneResult = { value: string | null; issue?: RuleIssue };

const NO_PHONE = new Set(['', '-', '–', '—', '0']);
// What a form or sheet writes beside the number: "WA 0812…", "HP: 0812…", "0812… (WA)".
const LABEL =
  /^(?:no\.?\s*)?(?:hp|wa|whatsapp|telp?|tlp|handphone)\b\.?\s*[:.]?\s*|\s*\((?:hp|wa|whatsapp)\)$/gi;
// Area codes of two digits after the 0 (Jakarta, Bandung, Semarang, Surabaya, Medan); all others have three.
const TWO_DIGIT_AREAS = new Set(['21', '22', '24', '31', '61']);

const invalid = (message: string): PhoneResult => ({
  value: null,
  issue: { code: 'PHONE_INVALID', message },
});

/** Reads an Indonesian phone number as people write it and returns E.164 (`+62…`); no operator-prefix check. */
export function normalizePhone(raw: unknown): PhoneResult {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === 'number') return raw === 0 ? { value: null } : fromText(String(raw));
  if (typeof raw !== 'string')
    return invalid('Isi kolom telepon tidak dapat dibaca; ketik nomor HP, mis. 0812-3456-7890.');
  return fromText(raw);
}

function fromText(raw: string): PhoneResult {
  const text = withoutInvisible(raw)
    .trim()
    .replace(/^['‘’`]/, '')
    .replace(LABEL, '')
    .trim()
    // As written for callers from abroad: the country code in brackets, "(+62) 812…", and the trunk 0 in
    // brackets after it, "+62 (0) 812…", which is not dialled with the country code.
    .replace(/^\(\s*\+\s*(\d+)\s*\)/, '+$1 ')
    .replace(/^(\+?62)\s*\(\s*0\s*\)/, '$1 ');
  if (NO_PHONE.has(text)) return { value: null };
  if (/\p{L}/u.test(text)) {
    return invalid(
      'Nomor telepon hanya boleh berisi angka; hapus huruf atau keterangan (mis. "WA") dari kolom ini.',
    );
  }
  if (!/^\+?[\d\s().-]+$/.test(text)) {
    return invalid(
      'Nomor telepon hanya boleh berisi angka, spasi, tanda + - atau kurung; isi satu nomor saja.',
    );
  }
  let digits = text.replace(/\D/g, '');
  let international = text.startsWith('+');
  // 00 is the international call prefix, as in 0062 812…
  if (!international && digits.startsWith('00')) [digits, international] = [digits.slice(2), true];
  if (international && !digits.startsWith('62')) return notIndonesian(digits);
  return fromNational(nationalNumber(digits));
}

// Strips the country code or trunk 0; a number without either lost its 0 in a spreadsheet (812…).
function nationalNumber(digits: string): string {
  if (digits.startsWith('62')) return digits.slice(2);
  if (digits.startsWith('0')) return digits.slice(1);
  return digits;
}

function fromNational(nsn: string): PhoneResult {
  if (nsn.startsWith('0')) {
    return invalid(
      'Setelah kode negara +62 tidak boleh ada angka 0; tulis +62 812… atau 0812…, bukan +62 0812….',
    );
  }
  if (nsn.length < 8) {
    return invalid(
      `Nomor telepon terlalu pendek (${nsn.length} digit setelah 0/+62, seharusnya 8–12); ` +
        'periksa digit yang hilang, dan untuk telepon rumah sertakan kode area, mis. (0341).',
    );
  }
  if (nsn.length > 12) {
    return invalid(
      `Nomor telepon terlalu panjang (${nsn.length} digit setelah 0/+62, seharusnya 8–12); ` +
        'isi satu nomor saja dan periksa digit ganda.',
    );
  }
  return { value: `+62${nsn}` };
}

function notIndonesian(digits: string): PhoneResult {
  return {
    value: null,
    issue: {
      code: 'PHONE_NOT_INDONESIAN',
      message: `Nomor diawali +${digits.slice(0, 2)}, bukan nomor Indonesia (+62); isi nomor HP atau telepon Indonesia.`,
    },
  };
}

/** Human form: mobiles `0812-3456-7890`, landlines `(0341) 551234`; other text is returned unchanged. */
export function formatPhone(e164: string): string {
  const m = /^\+62(\d+)$/.exec(e164);
  if (!m?.[1]) return e164;
  const nsn = m[1];
  if (nsn.startsWith('8')) {
    return [`0${nsn.slice(0, 3)}`, nsn.slice(3, 7), nsn.slice(7)].filter((g) => g !== '').join('-');
  }
  const area = TWO_DIGIT_AREAS.has(nsn.slice(0, 2)) ? 2 : 3;
  return `(0${nsn.slice(0, area)}) ${nsn.slice(area)}`;
}

/** `+62812****7890`: country code, first 3 digits and last 4 visible. */
export function maskPhone(e164: string | null): string | null {
  if (e164 === null) return null;
  if (e164.length <= 10) return `${e164.slice(0, 3)}${'*'.repeat(Math.max(0, e164.length - 3))}`;
  return `${e164.slice(0, 6)}${'*'.repeat(e164.length - 10)}${e164.slice(-4)}`;
}
