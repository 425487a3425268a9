import type { LinkageConfig } from './linkage.types.ts';

/**
 * Score zones in log2 likelihood-ratio units (bits). A person needs more than name, kelurahan and gender
 * (at most 12 + 6 + 0.5 bits, less `nameAndPlaceOnly` when nothing else agrees) to link automatically; a
 * business needs product, name or permit evidence beyond what all businesses of one owner share (owner and
 * address: at most 12 bits). Why the person's link is 17.5: docs/decisions/0004-imports-and-linkage.md.
 */
export const DEFAULT_LINKAGE_CONFIG: LinkageConfig = {
  person: { link: 17.5, review: 12 },
  business: { link: 15.5, review: 10 },
};

/** Two candidates above `link` closer than this many bits go to review instead of a guess. */
export const AMBIGUITY_MARGIN = 3;

/**
 * Fixed log2(m/u) weights of outcomes whose u does not depend on the value; m and u are estimates for
 * office spreadsheets (m: share of true pairs with the outcome, u: share of other pairs).
 */
export const W = {
  nikSame: 14, // m 0.95, u ≈ 1/100 000, capped: a copied NIK of a relative happens
  nikNear: 7, // m 0.03 (one digit mistyped or two swapped), u ≈ 2e-4 (same birth date and kecamatan)
  nikDiff: -12, // m ≈ 2e-4: one person has one NIK; a twin's differs only in its serial
  birthNear: 3, // m 0.05 (day/month swapped, one digit wrong, a year off), u ≈ 0.006
  birthDiff: -5, // m 0.03, u ≈ 0.99
  // A year of birth from an age: within 2 years m ≈ 0.9, u ≈ 0.08 (owners' births spread over 60 years);
  // 6 or more years apart m ≈ 0.05 (a cadre's guess), u ≈ 0.8.
  birthYearNear: 2.5,
  birthYearFar: -4,
  genderSameP: 0.5, // m 0.98, u 0.7 (most owners are women)
  genderSameL: 1.5, // m 0.98, u 0.3
  genderDiff: -4, // m 0.02
  phoneDiff: -1.5, // m 0.3 (several numbers, changed numbers), u ≈ 1
  kelDiffKecamatan: -3, // m 0.1 (moved within the kecamatan or coded by business location)
  kelDiff: -4.5, // m 0.04
  streetNumberDiff: -1,
  numberOnlySame: 1.5,
  streetDiff: -1,
  rtRwSame: 4.5, // u ≈ 1/60 within a kelurahan
  rwSame: 0.5,
  rtRwDiff: -1.5,
  /**
   * Kelurahan, phone, street and RT/RW: a household shares them all, so together they say "same household".
   * 3 bits short of `person.link`: within a household only a name that is more than written short links.
   */
  householdCap: 14.5,
  /** The same, when one name is only part of the other: with it (≤ 6) short of `person.link`. */
  householdCapPartName: 10.5,
  /** Nothing but name, kelurahan and gender agree: at most 12 + 6 + 0.5 − 1.5 bits, under `person.link`. */
  nameAndPlaceOnly: -1.5,
  /** Another record of the candidate person has a NIK or birth date this record rules out. */
  identityClash: -12,
  nameSameHousehold: 5, // the same full name, the household shared: u ≈ 0.02 (a daughter named as her mother)
  // A name written short (Sri R. / Sri Rahayu) or mistyped, the household shared: another woman of it whose
  // name fits is likelier than one of the same full name (u ≈ 0.06), and such a record rarely has a NIK or
  // birth date to tell: just over `person.link` with the household at its cap.
  nameAbbrevHousehold: 3.5,
  nameConflict: -4.5, // one word shared, another different: Siti Aminah / Siti Rahayu (m ≈ 0.005)
  nameDiff: -6, // m 0.01
  // Businesses
  // One NIB is one business actor (OSS-RBA): her businesses share it, like her P-IRT producer digits.
  nibSame: 4,
  nibDiff: -6,
  pirtSame: 12, // the same certificate (renewals keep the first 13 digits)
  pirtProducerSame: 4, // another certificate of the producer: her other product, or her other business
  pirtProducerDiff: -4,
  permitSame: 10,
  ownerSame: 7,
  ownerRelated: 3, // the husband named on a P-IRT, or an owner still in review
  // A row's business links to the business of a woman her own match left in review: one business has one
  // owner (m ≈ 0.9; u small, a relative named on the form instead of her).
  businessSaysOwner: 6,
  ownerDiff: -6, // the owners were compared and are not one person nor one household
  /** Owner, kelurahan and address together: all of an owner's businesses share them. */
  contextCap: 12,
  /**
   * The same for two women of one household (mother and daughter, sisters), each often with a business of
   * her own in one trade: 3 bits lower, so products alone leave their two records to review.
   */
  housemateCap: 9,
  businessNameDiff: -1.5, // m ≈ 0.3: another brand or spelling in another office
  ownersNamedDiff: -6, // each name carries its own owner's name, and the owners differ (m ≈ 0.01: renamed on a hand-over)
  businessNameGeneric: 1, // both names only name the products or are common words: products carry it
  // One woman's two businesses rarely bear one name, however common ("UD Berkah", "Dapur Siti"): with the
  // owner's context at its cap, just over `business.link`; products that differ leave it to review.
  businessNameSameOwner: 4,
  // At most, for one owner's records, however rare the name in the city: u ≈ 0.1 (her other business under
  // her one brand, "Sekar Arum" for her cookies and her sewing), m ≈ 0.75; products that differ leave it to
  // review.
  businessNameSameOwnerMax: 5,
  sameFileOtherName: -4, // one file lists a business once: a second row under another name (m ≈ 0.02)
  themeSame: 3.5, // m ≈ 0.7; u ≈ 0.06 for another business of the same owner or street
  themePartial: 0.5,
  themeDiff: -2.5, // offices list different products of one business too
  /** No business name to compare and other products: owner and place tell whose business, not which. */
  unnamedOtherTheme: -3,
  /**
   * A row that names no business of its own, making what the one business the registry knows of its owner
   * makes: the cap above doubts it because she may run another, but four in five owners run one (u ≈ 0.06:
   * her second business, in a like trade, not yet listed).
   */
  onlyBusiness: 4,
  kbliSame: 1.5,
  kbliGroup: 0.5,
  kbliOtherDivision: -3,
  kbliDiff: -0.5,
} as const;
