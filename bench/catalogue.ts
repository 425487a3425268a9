// Lighthouse (mobile emulation, headless Chromium) on the public catalogue of a demo server.
// Run: npx tsx bench/catalogue.ts  — writes bench/results/<date>-catalogue.md
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startBenchServer } from './server.ts';

const CHROME = process.env.PILAR_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Row = {
  page: string;
  path: string;
  performance: number;
  accessibility: number;
  lcp: string;
  cls: string;
};

async function audit(port: number, base: string, name: string, path: string): Promise<Row> {
  const result = await lighthouse(`${base}${path}`, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    formFactor: 'mobile',
    screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
  const { categories, audits } = result.lhr;
  return {
    page: name,
    path,
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    lcp: audits['largest-contentful-paint']?.displayValue ?? '—',
    cls: audits['cumulative-layout-shift']?.displayValue ?? '—',
  };
}

const srv = await startBenchServer();
const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
try {
  const html = await (await fetch(`${srv.base}/katalog`)).text();
  const product = /href="(\/katalog\/produk\/[^"]+)"/.exec(html)?.[1];
  if (!product) throw new Error('no product on /katalog: is the demo catalogue loaded?');
  const rows: Row[] = [];
  for (const [name, path] of [
    ['/katalog (daftar produk)', '/katalog'],
    ['halaman produk', product],
  ] as const) {
    rows.push(await audit(chrome.port, srv.base, name, path));
    console.log(rows.at(-1));
  }
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
  const table = rows
    .map((r) => `| ${r.page} | \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r.lcp} | ${r.cls} |`)
    .join('\n');
  const ok = rows.every((r) => r.performance >= 90 && r.accessibility >= 90);
  writeFileSync(
    `bench/results/${date}-catalogue.md`,
    `# Public catalogue — Lighthouse ${date}

Machine: ${machine}; embedded PostgreSQL 15 with the demo registry and its
demo catalogue. Lighthouse 12.2.3 (node API), mobile emulation (Moto G-class screen, simulated slow 4G and 4× CPU slowdown — Lighthouse's
defaults), headless Chromium. Command: \`npx tsx bench/catalogue.ts\`. Target: performance and accessibility
≥ 90 on both pages — ${ok ? 'met' : 'NOT met'}.

| page | path | performance | accessibility | LCP | CLS |
|---|---|---|---|---|---|
${table}
`,
  );
} finally {
  await chrome.kill();
  await srv.stop();
}
