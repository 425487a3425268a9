import { formatAddress, formatRupiah } from '../../../shared/rules/format.ts';
import { maskNik } from '../../../shared/rules/nik.ts';
import { maskPhone } from '../../../shared/rules/phone.ts';
import type { Executor } from '../../db/transaction.ts';
import { businessCards, personCards } from './reviews.repository.ts';

export type Card = { id: number; areas: string[]; fields: Record<string, string | null> };

/** Records as the review screen shows them side by side: display text per field, NIK and phone masked. */
export async function cardsOf(
  db: Executor,
  kind: 'person' | 'business',
  ids: number[],
): Promise<Map<number, Card>> {
  if (kind === 'person') {
    const rows = await personCards(db, ids);
    return new Map(
      rows.map((p) => [
        p.id,
        {
          id: p.id,
          areas: [p.kelurahan_code, ...(p.business_areas ?? '').split(' ')].filter((x): x is string => !!x),
          fields: {
            name: p.name,
            nik: maskNik(p.nik),
            gender: p.gender,
            birthDate: p.birth_date,
            phone: maskPhone(p.phone),
            address: formatAddress(p) || null,
            kelurahan: p.kelurahan_name,
            businesses: p.businesses,
          },
        },
      ]),
    );
  }
  const rows = await businessCards(db, ids);
  return new Map(
    rows.map((b) => [
      b.id,
      {
        id: b.id,
        areas: [b.kelurahan_code],
        fields: {
          name: b.name,
          products: b.products,
          owner: `${b.owner_name} (#${b.owner_id})`,
          address: formatAddress(b) || null,
          kelurahan: b.kelurahan_name,
          kbli: b.kbli_code,
          monthlyTurnover: b.monthly_turnover === null ? null : formatRupiah(b.monthly_turnover),
          workers: b.workers_total === null ? null : String(b.workers_total),
          permits: b.permits,
        },
      },
    ]),
  );
}
