import type { Kelurahan } from './demo.types.ts';
import { POPULATION, SANAN_SHOWCASE, SENTRA, type Sentra, TOTALS } from './malang.ts';
import { apportion, chooseExactly, type Random } from './random.ts';

/** One business to create: where, what kind of owner, and whether it belongs to a sentra. */
export type Slot = {
  kelurahan: Kelurahan;
  home: boolean;
  krtp: boolean;
  sentra: Sentra | null;
  showcase: boolean;
};

const sentraOf = new Map(SENTRA.map((s) => [s.kelurahan, s]));

/** Businesses per kelurahan: kecamatan by population, kelurahan with some variation, sentra a bit larger. */
function kelurahanCounts(kelurahan: readonly Kelurahan[], rnd: Random): number[] {
  const kecamatan = [...new Set(kelurahan.map((k) => k.kecamatanCode))];
  const known = kecamatan.map((c) => POPULATION[c]).filter((n) => n !== undefined);
  const fallback = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  const perKecamatan = apportion(
    TOTALS.businesses,
    kecamatan.map((c) => POPULATION[c] ?? fallback),
  );
  const counts = kelurahan.map(() => 0);
  kecamatan.forEach((code, k) => {
    const members = kelurahan.flatMap((kel, i) => (kel.kecamatanCode === code ? [i] : []));
    const weights = members.map(
      (i) => (0.7 + 0.6 * rnd.next()) * (sentraOf.has(kelurahan[i]?.code ?? '') ? 1.2 : 1),
    );
    apportion(perKecamatan[k] ?? 0, weights).forEach((n, j) => {
      counts[members[j] ?? 0] = n;
    });
  });
  return counts;
}

function shuffle<T>(list: T[], rnd: Random): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

/** Exactly TOTALS businesses, home industries and KRTP-run home industries, in random order. */
export function planSlots(kelurahan: readonly Kelurahan[], rnd: Random): Slot[] {
  if (kelurahan.length === 0) throw new RangeError('Daftar kelurahan kosong: data demo tidak dapat dibuat.');
  const counts = kelurahanCounts(kelurahan, rnd);
  const places = shuffle(
    kelurahan.flatMap((k, i) => Array.from({ length: counts[i] ?? 0 }, () => k)),
    rnd,
  );
  const home = chooseExactly(
    TOTALS.homeIndustries,
    places.map((k) => sentraOf.get(k.code)?.homeWeight ?? 1),
    rnd,
  );
  const homeIndex = places.flatMap((_, i) => (home[i] ? [i] : []));
  const krtpOfHome = chooseExactly(
    TOTALS.krtpHomeIndustries,
    homeIndex.map(() => 1),
    rnd,
  );
  const krtp = places.map(() => false);
  homeIndex.forEach((i, j) => {
    krtp[i] = krtpOfHome[j] ?? false;
  });
  const slots = places.map((k, i): Slot => {
    const sentra = sentraOf.get(k.code) ?? null;
    const joins = sentra !== null && rnd.chance(home[i] ? sentra.joinHome : sentra.joinOther);
    return {
      kelurahan: k,
      home: home[i] ?? false,
      krtp: krtp[i] ?? false,
      sentra: joins ? sentra : null,
      showcase: false,
    };
  });
  markShowcase(slots);
  return slots;
}

/** The first KRTP home industry in Purwantoro becomes the Sanan showcase business. */
function markShowcase(slots: Slot[]): void {
  const slot = slots.find((s) => s.kelurahan.code === SANAN_SHOWCASE.kelurahan && s.krtp);
  if (!slot) return;
  slot.showcase = true;
  slot.sentra = sentraOf.get(SANAN_SHOWCASE.kelurahan) ?? null;
}
