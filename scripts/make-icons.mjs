// Renders public/icons/icon.svg to the PNG icons of the manifest (run by hand when the logo changes), then shrinks them.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const svg = readFileSync(new URL('../public/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', headless: true });
const page = await browser.newPage();
async function render(size, file, padding = 0) {
  await page.setViewportSize({ width: size, height: size });
  const inner = size - 2 * padding;
  // Maskable icons need the logo inside the 80 % safe zone, on a full-bleed background.
  await page.setContent(
    `<body style="margin:0;background:#000091;display:grid;place-items:center;width:${size}px;height:${size}px">` +
      `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  await page.screenshot({ path: new URL(`../public/icons/${file}`, import.meta.url).pathname, omitBackground: padding === 0 });
}
await render(192, 'icon-192.png');
await render(512, 'icon-512.png');
await render(512, 'icon-maskable-512.png', 64);
await browser.close();
// Three colours and their anti-aliasing: a palette keeps them as they are at under half the bytes, and every byte is
// precached (Debian's pngquant and optipng; skipped, with a word, where they are missing).
for (const file of ['icon-192.png', 'icon-512.png', 'icon-maskable-512.png']) {
  const path = new URL(`../public/icons/${file}`, import.meta.url).pathname;
  try {
    execFileSync('pngquant', ['--quality', '85-100', '--speed', '1', '--strip', '--force', '--output', path, path]);
    execFileSync('optipng', ['-quiet', '-o7', path]);
  } catch {
    console.warn(`${file}: not shrunk (apt-get install pngquant optipng)`);
  }
}
