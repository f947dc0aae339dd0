#!/usr/bin/env node
/**
 * `node scripts/icons.mjs`: renders the app icon the installers use from the one drawing,
 * `build/icon.svg`, into `build/`:
 *
 * - `icon.png` (1024 px): the source electron-builder shows in the mac DMG and uses where it needs a PNG;
 * - `icons/<N>x<N>.png`: the Linux icon set (the .desktop entry and AppImage pick a size from it);
 * - `icon.ico` (16–256 px, PNG-compressed): Windows' executable, installer and shortcuts;
 * - `icon.icns` (16–1024 px): the macOS app bundle.
 *
 * Every size is rendered from the vector drawing by resvg (a small SVG renderer made for this, no
 * browser needed) so small icons stay crisp; png2icons (pure JS) packs the Windows and macOS
 * containers. Shipping all three formats means electron-builder never has to fetch its own icon
 * converter at packaging time. Run it after changing the drawing and commit the results.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The sizes of the Linux icon set (freedesktop's usual hicolor sizes, up to the 1024 source). */
export const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** The SVG drawing rendered as a square PNG of `size` pixels. */
export function renderPng(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

/** Renders every icon file from `svgFile` into `outDir`; answers the paths written. */
export function renderIcons(svgFile = join(root, 'build', 'icon.svg'), outDir = join(root, 'build')) {
  const svg = readFileSync(svgFile);
  const written = [];
  const write = (path, data) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    written.push(path);
  };
  const master = renderPng(svg, 1024);
  write(join(outDir, 'icon.png'), master);
  for (const size of LINUX_ICON_SIZES) write(join(outDir, 'icons', `${size}x${size}.png`), size === 1024 ? master : renderPng(svg, size));
  // Bicubic scaling from the 1024 px master, full colour (0 = no palette reduction).
  const ico = png2icons.createICO(master, png2icons.BICUBIC, 0, true, true);
  const icns = png2icons.createICNS(master, png2icons.BICUBIC, 0);
  if (!ico || !icns) throw new Error('png2icons could not pack the Windows or macOS icon from build/icon.png.');
  write(join(outDir, 'icon.ico'), ico);
  write(join(outDir, 'icon.icns'), icns);
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const path of renderIcons()) process.stdout.write(`${path.slice(root.length + 1)}\n`);
}
