import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { startServer } from '../main.ts';
import { prepareDatabase, seedDemoIfEmpty } from '../startup.ts';

const HELP: Record<string, string> = {
  '': `Pemakaian: pilar <perintah> [opsi]

Perintah:
  serve         Menjalankan server web dan API (default http://localhost:8080)
  migrate       Menerapkan migrasi basis data dan memuat kode wilayah
  seed --demo   Memuat data demo sintetis ke registri yang masih kosong

Tambahkan --help pada perintah untuk rinciannya. Konfigurasi lewat variabel lingkungan (lihat README).`,
  serve: `Pemakaian: pilar serve

Menerapkan migrasi, memuat kode wilayah dan (pada basis data bawaan yang kosong) data demo,
lalu melayani aplikasi di PORT (default 8080).`,
  migrate: `Pemakaian: pilar migrate

Menerapkan semua migrasi yang belum dijalankan dan memuat kode wilayah Kemendagri bila belum ada.
Aman dijalankan saat server berjalan: memakai server basis data yang sama.`,
  seed: `Pemakaian: pilar seed --demo

Memuat data demo sintetis (99.213 usaha mikro Kota Malang) ke registri yang masih kosong.
NIK dalam data demo dibuat acak dengan format valid; bukan data orang sungguhan.`,
};

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' }, demo: { type: 'boolean' } },
  });
  const command = positionals[0] ?? '';
  if (values.help || !command || !(command in HELP)) {
    console.log(HELP[command] ?? HELP['']);
    return command && !(command in HELP) ? 2 : 0;
  }
  const config = loadConfig();
  const say = (msg: string) => console.error(msg);
  if (command === 'serve') {
    await startServer(config);
    return -1;
  }
  if (command === 'seed' && !values.demo) {
    console.error('Sebutkan jenis data: pilar seed --demo');
    return 2;
  }
  const conn = await prepareDatabase(config, say);
  try {
    if (command === 'migrate') say('Basis data mutakhir.');
    if (command === 'seed' && !(await seedDemoIfEmpty(conn, config, say))) {
      say('Registri sudah berisi data; data demo tidak dimuat.');
    }
  } finally {
    await conn.close();
  }
  return 0;
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
