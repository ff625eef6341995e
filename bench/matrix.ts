import type { Browser } from '@playwright/test';
import { mainThreadClock, nextFrame, withBrowserMode } from './browser';
import { percentile } from './measure';
import { metric, type Metric } from './metrics';

const NODES = 2000;

/**
 * The matrix with 2,000 partnerships in Chromium: the time until every node is on the canvas,
 * and the main-thread work per frame while a node is dragged across its cell.
 */
export async function matrixMetrics(browser: Browser, file: string): Promise<Metric[]> {
  return withBrowserMode(file, async (url) => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    try {
      const start = Date.now();
      await page.goto(`${url}#/matrix`);
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid=matrix-node]').length >= n,
        NODES,
        { timeout: 180_000 },
      );
      const firstRenderMs = Date.now() - start;

      const clock = await mainThreadClock(page);
      const node = (await page.locator('[data-testid=matrix-node]').first().boundingBox())!;
      const x = node.x + node.width / 2;
      const y = node.y + node.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      const frames: number[] = [];
      for (let step = 1; step <= 40; step++) {
        const before = await clock();
        await page.mouse.move(x + step * 3, y + (step % 10) * 2);
        await nextFrame(page);
        frames.push((await clock()) - before);
      }
      await page.mouse.move(x, y);
      await page.mouse.up();
      return [
        metric('renderer.matrix.first_render_ms', firstRenderMs, 'ms'),
        metric('renderer.matrix.drag_frame_p95_ms', percentile(frames, 0.95), 'ms', 16),
      ];
    } finally {
      await page.close();
    }
  });
}
