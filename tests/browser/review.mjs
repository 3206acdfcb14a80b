// tests/browser/review.mjs: the HTML review page (twindoc check --format
// html) in headless Chromium through playwright-core.  Run by
// tests/browser/review.sh, which writes the reports and passes:
//   node review.mjs CHROMIUM OUTDIR EXAMPLE.html EVIL.html [CLICKHOUSE.html]
// Prints one line per check; exit status 0 when all passed, 1 otherwise.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const [chromiumPath, outDir, exampleReport, evilReport, clickhouseReport] =
  process.argv.slice(2);
let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok' : 'FAIL'}: ${what}`);
  if (!ok) failures++;
}

// Opens REPORT in a new page; returns it with its console errors and
// dialogs, which the checks read at the end.
async function open(browser, report) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  const dialogs = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => errors.push('request ' + r.url()));
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto(pathToFileURL(report).href);
  return { page, errors, dialogs };
}

// The finding of RULE: whether it is visible inside a Korean cell whose
// row has a visible English block beside it (left of it, overlapping it
// vertically).
async function besideEnglish(page, rule) {
  return page.evaluate((rule) => {
    const all = document.querySelectorAll(`.f[data-rule="${rule}"]`);
    if (!all.length) return 'no finding';
    // The Korean one (the IAM lint also reports the English policy).
    const f = Array.from(all).find((x) => x.closest('.cell.ko')) || all[0];
    const ko = f.closest('.cell.ko');
    const row = f.closest('.row');
    if (!ko || !row) return 'not on a Korean block';
    const en = row.querySelector('.cell.en');
    if (!en || en.classList.contains('gap')) return 'no English block beside it';
    const a = en.getBoundingClientRect(), b = ko.getBoundingClientRect(),
      r = f.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return 'not visible';
    if (!(a.right <= b.left + 1)) return 'English not left of Korean';
    if (!(a.top < b.bottom && b.top < a.bottom)) return 'not side by side';
    if (en.textContent.trim().length < 5) return 'English block empty';
    return 'ok';
  }, rule);
}

async function visibleFindings(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('.f'))
    .filter((f) => f.getBoundingClientRect().height > 0).length);
}

async function currentId(page) {
  return page.evaluate(() => {
    const c = document.querySelector('.f.cur');
    return c && document.activeElement === c ? c.id : null;
  });
}

const browser = await chromium.launch({ executablePath: chromiumPath,
                                        args: ['--no-sandbox'] });
