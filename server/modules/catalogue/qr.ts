import qrcode from 'qrcode-generator';

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );

/** The QR code's dark modules as one SVG path (one unit per module), with its module count. */
export function qrPath(text: string) {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  let d = '';
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) if (qr.isDark(r, c)) d += `M${c} ${r}h1v1h-1z`;
  }
  return { size, d };
}

/** An A4 page (SVG, prints at true size) for an exhibition booth: name, a big QR code, the instruction. */
export function boothQrSvg(businessName: string, url: string): string {
  const { size, d } = qrPath(url);
  const qrMm = 140;
  const scale = qrMm / (size + 8);
  const x = (210 - qrMm) / 2;
  const name = businessName.length > 40 ? `${businessName.slice(0, 39)}…` : businessName;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" viewBox="0 0 210 297" role="img" aria-label="Kode QR katalog ${esc(businessName)}">
<rect width="210" height="297" fill="#fff"/>
<text x="105" y="45" font-family="sans-serif" font-size="12" font-weight="bold" text-anchor="middle" fill="#000">${esc(name)}</text>
<g transform="translate(${x} 60) scale(${scale}) translate(4 4)"><path d="${d}" fill="#000"/></g>
<text x="105" y="225" font-family="sans-serif" font-size="11" font-weight="bold" text-anchor="middle" fill="#000">Pindai untuk melihat produk</text>
<text x="105" y="240" font-family="sans-serif" font-size="5" text-anchor="middle" fill="#333">${esc(url)}</text>
</svg>`;
}
