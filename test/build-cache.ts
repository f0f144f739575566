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
 * The stamp of a build in `dir` lies beside it (`dir.built.json`, so nothing is added to what the build wrote) and
 * keeps the build's result; it counts while it is newer than every input (paths relative to the repository).
 */
function freshStamp<T>(dir: string, inputs: readonly string[]): { stamp: string; result: T | undefined } {
  const stamp = `${dir}.built.json`;
  const newest = Math.max(...inputs.map((p) => newestMtime(path.join(ROOT, p))));
  if (!existsSync(stamp) || !existsSync(dir) || statSync(stamp).mtimeMs <= newest) return { stamp, result: undefined };
  return { stamp, result: (JSON.parse(readFileSync(stamp, 'utf8')) as { result: T }).result };
}

/** A build starts from an empty folder: files of an older build (hashed names) must not pass for this one's. */
function prepare(dir: string, stamp: string): void {
  rmSync(stamp, { force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
}

/** `build()`'s result, from the last build into `dir` when no input changed since, else from building again. */
export async function cachedBuild<T>(dir: string, inputs: readonly string[], build: () => Promise<T>): Promise<T> {
  const { stamp, result } = freshStamp<T>(dir, inputs);
  if (result !== undefined) return result;
  prepare(dir, stamp);
  const made = await build();
  writeFileSync(stamp, JSON.stringify({ result: made ?? null }));
  return made;
}

/** cachedBuild for a build made synchronously (a child process). */
export function cachedBuildSync<T>(dir: string, inputs: readonly string[], build: () => T): T {
  const { stamp, result } = freshStamp<T>(dir, inputs);
  if (result !== undefined) return result;
  prepare(dir, stamp);
  const made = build();
  writeFileSync(stamp, JSON.stringify({ result: made ?? null }));
  return made;
}

/** The address the WPS package is built for in tests (its deployment files name it; its pages load relatively). */
export const WPS_URL_BASE = 'http://intranet.example.gov.cn/addins/indicator-checker/';
const WPS_INPUTS = ['src', 'wps', 'assets', 'scripts/build-wps.ts', 'webpack.config.js', 'package.json'];

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
