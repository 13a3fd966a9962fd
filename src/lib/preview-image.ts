/**
 * Link-preview images (1200×630 PNG): the statement's title, issuer, date and
 * the archive's name, drawn by satori and rasterised by sharp at build time.
 * Each image is cached by a hash of what it shows, so a rebuild redraws only
 * the statements whose preview changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { cacheDir } from './config.ts';
import sharp from 'sharp';

/** Bump when the drawing changes, so cached images are redrawn. */
const TEMPLATE_VERSION = 4;
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
/** Width inside the padding and the coloured edge. */
const CONTENT_WIDTH = PREVIEW_WIDTH - 18 - 2 * 72;

/** What a preview image shows. */
export interface PreviewInput {
  title: string;
  /** e.g. "The White House · United States". */
  issuer: string;
  /** e.g. "26 April 2021" or "[26 May 2023]". */
  date: string;
  /** e.g. "Statement". */
  kind: string;
  archive: string;
}

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** The locally shipped fonts satori draws with (WOFF: satori reads TTF, OTF and WOFF). */
function loadFonts() {
  const file = (pkg: string, name: string) =>
    readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), 'files', name));
  fonts ??= [
    {
      name: 'Noto Serif',
      data: file('@fontsource/noto-serif', 'noto-serif-latin-700-normal.woff'),
      weight: 700,
      style: 'normal',
    },
    {
      name: 'Noto Sans',
      data: file('@fontsource/noto-sans', 'noto-sans-latin-400-normal.woff'),
      weight: 400,
      style: 'normal',
    },
  ];
  return fonts;
}

/** A font size that fits the title in the space, shrinking for long titles. */
export function titleSize(title: string): number {
  const length = title.length;
  if (length <= 60) return 64;
  if (length <= 110) return 52;
  if (length <= 170) return 42;
  return 34;
}

/** The cache key of an image: its inputs and the template version. */
export function previewKey(input: PreviewInput): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: TEMPLATE_VERSION, ...input }))
    .digest('hex')
    .slice(0, 32);
}

/** Draws a preview image as PNG, or returns the cached one. */
export async function renderPreview(input: PreviewInput, dir = join(cacheDir, 'previews')): Promise<Buffer> {
  const cached = join(dir, `${previewKey(input)}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const element = {
    type: 'div',
    props: {
      style: {
        width: PREVIEW_WIDTH,
        height: PREVIEW_HEIGHT,
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#fbfaf7',
        color: '#1d1b18',
        borderLeft: '18px solid #1d4f91',
        fontFamily: 'Noto Sans',
      },
      children: [
        {
          type: 'div',
          props: { style: { fontSize: 28, color: '#5d574e' }, children: `${input.kind} · ${input.issuer}` },
        },
        {
          type: 'div',
          props: {
            style: {
              fontFamily: 'Noto Serif',
              fontWeight: 700,
              fontSize: titleSize(input.title),
              lineHeight: 1.2,
              width: CONTENT_WIDTH,
              flexGrow: 1,
              display: 'flex',
              alignItems: 'center',
            },
            // No-break spaces keep names together on a page; in a fixed-width image they only force overflow.
            children: input.title.replace(/\u00a0/gu, ' '),
          },
        },
        {
          type: 'div',
          props: {
            style: {
              display: 'flex',
              justifyContent: 'space-between',
              width: CONTENT_WIDTH,
              fontSize: 30,
              borderTop: '2px solid #d9d4ca',
              paddingTop: 24,
            },
            children: [
              { type: 'div', props: { children: input.date } },
              { type: 'div', props: { style: { color: '#1d4f91' }, children: `¶ ${input.archive}` } },
            ],
          },
        },
      ],
    },
  };
  const svg = await satori(element as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts: loadFonts(),
  });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  mkdirSync(dir, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
