import type { OpenDataMetadata } from '../../../shared/contracts/opendata.ts';
import { todayInJakarta } from '../../../shared/rules/calendar.ts';
import { titleCase } from '../../../shared/rules/format.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connection.ts';
import { notFound } from '../../http/errors.ts';
import { findArea } from '../areas/areas.repository.ts';
import { DATASETS, type Dataset } from './opendata.datasets.ts';
import { suppressSmallCounts } from './suppress.ts';

async function region(db: Database, config: Config) {
  const area = await findArea(db, config.region);
  return { kode: config.region, nama: titleCase(area?.name ?? config.region) };
}

function metadata(d: Dataset, config: Config, wilayah: { kode: string; nama: string }): OpenDataMetadata {
  const base = `/api/v1/open-data/${d.id}`;
  return {
    id: d.id,
    judul: `${d.title}, ${wilayah.nama}`,
    definisi: d.description,
    satuan: 'usaha',
    posisi: todayInJakarta(),
    frekuensi: 'Harian: dihitung dari registri saat diminta',
    produsen: `${config.officeName} ${wilayah.nama}`,
    wilayah,
    referensi: d.references,
    kolom: d.columns.map((c) => ({ nama: c.name, tipe: c.type, deskripsi: c.description })),
    penyamaran: {
      ambang: config.openDataMinCount,
      keterangan: `Hitungan 1 sampai ${config.openDataMinCount - 1} dikosongkan agar tidak ada orang yang dapat dikenali; bila dalam satu kecamatan hanya satu sel yang dikosongkan, sel terkecil berikutnya ikut dikosongkan agar tidak dapat dihitung dari jumlahnya. Hanya angka agregat: tanpa data pribadi.`,
    },
    lisensi: 'CC BY 4.0',
    atribusi: ['Nama dan kode wilayah: idn-area-data, di bawah Open Database License (ODbL) 1.0'],
    unduh: { csv: `${base}/data.csv`, metadata: `${base}/metadata.json` },
  };
}

const find = (id: string) => {
  const d = DATASETS.find((x) => x.id === id);
  if (!d) throw notFound('Dataset');
  return d;
};

export async function catalogue(db: Database, config: Config) {
  const wilayah = await region(db, config);
  return {
    produsen: `${config.officeName} ${wilayah.nama}`,
    wilayah,
    dataset: DATASETS.map((d) => metadata(d, config, wilayah)),
  };
}

export async function datasetMetadata(db: Database, config: Config, id: string) {
  return metadata(find(id), config, await region(db, config));
}

/** The table as published: every count below the threshold hidden, and what would give it away. */
export async function datasetRows(db: Database, config: Config, id: string) {
  const d = find(id);
  const rows = suppressSmallCounts(
    await d.rows(db, config.region),
    d.counts,
    config.openDataMinCount,
    d.group,
  );
  return { dataset: d, rows };
}
