// bench/review-load.mjs CHROMIUM REPORT.html [RUNS]: opens a review page
// (twindoc check --format html) in headless Chromium through
// playwright-core and prints the median over RUNS (default 3) of the
// time to the load event, of the first `j` (next finding) and of a
// severity filter, in milliseconds.  docs/en/review.md reports it for
// the 2,000-page benchmark tree.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const [exe, report, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const median = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];

const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox'] });
const load = [], next = [], filter = [];
for (let i = 0; i < runs; i++) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const t0 = Date.now();
  await page.goto(pathToFileURL(report).href, { waitUntil: 'load', timeout: 600000 });
  load.push(Date.now() - t0);
  let t = Date.now();
  await page.keyboard.press('j');
  await page.waitForSelector('.f.cur');
  next.push(Date.now() - t);
  t = Date.now();
  await page.locator('input[data-sev="note"]').uncheck();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  filter.push(Date.now() - t);
  await page.close();
}
await browser.close();
console.log(`load ${median(load)} ms, next finding ${median(next)} ms, ` +
            `filter ${median(filter)} ms (median of ${runs})`);
