import { eventDays } from '../../../shared/contracts/exhibitions.ts';
import { resultText } from '../exhibitions/results.ts';
import type { DemoBusiness, DemoData } from './demo.types.ts';
import { WOMEN_FIRST, WOMEN_SECOND } from './names.ts';
import { createRandom, type Random } from './random.ts';

/** Rows of the 0014 migration (and booth leads of 0013), ids assigned 1..n. */
export type DemoExhibition = {
  id: number;
  name: string;
  start_date: string;
  end_date: string;
  venue: string;
  organiser: string;
  quota: number;
  criteria: string;
  criteria_filter: string;
  status: 'rencana' | 'selesai';
  closed_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
};
export type DemoExhibitionParticipant = {
  id: number;
  exhibition_id: number;
  business_id: number;
  invitation: 'diundang' | 'dikonfirmasi' | 'menolak';
  booth_code: string | null;
  responded_at: string | null;
  result_written_at: string | null;
  invited_by: string;
  created_at: string;
  updated_at: string;
};
export type DemoExhibitionDay = {
  participant_id: number;
  day: string;
  present: boolean;
  sales_amount: number | null;
  items: number | null;
  recorded_by: string;
  updated_at: string;
};
export type DemoLead = {
  id: number;
  business_id: number;
  source: 'pameran';
  event_id: number;
  buyer_name: string;
  buyer_phone: string | null;
  buyer_email: string | null;
  message: string | null;
  consented_at: string;
  status: 'baru' | 'dihubungi' | 'jadi';
  recorded_by: string;
  created_at: string;
  updated_at: string;
};
/** The result each attendee of the finished event gets as an outcome measure (no roadmap is touched). */
export type DemoExhibitionResult = { business_id: number; measured_on: string; note: string };

export type DemoExhibitions = {
  exhibitions: DemoExhibition[];
  participants: DemoExhibitionParticipant[];
  days: DemoExhibitionDay[];
  leads: DemoLead[];
  results: DemoExhibitionResult[];
};

const OFFICER = 'Operator DP3AP2KB (data demo)';
const FINISHED = {
  name: 'Gelar Produk Industri Rumahan 2026',
  start: '2026-08-14',
  end: '2026-08-16',
  venue: 'Halaman Balai Kota Malang, Jl. Tugu No. 1',
  quota: 40,
  invited: 48,
  declined: 5,
};
const UPCOMING = {
  name: 'Pameran Produk Unggulan Akhir Tahun 2026',
  start: '2026-12-18',
  end: '2026-12-19',
  venue: 'Gedung Kartini, Jl. Kartini No. 2, Klojen',
  quota: 30,
  invited: 25,
  confirmed: 10,
  declined: 2,
};
const MESSAGES = [
  'Minta daftar harga untuk titip jual di toko oleh-oleh.',
  'Pesan untuk hajatan bulan depan, sekitar 100 kotak.',
  'Tertarik jadi reseller di Surabaya.',
  'Minta contoh kemasan untuk kantor.',
  null,
];

const at = (day: string, hour: number) => `${day}T${String(hour - 7).padStart(2, '0')}:00:00Z`;

/** Draws n businesses of the pool, each once and not one already taken, in a stable shuffled order. */
function draw(pool: DemoBusiness[], n: number, taken: Set<number>, rnd: Random): DemoBusiness[] {
  const picked: DemoBusiness[] = [];
  const left = pool.filter((b) => !taken.has(b.id));
  while (picked.length < n && left.length) {
    const [b] = left.splice(rnd.int(0, left.length - 1), 1) as [DemoBusiness];
    taken.add(b.id);
    picked.push(b);
  }
  return picked;
}

/**
 * Home industries that exhibit: the finished Gelar Produk took food businesses with a P-IRT and crafts,
 * apparel and wood; the upcoming one invites food businesses with a P-IRT only (its criteria).
 */
function candidates(data: DemoData, rnd: Random) {
  const pirt = new Set(data.permits.filter((p) => p.type === 'PIRT').map((p) => p.business_id));
  const food = data.businesses.filter((b) => b.home_industry && b.sector === 'pangan' && pirt.has(b.id));
  const crafts = data.businesses.filter(
    (b) => b.home_industry && ['kerajinan', 'sandang', 'kayu'].includes(b.sector),
  );
  const taken = new Set<number>();
  return {
    finished: draw([...food, ...crafts], FINISHED.invited, taken, rnd),
    upcoming: draw(food, UPCOMING.invited, taken, rnd),
  };
}

/** Sales of one present day: Rp 100.000 to about Rp 3 juta, rounded to Rp 5.000, and the items sold. */
function daySales(rnd: Random): { amount: number; items: number | null } {
  const amount = Math.max(100_000, Math.round(Math.exp(rnd.normal(13.3, 0.7)) / 5000) * 5000);
  const price = rnd.pick([10_000, 15_000, 25_000, 35_000, 50_000]);
  return { amount, items: rnd.chance(0.8) ? Math.max(1, Math.round(amount / price)) : null };
}

function buyer(rnd: Random, n: number) {
  const name = `${rnd.pick(WOMEN_FIRST)} ${rnd.pick(WOMEN_SECOND)}`;
  const phone = rnd.chance(0.85) ? `+62812${String(7_000_000 + n * 7919).padStart(7, '0')}` : null;
  return { name, phone, email: phone ? null : `pembeli${n}@contoh.id` };
}

