import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { startBrowserMode } from '../main/testing/startBrowserMode';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Debian's Chromium (as in the end-to-end tests); CHROMIUM_PATH overrides it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** Browser mode on `file`, exactly as a user starts it, for the length of `work`. */
export async function withBrowserMode<T>(file: string, work: (url: string) => Promise<T>): Promise<T> {
  const server = await startBrowserMode(file);
  try {
    return await work(server.url);
  } finally {
    server.stop();
  }
}

/**
 * The CPU time the page's main thread has used so far, in ms, from Chromium's own accounting
 * (the DevTools Performance domain's ThreadTime). Its difference over an interaction is the work
 * the interaction caused; unlike wall time, it does not grow while a busy machine keeps the
 * thread waiting for a core.
 */
export async function mainThreadClock(page: Page): Promise<() => Promise<number>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  };
}

/** Resolves once the next frame has been drawn, so what a change rendered is on screen. */
export const nextFrame = (page: Page) =>
  // Passed as source text: tsx's name-keeping helper does not exist inside the page.
  page.evaluate('new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))');
