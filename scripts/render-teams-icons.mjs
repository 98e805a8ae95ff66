// Renders the Teams app icons from their SVG sources in headless Chromium (playwright-core):
// manifests/teams/color.svg -> color.png (192x192), outline.svg -> outline.png (32x32, white on
// transparent). Run once after changing an SVG and commit the PNGs:
//   node scripts/render-teams-icons.mjs   (CHROMIUM_PATH overrides /usr/bin/chromium)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'manifests', 'teams');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  for (const [name, size] of [
    ['color', 192],
    ['outline', 32],
  ]) {
    const svg = readFileSync(join(dir, `${name}.svg`), 'utf8');
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg style="display:block" ')}</body></html>`,
    );
    await page.screenshot({
      path: join(dir, `${name}.png`),
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
    console.log(`${name}.png ${size}x${size}`);
  }
} finally {
  await browser.close();
}