try {
  // 1. The example guide.
  {
    const { page, errors, dialogs } = await open(browser, exampleReport);
    for (const rule of ['emphasis', 'ko-particle-hedged', 'iam-resource-type'])
      check((await besideEnglish(page, rule)) === 'ok',
            `example: ${rule} on its Korean block beside the English ` +
            `(${await besideEnglish(page, rule)})`);
    const emph = await page.locator('.f[data-rule="emphasis"] mark').first()
      .textContent();
    check(emph === '**', `example: the stray '**' is highlighted (${emph})`);
    check(await page.locator('html[lang]').count() === 1
          && await page.locator('.cell.en[lang="en"]').count() > 0
          && await page.locator('.cell.ko[lang="ko"]').count() > 0,
          'example: lang on the page and on each side');
    const total = await page.locator('.f').count();
    check(total > 0 && (await visibleFindings(page)) === total,
          `example: all ${total} findings visible`);
    await page.screenshot({ path: path.join(outDir, 'example.png') });
    await page.screenshot({ path: path.join(outDir, 'example-full.png'),
                            fullPage: true });
    // The picture of docs/images/review.png: the broken emphasis.
    await page.evaluate(() => document.querySelector(
      '.cell.ko .f[data-rule="emphasis"]').scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(outDir, 'review.png') });
    await page.evaluate(() => window.scrollTo(0, 0));

    // Filters: a severity, then a rule.
    await page.locator('input[data-sev="warning"]').uncheck();
    const warnings = await page.locator('.f[data-sev="warning"]').count();
    check((await visibleFindings(page)) === total - warnings,
          'filter: unchecking warning hides the warnings');
    await page.locator('input[data-sev="warning"]').check();
    await page.locator('input[data-rule="emphasis"]').uncheck();
    check(!(await page.locator('.f[data-rule="emphasis"]').first().isVisible())
          && (await visibleFindings(page)) === total - 1,
          'filter: unchecking a rule hides its findings only');
    const shown = await page.locator('#shown').count()
      ? await page.locator('#shown').textContent() : null;
    void shown;
    await page.locator('input[data-rule="emphasis"]').check();
    check((await visibleFindings(page)) === total,
          'filter: checking again shows them all');

    // Keyboard navigation.
    await page.locator('h1').click();
    const ids = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.f')).map((f) => f.id));
    await page.keyboard.press('j');
    const first = await currentId(page);
    await page.keyboard.press('j');
    const second = await currentId(page);
    await page.keyboard.press('k');
    const back = await currentId(page);
    await page.keyboard.press('p');
    const wrapped = await currentId(page);
    await page.keyboard.press('n');
    const again = await currentId(page);
    check(first === ids[0] && second === ids[1] && back === ids[0]
          && wrapped === ids[ids.length - 1] && again === ids[0],
          `keys: j/n next, k/p previous, wrapping (${first} ${second} ` +
          `${back} ${wrapped} ${again})`);
    const pos = await page.locator('#pos').textContent();
    check(pos === `1 / ${total}`, `keys: the position shows (${pos})`);
    // With the warnings filtered out, next finds none of them.
    await page.locator('input[data-sev="warning"]').uncheck();
    await page.keyboard.press('j');
    const hidden = await page.evaluate(() => {
      const c = document.querySelector('.f.cur');
      return c ? c.getAttribute('data-sev') : 'none';
    });
    check(hidden !== 'warning', 'keys: filtered findings are skipped');
    await page.locator('input[data-sev="warning"]').check();

    // Sentence hover.
    const g = page.locator('.cell.ko .s[data-g]').first();
    await g.hover();
    const lit = await page.evaluate(() => {
      const k = document.querySelector('.cell.ko .s.hl');
      const e = k && k.closest('.row').querySelector('.cell.en .s.hl');
      return !!(k && e && e.getAttribute('data-g') === k.getAttribute('data-g'));
    });
    check(lit, 'hover: a Korean sentence lights its English counterpart');

    check(errors.length === 0, `example: no console error ${errors.join('; ')}`);
    check(dialogs.length === 0, 'example: no dialog');
    await page.close();
  }

  // 2. Escaping: nothing of the pages, names or messages runs.
  {
    const { page, errors, dialogs } = await open(browser, evilReport);
    await page.waitForTimeout(300);
    const pwned = await page.evaluate(() => window.__pwned);
    check(pwned === undefined, `escaping: no injected code ran (${pwned})`);
    check(dialogs.length === 0, `escaping: no dialog (${dialogs.join('; ')})`);
    check(await page.locator('main img, main script, main svg, main iframe')
      .count() === 0, 'escaping: no element from the pages');
    const text = await page.locator('body').innerText();
    check(text.includes('<script>') && text.includes('onerror='),
          'escaping: the markup shows as text');
    check(errors.length === 0, `escaping: no console error ${errors.join('; ')}`);
    await page.screenshot({ path: path.join(outDir, 'escaping.png'),
                            fullPage: true });
    await page.close();
  }

  // 3. A ClickHouse pair of the shared corpus.
  if (clickhouseReport) {
    const { page, errors } = await open(browser, clickhouseReport);
    const res = await page.evaluate(() => {
      const fs = Array.from(document.querySelectorAll('.f'));
      let onBlocks = 0;
      for (const f of fs) {
        const row = f.closest('.row');
        if (row && f.getBoundingClientRect().height > 0) onBlocks++;
      }
      return { n: fs.length, onBlocks,
               rows: document.querySelectorAll('.row').length };
    });
    check(res.n > 0 && res.onBlocks > 0 && res.rows > 10,
          `clickhouse: ${res.onBlocks} of ${res.n} findings on blocks, ` +
          `${res.rows} rows`);
    await page.keyboard.press('j');
    check((await currentId(page)) !== null, 'clickhouse: j goes to a finding');
    check(errors.length === 0, `clickhouse: no console error ${errors.join('; ')}`);
    await page.screenshot({ path: path.join(outDir, 'clickhouse.png') });
    await page.close();
  } else
    console.log('skip: clickhouse: the shared corpus is not here');
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
