// Builds that several test files need (the web pages, the WPS package): made once under test/artifacts and reused
// while no input is newer than the build, so a test run compiles each of them once, whichever file asks first.

import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import path from 'path';
import { buildWps, type BuildResult } from '../scripts/build-wps';

export const ROOT = path.resolve(__dirname, '..');
export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');

/** The newest modification time of a file or of anything below a folder (0 when it does not exist). */
export function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/**
 * The stamp of a build in `dir` lies beside it (`dir.built.json`, so nothing is added to what the build wrote): the
 * build's result and the newest input's time taken before it began, so an input edited during the build makes it
 * stale. It counts while no input (paths relative to the repository) is newer.
 */
function freshResult<T>(dir: string, inputs: readonly string[]): { stamp: string; newest: number; result?: T } {
  const stamp = `${dir}.built.json`;
  const newest = Math.max(...inputs.map((p) => newestMtime(path.join(ROOT, p))));
  if (!existsSync(stamp) || !existsSync(dir)) return { stamp, newest };
  const saved = JSON.parse(readFileSync(stamp, 'utf8')) as { inputsAt?: number; result: T };
  return saved.inputsAt !== undefined && saved.inputsAt >= newest
    ? { stamp, newest, result: saved.result }
    : { stamp, newest };
}

/** A build starts from an empty folder: files of an older build (hashed names) must not pass for this one's. */
function prepare(dir: string, stamp: string): void {
  rmSync(stamp, { force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
}

const LOCK_STALE_MS = 15 * 60_000;

/**
 * Takes `dir`'s build lock (a folder beside it: mkdir is atomic), so that test files run by parallel jest workers do
 * not build into the same folder at once; false while another process holds it. A lock older than any build is left
 * over from a killed run and taken over.
 */
function takeLock(dir: string): boolean {
  const lock = `${dir}.lock`;
  mkdirSync(path.dirname(dir), { recursive: true });
  try {
    mkdirSync(lock);
    return true;
  } catch {
    if (Date.now() - statSync(lock).mtimeMs < LOCK_STALE_MS) return false;
    rmSync(lock, { recursive: true, force: true });
    return takeLock(dir);
  }
}

const releaseLock = (dir: string) => rmSync(`${dir}.lock`, { recursive: true, force: true });
const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** `build()`'s result, from the last build into `dir` when no input changed since, else from building again. */
export async function cachedBuild<T>(dir: string, inputs: readonly string[], build: () => Promise<T>): Promise<T> {
  for (;;) {
    const fresh = freshResult<T>(dir, inputs);
    if (fresh.result !== undefined) return fresh.result;
    if (!takeLock(dir)) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      continue;
    }
    try {
      prepare(dir, fresh.stamp);
      const made = await build();
      writeFileSync(fresh.stamp, JSON.stringify({ inputsAt: fresh.newest, result: made ?? null }));
      return made;
    } finally {
      releaseLock(dir);
    }
  }
}

/** cachedBuild for a build made synchronously (a child process). */
export function cachedBuildSync<T>(dir: string, inputs: readonly string[], build: () => T): T {
  for (;;) {
    const fresh = freshResult<T>(dir, inputs);
    if (fresh.result !== undefined) return fresh.result;
    if (!takeLock(dir)) {
      sleepSync(1000);
      continue;
    }
    try {
      prepare(dir, fresh.stamp);
      const made = build();
      writeFileSync(fresh.stamp, JSON.stringify({ inputsAt: fresh.newest, result: made ?? null }));
      return made;
    } finally {
      releaseLock(dir);
    }
  }
}

/** The address the WPS package is built for in tests (its deployment files name it; its pages load relatively). */
export const WPS_URL_BASE = 'http://intranet.example.gov.cn/addins/indicator-checker/';
const WPS_INPUTS = [
  'src',
  'wps',
  'assets',
  'scripts/build-wps.ts',
  'webpack.config.js',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/** `npm run build:wps` for WPS_URL_BASE as production builds it, into test/artifacts/wps-package. */
export function wpsPackage(): Promise<BuildResult> {
  const dir = path.join(ARTIFACTS, 'wps-package');
  return cachedBuild(dir, WPS_INPUTS, () =>
    buildWps({ url: WPS_URL_BASE, outDir: dir, mode: 'production', log: () => undefined }),
  );
}

/** The address the web pages are built for in tests. */
export const WEB_PROD_URL = 'https://czj.example.gov.cn/apps/indicator-checker/';
const WEB_INPUTS = [
  'src',
  'assets',
  'manifest.xml',
  'manifest.json',
  'localization',
  'webpack.config.js',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts',
];

/**
 * `npm run build` for WEB_PROD_URL into test/artifacts/prod, with Office.js self-hosted from a snapshot folder (here
 * the npm copy), so the pages load in Chromium with no network: what the build test checks and the browser tests use.
 */
export function webProductionBuild(): string {
  const dir = path.join(ARTIFACTS, 'prod');
  const snapshot = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
  const args = ['--mode', 'production', '--env', `url=${WEB_PROD_URL}`, '--env', `outDir=${dir}`];
  cachedBuildSync(dir, WEB_INPUTS, () => {
    execFileSync(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), ...args, '--env', `officeJs=dir:${snapshot}`],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], timeout: 480_000 },
    );
    return true;
  });
  return dir;
}