/**
 * One finished Gelar Produk earlier in 2026 (about 40 confirmed participants with booths, attendance and
 * sales per day, a few buyer leads, and each attendee's result as an outcome measure) and one upcoming
 * exhibition with invitations. The same registry gives the same events.
 */
export function generateExhibitions(data: DemoData): DemoExhibitions {
  const rnd = createRandom(20_260_814);
  const chosen = candidates(data, rnd);
  const filter = JSON.stringify({ homeIndustry: 'true', sector: 'pangan', permit: 'PIRT' });
  const exhibitions: DemoExhibition[] = [
    {
      id: 1,
      name: FINISHED.name,
      start_date: FINISHED.start,
      end_date: FINISHED.end,
      venue: FINISHED.venue,
      organiser: 'DP3AP2KB Kota Malang',
      quota: FINISHED.quota,
      criteria: 'Industri rumahan makanan dengan P-IRT, serta kerajinan, sandang dan kayu; diutamakan IR 2.',
      criteria_filter: filter,
      status: 'selesai',
      closed_at: at(FINISHED.end, 20),
      created_by: OFFICER,
      created_at: at('2026-07-01', 9),
      updated_at: at(FINISHED.end, 20),
    },
    {
      id: 2,
      name: UPCOMING.name,
      start_date: UPCOMING.start,
      end_date: UPCOMING.end,
      venue: UPCOMING.venue,
      organiser: 'DP3AP2KB bersama Diskopindag Kota Malang',
      quota: UPCOMING.quota,
      criteria: 'Industri rumahan makanan yang sudah memiliki P-IRT.',
      criteria_filter: filter,
      status: 'rencana',
      closed_at: null,
      created_by: OFFICER,
      created_at: at('2026-11-10', 10),
      updated_at: at('2026-11-10', 10),
    },
  ];
  const out: DemoExhibitions = { exhibitions, participants: [], days: [], leads: [], results: [] };
  const days = eventDays(FINISHED.start, FINISHED.end);
  chosen.finished.forEach((b, i) => {
    const confirmed = i < FINISHED.quota;
    const declined = !confirmed && i < FINISHED.quota + FINISHED.declined;
    const id = out.participants.length + 1;
    out.participants.push({
      id,
      exhibition_id: 1,
      business_id: b.id,
      invitation: confirmed ? 'dikonfirmasi' : declined ? 'menolak' : 'diundang',
      booth_code: confirmed ? `A-${String(i + 1).padStart(2, '0')}` : null,
      responded_at: confirmed || declined ? at('2026-07-20', 10) : null,
      result_written_at: null,
      invited_by: OFFICER,
      created_at: at('2026-07-06', 9),
      updated_at: at(FINISHED.end, 20),
    });
    if (!confirmed) return;
    const absentAll = i % 19 === 7;
    let sales = 0;
    let items = 0;
    let present = 0;
    for (const day of days) {
      const here = !absentAll && rnd.chance(0.9);
      const s = here ? daySales(rnd) : { amount: null, items: null };
      out.days.push({
        participant_id: id,
        day,
        present: here,
        sales_amount: s.amount,
        items: s.items,
        recorded_by: OFFICER,
        updated_at: at(day, 17),
      });
      if (here) present++;
      sales += s.amount ?? 0;
      items += s.items ?? 0;
    }
    let leads = 0;
    if (present && rnd.chance(0.25)) {
      leads = rnd.int(1, 2);
      for (let k = 0; k < leads; k++) {
        const n = out.leads.length + 1;
        const who = buyer(rnd, n);
        const day = rnd.pick(days);
        out.leads.push({
          id: n,
          business_id: b.id,
          source: 'pameran',
          event_id: 1,
          buyer_name: who.name,
          buyer_phone: who.phone,
          buyer_email: who.email,
          message: rnd.pick(MESSAGES),
          consented_at: at(day, 14),
          status: rnd.pick(['baru', 'dihubungi', 'jadi'] as const),
          recorded_by: OFFICER,
          created_at: at(day, 14),
          updated_at: at(day, 14),
        });
      }
    }
    if (present) {
      (out.participants[id - 1] as DemoExhibitionParticipant).result_written_at = at(FINISHED.end, 20);
      out.results.push({
        business_id: b.id,
        measured_on: FINISHED.end,
        note: resultText(FINISHED.name, { sales, items, leads, days_present: present }, days.length),
      });
    }
  });
  chosen.upcoming.forEach((b, i) => {
    const confirmed = i < UPCOMING.confirmed;
    const declined = !confirmed && i < UPCOMING.confirmed + UPCOMING.declined;
    out.participants.push({
      id: out.participants.length + 1,
      exhibition_id: 2,
      business_id: b.id,
      invitation: confirmed ? 'dikonfirmasi' : declined ? 'menolak' : 'diundang',
      booth_code: confirmed ? `B-${String(i + 1).padStart(2, '0')}` : null,
      responded_at: confirmed || declined ? at('2026-11-20', 10) : null,
      result_written_at: null,
      invited_by: OFFICER,
      created_at: at('2026-11-12', 9),
      updated_at: at('2026-11-20', 10),
    });
  });
  return out;
}
