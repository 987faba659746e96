// Screenshots of the X display as PNG: WebKitGTK's GET /screenshot hangs under Xvfb, so grab the screen with xwd.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

export const RESULTS_DIR = resolve(import.meta.dirname, '../../test-results');
const XWD = '/usr/bin/xwd';

/** XWD (ZPixmap, 24/32 bits per pixel, the format xwd writes for Xvfb's TrueColor screen) to RGB rows. */
function xwdToRgb(file: Buffer): { width: number; height: number; rgb: Buffer } {
  const field = (i: number) => file.readUInt32BE(i * 4);
  const [headerSize, format, width, height, byteOrder, bitsPerPixel, bytesPerLine] = [field(0), field(2), field(4), field(5), field(7), field(11), field(12)];
  const masks = [field(14), field(15), field(16)];
  if (format !== 2 || (bitsPerPixel !== 32 && bitsPerPixel !== 24)) throw new Error(`xwd: unexpected format ${format}, ${bitsPerPixel} bpp`);
  const data = headerSize + field(19) * 12;
  const shifts = masks.map((m) => Math.log2(m & -m));
  const step = bitsPerPixel / 8;
  const rgb = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const out = y * (1 + width * 3);
    rgb[out] = 0; // PNG filter: none
    for (let x = 0; x < width; x++) {
      const at = data + y * bytesPerLine + x * step;
      const pixel = step === 4 ? (byteOrder === 0 ? file.readUInt32LE(at) : file.readUInt32BE(at)) : byteOrder === 0 ? file.readUIntLE(at, 3) : file.readUIntBE(at, 3);
      for (let c = 0; c < 3; c++) rgb[out + 1 + x * 3 + c] = ((pixel & masks[c]!) >>> shifts[c]!) & 0xff;
    }
  }
  return { width, height, rgb };
}

function png(width: number, height: number, rows: Buffer): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** Save the whole X screen (the MiniBrowser window fills it) as test-results/webkit-<name>.png, for people to look at. */
export function shootScreen(display: string, name: string): void {
  if (!existsSync(XWD)) return; // x11-apps missing: the smoke still runs, without pictures
  const file = execFileSync(XWD, ['-root', '-silent', '-display', display], { maxBuffer: 64 * 1024 * 1024, timeout: 10_000 });
  const { width, height, rgb } = xwdToRgb(file);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `webkit-${name}.png`), png(width, height, rgb));
}

/** Forget the previous run's pictures, so test-results/ shows only this run (a failure's `webkit-echec-*` included). */
export function clearShots(): void {
  if (!existsSync(RESULTS_DIR)) return;
  for (const name of readdirSync(RESULTS_DIR)) if (/^webkit-.*\.png$/.test(name)) rmSync(join(RESULTS_DIR, name));
}
