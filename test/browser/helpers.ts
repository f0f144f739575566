// Browser-test plumbing: build the web pages once, serve them from 127.0.0.1, launch Debian's Chromium, refuse the network.

import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Request } from 'playwright-core';

import { ARTIFACTS, ROOT, webProductionBuild } from '../build-cache';

export { ARTIFACTS, ROOT };
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium present: run; absent: skip loudly on a workstation, fail in CI (where it must be installed). */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const text = `Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`;
  if (process.env.CI) throw new Error(`${text}: browser tests cannot run in CI without it`);
  console.warn(`\n⚠⚠⚠ SKIPPING BROWSER TESTS: ${text} ⚠⚠⚠\n`);
  return false;
}

/**
 * The built pages. `WEB_DIST` names a directory built already; otherwise the production build the build test checks
 * (test/build-cache.ts), made once for both.
 */
export function ensureBuilt(): string {
  if (process.env.WEB_DIST) {
    const dir = path.resolve(process.env.WEB_DIST);
    if (!existsSync(path.join(dir, 'standalone.html'))) throw new Error(`WEB_DIST=${dir} has no standalone.html`);
    return dir;
  }
  return webProductionBuild();
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** A static file server on 127.0.0.1 and a random port; nothing outside `dir` is served. */
export async function serve(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(root + path.sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Launched {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with a fresh profile (a new --user-data-dir, which Playwright takes as launchPersistentContext's
 * directory) and the flags that keep it from calling home.
 */
export async function launch(options: {
  locale: string;
  viewport?: { width: number; height: number };
}): Promise<Launched> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'indicator-checker-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.locale,
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Every request the pages make goes through here: 127.0.0.1 is served, anything else is aborted and recorded, so a
 * test can assert that the list stays empty (the pages make no network request).
 */
export async function guardNetwork(context: BrowserContext): Promise<{ offsite: string[]; requests: string[] }> {
  const offsite: string[] = [];
  const requests: string[] = [];
  context.on('request', (r: Request) => requests.push(r.url()));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') {
      await route.continue();
    } else {
      offsite.push(url.href);
      await route.abort('blockedbyclient');
    }
  });
  return { offsite, requests };
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/** Page errors and CSP violations fail the test: the pages must run under their own policy. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  return problems;
}
