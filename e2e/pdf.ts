import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';

const PDFJS = path.join('node_modules', 'pdfjs-dist', 'build');
const ORIGIN = 'http://pdf.render.test';
const PAGE = `<!doctype html><meta charset="utf-8"><title>pdf</title><canvas id="c"></canvas>
<script type="module">
  import * as pdfjs from '/pdf.mjs';
  pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
  window.renderPdf = async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const doc = await pdfjs.getDocument({ data }).promise;
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale: 1.5 });
    const canvas = document.getElementById('c');
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: ctx, canvas, viewport }).promise;
    const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i] < 128 && px[i + 1] < 128 && px[i + 2] < 128) ink++;
    return { pages: doc.numPages, width: canvas.width, height: canvas.height, ink: ink / (px.length / 4) };
  };
  window.ready = true;
</script>`;

/**
 * Draws the first page of a PDF with PDF.js in Chromium, as a reader would see it: page count, the share of
 * dark pixels (a blank page has none), and a PNG of the page.
 */
export async function renderFirstPage(browser: Browser, pdf: Buffer) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1300 } });
  try {
    const page = await context.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const file = new URL(route.request().url()).pathname;
      if (file === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
      const name = file === '/pdf.mjs' ? 'pdf.mjs' : file === '/pdf.worker.mjs' ? 'pdf.worker.mjs' : null;
      if (!name) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({
        contentType: 'text/javascript',
        body: readFileSync(path.join(PDFJS, name)),
      });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const result = await page.evaluate(
      (b64) =>
        (
          window as unknown as {
            renderPdf: (b: string) => Promise<{ pages: number; width: number; height: number; ink: number }>;
          }
        ).renderPdf(b64),
      pdf.toString('base64'),
    );
    const png = await page.locator('#c').screenshot();
    return { ...result, png };
  } finally {
    await context.close();
  }
}
