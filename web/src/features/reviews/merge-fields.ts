import type { LinkReview } from '../../../../shared/contracts/reviews.ts';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import type { Decision } from '../../api/reviews.ts';
import { formatDate } from '../../i18n/format.ts';
import { hasKey, type Locale, type Translate } from '../../i18n/index.tsx';

export type Side = 'a' | 'b';

/**
 * The card's display keys an operator can choose between, and the merge fields each stands for: the card
 * shows one address line, the merge takes street, RT and RW together. Other keys (businesses, owner, permits)
 * are not chosen: they follow the kept record.
 */
const MERGE_FIELDS: Record<LinkReview['kind'], Record<string, string[]>> = {
  person: {
    name: ['name'],
    nik: ['nik'],
    gender: ['gender'],
    birthDate: ['birthDate'],
    phone: ['phone'],
    address: ['street', 'rt', 'rw'],
    kelurahan: ['kelurahanCode'],
  },
  business: {
    name: ['name'],
    products: ['products'],
    address: ['street', 'rt', 'rw'],
    kelurahan: ['kelurahanCode'],
    kbli: ['kbliCode'],
    monthlyTurnover: ['monthlyTurnover'],
    workers: ['workersTotal'],
  },
};

export const otherSide = (s: Side): Side => (s === 'a' ? 'b' : 'a');
export const isEmpty = (v: string | null | undefined) => v == null || v.trim() === '';

const mergeable = (r: LinkReview) => r.differs.filter((k) => Object.hasOwn(MERGE_FIELDS[r.kind], k));
const filledOn = (r: LinkReview, k: string) => (['a', 'b'] as const).filter((s) => !isEmpty(r[s].fields[k]));

/** Differing fields both records fill: the merge dialog asks which value wins. */
export const choosableFields = (r: LinkReview): string[] =>
  mergeable(r).filter((k) => filledOn(r, k).length === 2);

/** Differing fields only one record fills: the merge takes that value without asking. */
export const oneSidedFields = (r: LinkReview): string[] =>
  mergeable(r).filter((k) => filledOn(r, k).length === 1);

/** Each field the dialog asks about starts with the kept record's value. */
export const defaultChoices = (r: LinkReview, keep: Side): Record<string, Side> =>
  Object.fromEntries(choosableFields(r).map((k) => [k, keep]));

/** The request body: each chosen card field spread over the merge fields it stands for. */
export function mergeDecision(r: LinkReview, keep: Side, choices: Record<string, Side>): Decision {
  const fields: Record<string, Side> = {};
  for (const [key, side] of Object.entries(choices)) {
    for (const f of MERGE_FIELDS[r.kind][key] ?? []) fields[f] = side;
  }
  return { decision: 'same', keep, fields };
}

/** A card field's label: `rf.<key>` in the dictionary, or the key itself for one not known yet. */
export function cardFieldLabel(key: string, t: Translate): string {
  const k = `rf.${key}`;
  return hasKey(k) ? t(k) : key;
}

/** A card value as a person reads it: gender and dates in words, empty as a dash. */
export function cardValue(key: string, value: string | null | undefined, t: Translate, locale: Locale) {
  if (isEmpty(value)) return '–';
  const v = value as string;
  if (key === 'gender' && (v === 'P' || v === 'L')) return t(`gender.${v}`);
  if (key === 'birthDate') return formatDate(locale, v);
  return v;
}

/** An evidence weight with its sign: "+4", "−2,5". */
export const signedWeight = (w: number): string =>
  `${w > 0 ? '+' : w < 0 ? '−' : ''}${formatNumberId(Math.abs(w))}`;
