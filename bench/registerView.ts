import type { Browser } from '@playwright/test';
import { mainThreadClock, nextFrame, withBrowserMode } from './browser';
import { median, percentile } from './measure';
import { metric, type Metric } from './metrics';

/** Words typed into the register's search, one letter at a time; each prefix is a new search. */
const WORDS = ['demenscafé', 'lektiehjælp', 'ringe', 'søren', 'årslev', 'gåklub'];

/**
 * The register view with 10,000 partnerships in Chromium: how many rows are in the DOM, and the
 * main-thread work from each key press in the search box until the list shows the new result.
 */
export async function registerViewMetrics(browser: Browser, file: string): Promise<Metric[]> {
  return withBrowserMode(file, async (url) => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    try {
      await page.goto(`${url}#/samarbejder`);
      await page.getByText('10.000 samarbejder i registret').waitFor({ timeout: 120_000 });
      const rows = page.locator('[data-testid=partnership-row]');
      let domRows = await rows.count();
      await page.getByTestId('register-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
      await nextFrame(page);
      domRows = Math.max(domRows, await rows.count());

      const clock = await mainThreadClock(page);
      // The floor: the same key press into a bare input on the same page costs the browser and
      // this harness (key dispatch, the frame) what no app code can save; it is taken off.
      await page.evaluate(
        `document.body.prepend(Object.assign(document.createElement('input'), { id: 'floor' }))`,
      );
      await page.focus('#floor');
      const floor: number[] = [];
      for (let i = 0; i < 7; i++) {
        const before = await clock();
        await page.keyboard.type('x');
        await nextFrame(page);
        floor.push((await clock()) - before);
      }
      await page.evaluate(`document.getElementById('floor').remove()`);
      const harness = median(floor);
      const search = page.getByRole('searchbox', { name: 'Søg i samarbejder' });
      const work: number[] = [];
      for (const word of WORDS) {
        await search.fill('');
        await search.focus();
        await page.waitForTimeout(300);
        for (let i = 1; i <= word.length; i++) {
          const text = word.slice(0, i);
          const answered = page.waitForResponse(
            (r) =>
              r.url().includes('partnerships.search') &&
              (JSON.parse(r.request().postData() ?? '{}') as { query?: string }).query === text,
          );
          const before = await clock();
          await page.keyboard.type(word[i - 1]!);
          await answered;
          await nextFrame(page);
          work.push((await clock()) - before - harness);
        }
      }
      return [
        metric('renderer.register.keystroke_p95_ms', percentile(work, 0.95), 'ms', 16),
        metric('renderer.register.dom_rows', domRows, 'rows', 200),
      ];
    } finally {
      await page.close();
    }
  });
}
