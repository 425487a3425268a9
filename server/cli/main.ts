import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { startServer } from '../main.ts';
import { verifyAudit } from '../modules/audit/audit.service.ts';
import { runBackup, runRestore } from '../modules/backups/backups.cli.ts';
import { prepareDatabase, seedDemoIfEmpty } from '../startup.ts';
import { HELP } from './help.ts';
import { exportCommand, importCommand, linkageCommand } from './registry-commands.ts';

type Say = (msg: string) => void;
type Args = {
  positionals: string[];
  demo?: boolean;
  source?: string;
  sheet?: string;
  dryRun?: boolean;
  mapping?: string;
  format?: string;
};

/** Runs fn on the prepared database (migrated, area codes loaded) and closes it. */
async function withDatabase(
  config: Config,
  say: Say,
  fn: (conn: Awaited<ReturnType<typeof prepareDatabase>>) => Promise<number>,
) {
  const conn = await prepareDatabase(config, say);
  try {
    return await fn(conn);
  } finally {
    await conn.close();
  }
}

async function withFile(args: Args, say: Say, fn: (file: string) => Promise<unknown>) {
  const file = args.positionals[1];
  if (!file) {
    say(`Sebutkan berkasnya: pilar ${args.positionals[0]} <berkas>`);
    return 2;
  }
  await fn(file);
  return 0;
}

const COMMANDS: Record<string, (config: Config, args: Args, say: Say) => Promise<number>> = {
  serve: async (config) => {
    await startServer(config);
    return -1;
  },
  migrate: (config, _args, say) =>
    withDatabase(config, say, async () => {
      say('Basis data mutakhir.');
      return 0;
    }),
  seed: async (config, args, say) => {
    if (!args.demo) {
      say('Sebutkan jenis data: pilar seed --demo');
      return 2;
    }
    return withDatabase(config, say, async (conn) => {
      if (!(await seedDemoIfEmpty(conn, config, say)))
        say('Registri sudah berisi data; data demo tidak dimuat.');
      return 0;
    });
  },
  backup: (config, args, say) => withFile(args, say, (file) => runBackup(config, file, say)),
  restore: (config, args, say) => withFile(args, say, (file) => runRestore(config, file, say)),
  import: (config, args, say) => importCommand(config, args, say),
  export: (config, args, say) => exportCommand(config, args, say),
  linkage: (config, args, say) => linkageCommand(config, args, say),
  audit: async (config, args, say) => {
    if (args.positionals[1] !== 'verify') {
      say(HELP.audit ?? '');
      return 2;
    }
    return withDatabase(config, say, async (conn) => {
      const r = await verifyAudit(conn.db);
      if (r.ok) console.log(`Rantai log audit utuh: ${r.entries} entri.`);
      else console.log(`Rantai log audit RUSAK mulai entri nomor ${r.brokenAt} (dari ${r.entries}).`);
      return r.ok ? 0 : 1;
    });
  },
};

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      demo: { type: 'boolean' },
      source: { type: 'string' },
      sheet: { type: 'string' },
      'dry-run': { type: 'boolean' },
      mapping: { type: 'string' },
      format: { type: 'string' },
    },
  });
  const command = positionals[0] ?? '';
  const handler = COMMANDS[command];
  if (values.help || !handler) {
    console.log(HELP[command] ?? HELP['']);
    return command && !handler ? 2 : 0;
  }
  const args = { ...values, dryRun: values['dry-run'], positionals };
  return handler(loadConfig(), args, (msg) => console.error(msg));
}

run(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err) => {
    console.error(
      err instanceof ConfigError ? err.message : `Gagal: ${err instanceof Error ? err.message : String(err)}`,
    );
    process.exit(1);
  },
);
