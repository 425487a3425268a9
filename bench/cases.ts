// Each API call of the benchmark with the plain SQL that answers the same question.
type Q = { text: string; values: unknown[] };
export type Case = { name: string; path: string; sql: Q[] };

const VALID = '(pm.expires_on is null or pm.expires_on >= current_date)';
const LIST = `select b.id, b.name, b.home_industry, b.sector, b.kbli_code, b.size_class, b.status,
  p.name as owner_name, p.nik, p.krtp, kel.name as kelurahan, kec.name as kecamatan,
  array(select distinct pm.type from permits pm where pm.business_id = b.id and ${VALID} order by 1) as permits
  from businesses b join people p on p.id = b.owner_id
  join areas kel on kel.code = b.kelurahan_code join areas kec on kec.code = b.kecamatan_code
  where b.kecamatan_code like '35.73.%'`;
const COUNTS = `count(*) filter (where b.status = 'active' and (b.size_class is null or b.size_class = 'mikro')) as micro,
  count(*) filter (where b.status = 'active' and (b.size_class is null or b.size_class = 'mikro') and b.home_industry) as hi,
  count(*) filter (where b.status = 'active' and (b.size_class is null or b.size_class = 'mikro') and b.home_industry and p.krtp) as krtp`;
const grouped = (key: string): Q => ({
  text: `select ${key} as key, ${COUNTS} from businesses b join people p on p.id = b.owner_id where b.kecamatan_code like '35.73.%' group by 1`,
  values: [],
});

export const CASES = (id: number): Case[] => [
  {
    name: 'list (first page, 50)',
    path: '/api/v1/businesses?limit=50',
    sql: [{ text: `${LIST} order by b.id desc limit 51`, values: [] }],
  },
  {
    name: 'filtered list (kecamatan + sector + KRTP + P-IRT)',
    path: '/api/v1/businesses?limit=50&kecamatan=35.73.01&sector=pangan&krtp=true&permit=PIRT',
    sql: [
      {
        text: `${LIST} and b.kecamatan_code = $1 and b.sector = $2 and p.krtp = true
          and exists (select 1 from permits pm where pm.business_id = b.id and pm.type = 'PIRT' and ${VALID})
          order by b.id desc limit 51`,
        values: ['35.73.01', 'pangan'],
      },
    ],
  },
  {
    name: 'fuzzy search "keripik tempe sanan"',
    path: '/api/v1/businesses?limit=50&q=keripik%20tempe%20sanan',
    sql: [
      {
        text: `${LIST} and $1 <% b.search_text order by word_similarity($1, b.search_text) desc, b.id desc limit 51`,
        values: ['kripik tempe sanan'],
      },
    ],
  },
  {
    name: 'business profile',
    path: `/api/v1/businesses/${id}`,
    sql: [
      {
        text: 'select b.*, kel.name, kec.name from businesses b join areas kel on kel.code = b.kelurahan_code join areas kec on kec.code = b.kecamatan_code where b.id = $1',
        values: [id],
      },
      {
        text: 'select p.*, kel.name, kec.name from people p left join areas kel on kel.code = p.kelurahan_code left join areas kec on kec.code = kel.parent_code where p.id = (select owner_id from businesses where id = $1)',
        values: [id],
      },
      { text: 'select * from permits where business_id = $1 order by type, id', values: [id] },
    ],
  },
  {
    name: 'dashboard summary',
    path: '/api/v1/dashboard/summary',
    sql: [
      grouped('null::text'),
      grouped('b.kecamatan_code'),
      grouped('b.sector'),
      grouped("coalesce(b.size_class, 'tidak_diketahui')"),
      {
        text: `select pm.type, count(distinct b.id) from businesses b join permits pm on pm.business_id = b.id
          where b.kecamatan_code like '35.73.%' and b.status = 'active' and (b.size_class is null or b.size_class = 'mikro')
          and b.home_industry and ${VALID} group by pm.type`,
        values: [],
      },
    ],
  },
];
