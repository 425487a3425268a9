import type { Config } from '../config.ts';
import { exportSourceRows, runImport, runIndexJobs } from '../modules/imports/imports.cli.ts';
import { runLinkage } from '../modules/imports/linkage-run.ts';
import { prepareDatabase } from '../startup.ts';

type Say = (msg: string) => void;
type Args = {
  positionals: string[];
  source?: string;
  sheet?: string;
  dryRun?: boolean;
  mapping?: string;
  format?: string;
};

async function withDb(
  config: Config,
  say: Say,
  fn: (db: Awaited<ReturnType<typeof prepareDatabase>>['db']) => Promise<number>,
) {
  const conn = await prepareDatabase(config, say);
  try {
    return await fn(conn.db);
  } finally {
    await conn.close();
  }
}

/** `pilar import <file> --source "<office>" [--sheet N] [--dry-run] [--mapping file.json]`. */
export async function importCommand(config: Config, args: Args, say: Say) {
  const file = args.positionals[1];
  if (!file || !args.source) {
    say(
      'Pemakaian: pilar import <berkas> --source "<kantor asal>" [--sheet N] [--dry-run] [--mapping <berkas.json>]',
    );
    return 2;
  }
  const sheet = args.sheet === undefined ? undefined : Number(args.sheet) - 1;
  if (sheet !== undefined && !(Number.isInteger(sheet) && sheet >= 0)) {
    say('--sheet adalah nomor lembar mulai 1, mis. --sheet 2');
    return 2;
  }
  return withDb(config, say, async (db) => {
    await runImport(
      db,
      config,
      file,
      { source: args.source as string, sheet, dryRun: args.dryRun, mapping: args.mapping },
      say,
    );
    await runIndexJobs(db, config, say);
    return 0;
  });
}

/** `pilar export source-rows --format csv`. */
export async function exportCommand(config: Config, args: Args, say: Say) {
  if (args.positionals[1] !== 'source-rows' || (args.format ?? 'csv') !== 'csv') {
    say('Pemakaian: pilar export source-rows --format csv');
    return 2;
  }
  return withDb(config, say, async (db) => {
    const n = await exportSourceRows(db, config.region, process.stdout);
    say(`${n} baris sumber diekspor.`);
    return 0;
  });
}

/** `pilar linkage run`: links the whole registry anew. */
export async function linkageCommand(config: Config, args: Args, say: Say) {
  if (args.positionals[1] !== 'run') {
    say('Pemakaian: pilar linkage run');
    return 2;
  }
  return withDb(config, say, async (db) => {
    await runLinkage(db, config, say);
    await runIndexJobs(db, config, say);
    return 0;
  });
}
