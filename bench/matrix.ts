import type { Browser, Page } from '@playwright/test';
import { mainThreadClock, nextFrame, withBrowserMode } from './browser';
import { median, percentile } from './measure';
import { metric, type Metric } from './metrics';

/**
 * Resolves once nodes are on the canvas and their number has held for ten frames: the matrix has
 * been fitted to the window and the nodes in view are drawn (from 500 partnerships on, only those
 * in view are in the page).
 */
function settled(page: Page) {
  return page.waitForFunction(
    () => {
      const count = document.querySelectorAll('[data-testid=matrix-node]').length;
      const w = window as unknown as { benchNodes?: { count: number; frames: number } };
      const seen = (w.benchNodes ??= { count: -1, frames: 0 });
      seen.frames = count > 0 && count === seen.count ? seen.frames + 1 : 0;
      seen.count = count;
      return seen.frames >= 10;
    },
    undefined,
    { polling: 'raf', timeout: 180_000 },
  );
}

/** The middle of a node that is on screen and not covered, where a user would take hold of it. */
function nodeInView(page: Page) {
  return page.evaluate(`(() => {
    for (const node of document.querySelectorAll('[data-testid=matrix-node]')) {
      const box = node.getBoundingClientRect();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      if (node.contains(document.elementFromPoint(x, y))) return { x, y };
    }
    throw new Error('no node in view');
  })()`) as Promise<{ x: number; y: number }>;
}

/**
 * The main-thread work of each frame, less `harness`, while a node in view is taken and dragged
 * across its cell (and often into the next at a small zoom), then put back and let go.
 */
async function dragFrames(page: Page, clock: () => Promise<number>, harness: number): Promise<number[]> {
  const { x, y } = await nodeInView(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  const frames: number[] = [];
  for (let step = 1; step <= 40; step++) {
    const before = await clock();
    await page.mouse.move(x + step * 3, y + (step % 10) * 2);
    await nextFrame(page);
    frames.push((await clock()) - before - harness);
  }
  await page.mouse.move(x, y);
  await page.mouse.up();
  return frames;
}

/**
 * The matrix with 2,000 partnerships in Chromium: the time until it is drawn, and the main-thread
 * work per frame while a node is dragged, in the view it opens in (its top, the nodes there in the
 * page) and with the whole matrix in view (every node in the page).
 */
export async function matrixMetrics(browser: Browser, file: string): Promise<Metric[]> {
  return withBrowserMode(file, async (url) => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    try {
      const start = Date.now();
      await page.goto(`${url}#/matrix`);
      await settled(page);
      const firstRenderMs = Date.now() - start;

      const clock = await mainThreadClock(page);
      // The floor: the same mouse moves and frames over the navigation, away from the canvas,
      // cost the browser and this harness what no app code can save; it is taken off.
      const floor: number[] = [];
      for (let step = 1; step <= 10; step++) {
        const before = await clock();
        await page.mouse.move(40 + step * 3, 700);
        await nextFrame(page);
        floor.push((await clock()) - before);
      }
      const harness = median(floor);

      const opening = await dragFrames(page, clock, harness);
      // The same drag with the whole matrix in view: every node in the page.
      await page.getByRole('button', { name: 'Vis hele matrixen' }).click();
      await settled(page);
      const whole = await dragFrames(page, clock, harness);
      return [
        metric('renderer.matrix.first_render_ms', firstRenderMs, 'ms'),
        metric('renderer.matrix.drag_frame_p95_ms', percentile(opening, 0.95), 'ms', 16),
        metric('renderer.matrix.whole_drag_frame_p95_ms', percentile(whole, 0.95), 'ms'),
      ];
    } finally {
      await page.close();
    }
  });
}
