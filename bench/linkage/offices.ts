/** The four offices whose lists are linked, and how much of each kind of noise their data carry. */
export const OFFICES = ['dp3ap2kb', 'diskopindag', 'dinkes', 'kelurahan'] as const;
export type Office = (typeof OFFICES)[number];

export type Profile = {
  /** Chance that a true business appears in this office's list (dinkes: food businesses with a P-IRT only). */
  coverage: number;
  /** Chance a row is sent again (a re-sent file) with small differences. */
  repeat: number;
  nik: number;
  nikTypo: number;
  phone: number;
  phoneTypo: number;
  familyPhone: number;
  typo: number;
  oldSpelling: number;
  title: number;
  abbreviate: number;
  swap: number;
  streetVariant: number;
  rtRw: number;
  businessVariant: number;
  /** Turnover recorded to this many Rupiah; 0 = not collected. */
  turnoverStep: number;
  birthDate: number;
};

export const PROFILES: Record<Office, Profile> = {
  dp3ap2kb: {
    coverage: 0.75,
    repeat: 0.03,
    nik: 0.92,
    nikTypo: 0.03,
    phone: 0.75,
    phoneTypo: 0.02,
    familyPhone: 0.03,
    typo: 0.04,
    oldSpelling: 0.01,
    title: 0.03,
    abbreviate: 0.03,
    swap: 0.005,
    streetVariant: 0.3,
    rtRw: 0.97,
    businessVariant: 0.15,
    turnoverStep: 50_000,
    birthDate: 0.9,
  },
  diskopindag: {
    coverage: 0.5,
    repeat: 0.06,
    nik: 0.35,
    nikTypo: 0.03,
    phone: 0.9,
    phoneTypo: 0.03,
    familyPhone: 0.05,
    typo: 0.06,
    oldSpelling: 0.02,
    title: 0.12,
    abbreviate: 0.08,
    swap: 0.01,
    streetVariant: 0.5,
    rtRw: 0.5,
    businessVariant: 0.5,
    turnoverStep: 100_000,
    birthDate: 0,
  },
  dinkes: {
    coverage: 0.7,
    repeat: 0.02,
    nik: 0.3,
    nikTypo: 0.02,
    phone: 0.6,
    phoneTypo: 0.03,
    familyPhone: 0.08,
    typo: 0.05,
    oldSpelling: 0.02,
    title: 0.1,
    abbreviate: 0.06,
    swap: 0.01,
    streetVariant: 0.5,
    rtRw: 0.8,
    businessVariant: 0.35,
    turnoverStep: 0,
    birthDate: 0,
  },
  kelurahan: {
    coverage: 0.45,
    repeat: 0.04,
    nik: 0.2,
    nikTypo: 0.06,
    phone: 0.7,
    phoneTypo: 0.05,
    familyPhone: 0.1,
    typo: 0.12,
    oldSpelling: 0.08,
    title: 0.35,
    abbreviate: 0.1,
    swap: 0.02,
    streetVariant: 0.6,
    rtRw: 0.9,
    businessVariant: 0.45,
    turnoverStep: 500_000,
    birthDate: 0.2,
  },
};

/** Husband named as the P-IRT applicant of his wife's business in the health office's register. */
export const HUSBAND_APPLICANT = 0.5;

const MISTAKES = [
  'nikTypo',
  'phoneTypo',
  'familyPhone',
  'typo',
  'oldSpelling',
  'title',
  'abbreviate',
  'swap',
  'streetVariant',
  'businessVariant',
] as const;
const GIVEN = ['nik', 'phone', 'rtRw', 'birthDate'] as const;

/**
 * An office's profile with `factor` times its mistakes (typos, variants, titles…) and `factor` times the
 * values it leaves out (NIK, phone, RT/RW, birth date): harsher or gentler lists of the same people, to see
 * how linkage holds up on data noisier than it was tuned on.
 */
export function noisier(p: Profile, factor: number): Profile {
  if (factor === 1) return p;
  const out = { ...p };
  for (const k of MISTAKES) out[k] = Math.min(1, p[k] * factor);
  for (const k of GIVEN) out[k] = Math.max(0, 1 - (1 - p[k]) * factor);
  return out;
}
