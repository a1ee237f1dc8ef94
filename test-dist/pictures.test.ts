import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { picturePlan } from '../examples/picture-plan.js';

// The built package, as an app imports it (typed by the sources it is built from: the tests type
// check before anything is built); and the example plan the docs show.
const dist = (file: string): Promise<unknown> => import(new URL(`../dist/${file}`, import.meta.url).href);
const cp = (await dist('index.js')) as typeof import('../src/index.js');
const { es } = (await dist('locales/es.js')) as typeof import('../src/locales/es.js');
const { interestHexagon, timeline } = (await dist('pictures/index.js')) as typeof import('../src/pictures/index.js');

const executablePath = '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);
if (!hasChromium && process.env.CI)
  throw new Error('CI needs Debian chromium at /usr/bin/chromium (.ci/run installs it)');

// Screenshots of the example plan's pictures: docs/pictures/*.png, shown in the README and the
// guide "Pictures". Each run compares Chromium's rendering with them, with a tolerance for
// anti-aliasing; `UPDATE_PICTURES=1 npm run test:dist` writes them again after a deliberate change.
const dir = new URL('../docs/pictures/', import.meta.url);
const update = process.env.UPDATE_PICTURES === '1';
const plan = picturePlan(cp);
const pictures: Readonly<Record<string, string>> = {
  'interest-hexagon': interestHexagon(plan, { optionIds: ['support', 'network'] }),
  timeline: timeline(plan, { today: '2026-07-01' }),
  'interest-hexagon.es': interestHexagon(plan, { optionIds: ['support', 'network'], catalog: es }),
  'timeline.es': timeline(plan, { today: '2026-07-01', catalog: es }),
};

let browser: Browser | undefined;
beforeAll(async () => {
  if (hasChromium)
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--font-render-hinting=none'],
    });
});
afterAll(async () => {
  await browser?.close();
});

const dataUrl = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;

describe.skipIf(!hasChromium)('the pictures in headless Chromium', () => {
  it.each(Object.keys(pictures))(
    '%s parses as SVG, renders, and matches its screenshot in docs/pictures',
    async (name) => {
      const svg = pictures[name] as string;
      const tab = await (browser as Browser).newPage({ deviceScaleFactor: 1 });
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(String(error)));
      tab.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      // Chromium's own XML parser: a standalone SVG document, no parser error.
      const parsed = await tab.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          error: doc.getElementsByTagName('parsererror').length,
          root: doc.documentElement.namespaceURI,
          scripts: doc.getElementsByTagName('script').length,
        };
      }, svg);
      expect(parsed).toEqual({ error: 0, root: 'http://www.w3.org/2000/svg', scripts: 0 });
      await tab.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`);
      const element = await tab.$('svg');
      const box = await element?.boundingBox();
      expect(box?.width).toBeGreaterThan(200);
      const png = (await element?.screenshot()) as Buffer;
      const file = new URL(`${name}.png`, dir);
      if (update || !existsSync(file)) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, png);
        if (!update && process.env.CI) throw new Error(`docs/pictures/${name}.png is missing; run UPDATE_PICTURES=1`);
      }
      // The share of pixels that differ clearly from the reference, compared on a canvas.
      const difference = await tab.evaluate(
        async ([actual, reference]) => {
          const load = (src: string): Promise<HTMLImageElement> =>
            new Promise((resolve, reject) => {
              const image = new Image();
              image.onload = () => resolve(image);
              image.onerror = reject;
              image.src = src;
            });
          const [a, b] = await Promise.all([load(actual as string), load(reference as string)]);
          if (a.width !== b.width || a.height !== b.height) return 1;
          const canvas = document.createElement('canvas');
          canvas.width = a.width;
          canvas.height = a.height;
          const context = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
          context.drawImage(a, 0, 0);
          const one = context.getImageData(0, 0, a.width, a.height).data;
          context.clearRect(0, 0, a.width, a.height);
          context.drawImage(b, 0, 0);
          const two = context.getImageData(0, 0, a.width, a.height).data;
          let differing = 0;
          for (let i = 0; i < one.length; i += 4) {
            const most = Math.max(
              Math.abs((one[i] ?? 0) - (two[i] ?? 0)),
              Math.abs((one[i + 1] ?? 0) - (two[i + 1] ?? 0)),
              Math.abs((one[i + 2] ?? 0) - (two[i + 2] ?? 0)),
            );
            if (most > 64) differing++;
          }
          return differing / (a.width * a.height);
        },
        [dataUrl(png), dataUrl(readFileSync(file))],
      );
      expect(difference).toBeLessThan(0.01);
      expect(errors).toEqual([]);
      await tab.close();
    },
  );
});
