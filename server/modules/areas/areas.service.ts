import type { AreaTree } from '../../../shared/contracts/areas.ts';
import { codeInScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { registryCounts } from '../dashboard/dashboard.repository.ts';
import { countsOf, figures } from '../dashboard/dashboard.service.ts';
import { loadAreas } from './areas.loader.ts';
import { countAreas, findArea, listChildren, listVillagesOfRegency } from './areas.repository.ts';

/** Loads the national area list when the table is empty (first start, or a new database). */
export async function ensureAreas(db: Executor): Promise<number> {
  const { n } = await countAreas(db);
  return n > 0 ? 0 : loadAreas(db);
}

/** The kelurahan and its kecamatan, or a field error when it is unknown or outside the given area. */
export async function resolveKelurahan(db: Executor, code: string, scope: string, path: string) {
  const kel = await findArea(db, code);
  if (kel?.level !== 4) {
    throw new AppError('VALIDATION_FAILED', 'Kelurahan tidak dikenal.', [
      {
        path,
        code: 'AREA_UNKNOWN',
        message: `Kode kelurahan ${code} tidak ada dalam daftar Kemendagri; pilih dari daftar.`,
      },
    ]);
  }
  if (!codeInScope(code, scope)) {
    throw new AppError('VALIDATION_FAILED', 'Kelurahan di luar wilayah layanan.', [
      {
        path,
        code: 'AREA_OUTSIDE_REGION',
        message: `Kelurahan ${kel.name} berada di luar wilayah yang boleh Anda isi (${scope}).`,
      },
    ]);
  }
  return { kelurahanCode: kel.code, kecamatanCode: kel.parent_code as string };
}

export async function isKnownDistrict(db: Executor, code: string): Promise<boolean> {
  const area = await findArea(db, code);
  return area?.level === 3;
}

export async function listAreas(db: Executor, parent: string | undefined, region: string) {
  const rows = await listChildren(db, parent ?? region);
  return rows.map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parent_code }));
}

/** The served region's kecamatan and kelurahan with counts, cut to the caller's area scope. */
export async function areaTree(db: Executor, region: string, scope: string): Promise<AreaTree> {
  const root = await findArea(db, region);
  if (!root) throw notFound(`Wilayah ${region}`);
  const [districts, villages, counts] = await Promise.all([
    listChildren(db, region),
    listVillagesOfRegency(db, region),
    registryCounts(db, scope),
  ]);
  const kecamatan = countsOf(counts, 'kecamatan');
  const kelurahan = countsOf(counts, 'kelurahan');
  return {
    region: { code: root.code, name: root.name, level: root.level, parentCode: root.parent_code },
    children: districts
      .filter((d) => codeInScope(d.code, scope) || codeInScope(scope, d.code))
      .map((d) => ({
        code: d.code,
        name: d.name,
        level: d.level,
        parentCode: d.parent_code,
        ...figures(kecamatan.get(d.code)),
        children: villages
          .filter((v) => v.kecamatan_code === d.code && codeInScope(v.code, scope))
          .map((v) => ({
            code: v.code,
            name: v.name,
            level: 4,
            parentCode: d.code,
            ...figures(kelurahan.get(v.code)),
          })),
      })),
  };
}
