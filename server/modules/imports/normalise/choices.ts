import { EDUCATION_LEVELS } from '../../../../shared/contracts/people.ts';
import { normalizeSearchText } from '../../../../shared/rules/search.ts';
import type { Cell } from '../imports.types.ts';
import { cellText, isPlaceholder } from './cell.ts';
import type { Parsed } from './types.ts';

export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

const GENDERS: Record<string, 'L' | 'P'> = {
  l: 'L',
  lk: 'L',
  laki: 'L',
  lakilaki: 'L',
  laki2: 'L', // "Laki2": the doubled word written with a 2
  pria: 'L',
  male: 'L',
  m: 'L',
  bapak: 'L',
  p: 'P',
  pr: 'P',
  perempuan: 'P',
  wanita: 'P',
  female: 'P',
  f: 'P',
  w: 'P',
  ibu: 'P',
};

/** `L`/`P`, `Laki-laki`, `Perempuan`, `Pria`, `Wanita`, `Lk`, `Pr` (any case, dots, spaces). */
const genderOf = (text: string): 'L' | 'P' | undefined =>
  GENDERS[normalizeSearchText(text).replace(/ /g, '')];

export function parseGender(cell: Cell): Parsed<'L' | 'P'> {
  const text = cellText(cell);
  if (text === null || text === '-') return { value: null };
  // "Perempuan (P)": the word, else what the brackets hold; only text with brackets is read twice.
  const value =
    genderOf(text) ??
    (text.includes('(')
      ? [text.replace(/\(.*?\)/g, ' '), ...[...text.matchAll(/\((.*?)\)/g)].map((m) => m[1] ?? '')]
          .map(genderOf)
          .find((v) => v !== undefined)
      : undefined);
  if (value) return { value };
  const message = `Jenis kelamin "${text}" tidak dikenal; isi L (laki-laki) atau P (perempuan).`;
  return { value: null, issue: { code: 'GENDER_UNREADABLE', message } };
}

// A tick is how many forms mark yes; "-" in a yes/no column is a no. "x" is left out: offices use it both ways.
const YES = new Set([
  'ya',
  'y',
  'yes',
  'iya',
  'v',
  '✓',
  '✔',
  '√',
  '☑',
  '1',
  'ada',
  'sudah',
  'benar',
  'true',
  'krtp',
  // In a KRTP or "Status dalam Keluarga" column: she heads the household.
  'kepala keluarga',
  'kepala rumah tangga',
  'kk',
]);
const NO = new Set([
  'tidak',
  't',
  'tdk',
  'no',
  'n',
  'bukan',
  '0',
  'tidak ada',
  'belum',
  'belum ada',
  'false',
  '-',
  // In a "Status dalam Keluarga" column: someone else heads the household.
  'istri',
  'isteri',
  'suami',
  'anak',
  'menantu',
  'orang tua',
  'mertua',
  'famili lain',
  'cucu',
  'pembantu',
]);

