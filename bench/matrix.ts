import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { openDatabase } from '../main/db/open';
import { startBrowserMode } from '../main/testing/startBrowserMode';
import type { Budget } from './measure';
import { seedPartnerships } from './seed';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

interface CanvasTiming {
  firstRenderMs: number;
  panFrameP95Ms: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** Opens the matrix on a register of `count` partnerships; times the first render and a scripted pan. */
async function measureCanvas(page: Page, url: string, count: number): Promise<CanvasTiming> {
  const start = Date.now();
  await page.goto(`${url}#/matrix`);
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=matrix-node]').length >= n,
    count,
    { timeout: 120_000 },
  );
  const firstRenderMs = Date.now() - start;
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  // Passed as source text: tsx's name-keeping helper does not exist inside the page.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.frames_.push(now - last);
      last = now;
      if (window.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.down();
  for (let i = 0; i < 60; i++)
    await page.mouse.move(pane.x + pane.width / 2 - i * 6, pane.y + pane.height / 2 - i * 3);
  await page.mouse.up();
  const frames = (await page.evaluate(
    '(() => { window.recording = false; return window.frames_.slice(2); })()',
  )) as number[];
  return { firstRenderMs, panFrameP95Ms: percentile(frames, 0.95) };
}

async function canvasFor(
  count: number,
  folder: string,
  run: (url: string) => Promise<CanvasTiming>,
): Promise<CanvasTiming> {
  const file = path.join(folder, `matrix-${String(count)}.sqlite`);
  openDatabase(file).close();
  seedPartnerships(file, count).close();
  const server = await startBrowserMode(file);
  try {
    return await run(server.url);
  } finally {
    server.stop();
  }
}

/**
 * The matrix with 2,000 partnerships against the same page with 20, measured in the same run
 * in Debian's Chromium: first render and frame times while panning.
 */
export async function matrixBudgets(): Promise<Budget[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-matrix-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const small = await canvasFor(20, folder, (url) => measureCanvas(page, url, 20));
    const large = await canvasFor(2000, folder, (url) => measureCanvas(page, url, 2000));
    console.log(
      `matrix: 20 nodes ${String(small.firstRenderMs)} ms first render, p95 frame ${small.panFrameP95Ms.toFixed(1)} ms; ` +
        `2000 nodes ${String(large.firstRenderMs)} ms, p95 frame ${large.panFrameP95Ms.toFixed(1)} ms`,
    );
    return [
      {
        name: 'matrix first render, 2,000 vs 20 partnerships',
        ratio: large.firstRenderMs / small.firstRenderMs,
        limit: 8,
      },
      {
        name: 'matrix pan, p95 frame time, 2,000 vs 20 partnerships',
        ratio: large.panFrameP95Ms / Math.max(small.panFrameP95Ms, 16.7),
        limit: 3,
      },
    ];
  } finally {
    await browser.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