/** Yes/no columns: `Ya`/`Tidak`, `Y`/`T`, `✓`, `1`/`0`, `Ada`/`Tidak ada`, `-`, and boolean cells. */
export function parseYesNo(cell: Cell): Parsed<boolean> {
  if (typeof cell === 'boolean') return { value: cell };
  const text = cellText(cell);
  if (text === null) return { value: null };
  const key = text
    .toLowerCase()
    .replace(/[.!]+$/, '')
    .trim();
  if (YES.has(key)) return { value: true };
  if (NO.has(key)) return { value: false };
  const words = normalizeSearchText(text);
  if (YES.has(words)) return { value: true };
  if (NO.has(words) || /^(?:bukan|non|tidak)\b/.test(words)) return { value: false };
  // "Ya (janda)", "Ya, cerai mati": the answer first, then why.
  const first = /^(\p{L}+)\s*[(,;:-]/u.exec(text.trim())?.[1]?.toLowerCase();
  if (first && YES.has(first)) return { value: true };
  if (first && NO.has(first)) return { value: false };
  const message = `"${text}" tidak dapat dibaca sebagai ya/tidak; isi Ya atau Tidak.`;
  return { value: null, issue: { code: 'YES_NO_UNREADABLE', message } };
}

// A level of the home-industry programme, "IR1", "IR 2 Berkembang", "Pemula": the business is one.
const IR_LEVEL = /^(?:ir\s*-?\s*[123]\b|(?:ir\s+)?(?:pemula|berkembang|maju)$)/;

// A header that asks for the level ("Level IR", "Tingkat IR", "Kategori IR"): 1, 2 and 3 are levels there.
const LEVEL_HEADER = /\b(?:level|tingkat|kategori|klasifikasi|kelas)\b/i;

/**
 * The "Industri rumahan" column: yes/no, or the business's level (`IR1`, `IR 2 Berkembang`, and 1–3 under a
 * header asking for the level), which means yes.
 */
export function parseHomeIndustry(cell: Cell, header = ''): Parsed<boolean> {
  const text =
    typeof cell === 'string' ? normalizeSearchText(cell) : typeof cell === 'number' ? String(cell) : '';
  if (IR_LEVEL.test(text) || (LEVEL_HEADER.test(header) && /^[123]$/.test(text))) return { value: true };
  return parseYesNo(cell);
}

// States in their shortest form; words around them that only say when are dropped first (see stateOf).
const ACTIVE = new Set('aktif|ya|berjalan|jalan|beroperasi|produksi|berproduksi|buka|lancar'.split('|'));
// A closed state, whatever follows it: "tutup sementara", "berhenti produksi", "vakum sejak 2020".
const CLOSED = /^(?:tutup|berhenti|bangkrut|vakum|mati|pasif|nonaktif|gulung tikar)\b/;
// "Tidak aktif", "tdk produksi", "non aktif": an active state denied; "tidak" alone answers "still running?".
const NOT = /^(?:tidak|tdk|tak|gak|nggak|ga|non)(?:\s+|$)/;
// "Sudah tidak produksi", "masih aktif", "tidak aktif lagi": when, not which state.
const WHEN = /^(?:sudah|sdh|udah|telah|masih|msh)\s+|\s+lagi$/g;

function stateOf(words: string): 'active' | 'closed' | undefined {
  const bare = words.replace(WHEN, '');
  if (ACTIVE.has(bare)) return 'active';
  if (CLOSED.test(bare)) return 'closed';
  const denied = NOT.exec(bare);
  if (denied && (denied[0] === bare || ACTIVE.has(bare.slice(denied[0].length)))) return 'closed';
  return undefined;
}

/**
 * Whether a business still runs: `Aktif`, `Masih berjalan` / `Tidak aktif`, `Sudah tidak produksi`, `Tutup`,
 * `Berhenti`, `Vakum`.
 */
export function parseBusinessStatus(cell: Cell): Parsed<'active' | 'closed'> {
  if (typeof cell === 'boolean') return { value: cell ? 'active' : 'closed' };
  const text = cellText(cell);
  if (text === null || isPlaceholder(text)) return { value: null };
  const words = normalizeSearchText(text);
  // "Tutup (pindah ke Batu)", "Aktif, musiman": the state first, then why.
  const first = normalizeSearchText(text.split(/[(,;:]/)[0] ?? '');
  const value = stateOf(words) ?? stateOf(first);
  if (value) return { value };
  const message = `Status usaha "${text}" tidak dapat dibaca; isi Aktif atau Tutup. Usaha dicatat aktif.`;
  return { value: null, issue: { code: 'STATUS_UNREADABLE', message } };
}

// Keys are the level's words without spaces, as normalizeSearchText leaves them: "d iii" → "diii".
const EDUCATION: Record<string, EducationLevel> = {
  tidaksekolah: 'tidak_sekolah',
  belumsekolah: 'tidak_sekolah',
  tidakbelumsekolah: 'tidak_sekolah',
  tidaktamatsd: 'tidak_sekolah',
  belumtamatsd: 'tidak_sekolah',
  tidaktamat: 'tidak_sekolah',
  sd: 'sd',
  mi: 'sd',
  sr: 'sd',
  sekolahdasar: 'sd',
  paketa: 'sd',
  smp: 'smp',
  sltp: 'smp',
  mts: 'smp',
  paketb: 'smp',
  sma: 'sma',
  smu: 'sma',
  smk: 'sma',
  slta: 'sma',
  ma: 'sma',
  stm: 'sma',
  smea: 'sma',
  paketc: 'sma',
  d1: 'diploma',
  d2: 'diploma',
  d3: 'diploma',
  di: 'diploma',
  dii: 'diploma',
  diii: 'diploma',
  diploma: 'diploma',
  akademi: 'diploma',
  d4: 'sarjana',
  div: 'sarjana',
  s1: 'sarjana',
  s2: 'sarjana',
  s3: 'sarjana',
  sarjana: 'sarjana',
  magister: 'sarjana',
  doktor: 'sarjana',
  // The categories of the family card (KK): "Diploma IV/Strata I", "Akademi/Diploma III/S. Muda", …
  diplomai: 'diploma',
  diplomaii: 'diploma',
  diplomaiii: 'diploma',
  diploma1: 'diploma',
  diploma2: 'diploma',
  diploma3: 'diploma',
  smuda: 'diploma',
  sarjanamuda: 'diploma',
  diplomaiv: 'sarjana',
  diploma4: 'sarjana',
  stratai: 'sarjana',
  strataii: 'sarjana',
  strataiii: 'sarjana',
  strata1: 'sarjana',
  strata2: 'sarjana',
  strata3: 'sarjana',
  madrasahibtidaiyah: 'sd',
  madrasahtsanawiyah: 'smp',
  madrasahaliyah: 'sma',
  // The madrasah's level alone, as a form often shortens it: "Aliyah", "Tsanawiyah".
  ibtidaiyah: 'sd',
  tsanawiyah: 'smp',
  aliyah: 'sma',
  smkk: 'sma',
  spg: 'sma',
};
// Words around a level that do not change it: "Tamat SD", "SMA sederajat", "lulus SMP".
const EDUCATION_NOISE = /\b(?:tamat|lulus|lulusan|sederajat|setara|sedang)\b/g;
// "Tidak tamat SMA", "belum tamat SD": the level below the one named is the highest finished.
const NOT_FINISHED = /\b(?:tidak|tdk|belum|blm)\s+(?:tamat|lulus)\b/;

/** The level one written form names: whole ("SD/MI", "D III"), or its first word after the noise. */
function levelOf(words: string): EducationLevel | null {
  const whole = EDUCATION[words.replace(/ /g, '')];
  if (whole) return whole;
  const bare = words.replace(NOT_FINISHED, ' ').replace(EDUCATION_NOISE, ' ').trim();
  const level = EDUCATION[bare.replace(/ /g, '')] ?? EDUCATION[bare.split(/\s+/)[0] ?? ''];
  if (!level || !NOT_FINISHED.test(words)) return level ?? null;
  return EDUCATION_LEVELS[Math.max(0, EDUCATION_LEVELS.indexOf(level) - 1)] ?? null;
}

/**
 * Highest schooling as the registry's levels: `SD/MI`, `SLTP`, `SMK`, `D-III`, `S1`, `Tidak tamat SD`, and
 * the family card's categories ("Diploma IV/Strata I": the highest of the forms a slash joins).
 */
export function parseEducation(cell: Cell): Parsed<EducationLevel> {
  const text = cellText(cell);
  if (text === null || text === '-') return { value: null };
  const found = (text.includes('/') ? [text, ...text.split('/')] : [text])
    .map((part) => levelOf(normalizeSearchText(part)))
    .filter((l): l is EducationLevel => l !== null);
  if (found.length > 0)
    return {
      value: found.reduce((a, b) => (EDUCATION_LEVELS.indexOf(b) > EDUCATION_LEVELS.indexOf(a) ? b : a)),
    };
  const message = `Pendidikan "${text}" tidak dikenal; isi SD, SMP, SMA, Diploma, Sarjana atau Tidak sekolah.`;
  return { value: null, issue: { code: 'EDUCATION_UNREADABLE', message } };
}
