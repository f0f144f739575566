// The tests' shared builds (test/build-cache.ts): made once however many test files ask at the same time, reused
// while no input changed, made again when one did.

import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { cachedBuild, ROOT } from './build-cache';

describe('cachedBuild', () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'build-cache-'));
  const dir = path.join(base, 'out');
  // The build's one input, outside the repository (inputs are named relative to it): no file of the project is touched.
  const input = path.join(base, 'input.txt');
  writeFileSync(input, 'v1');
  const inputs = [path.relative(ROOT, input)];
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  let builds = 0;
  const build = (name: string) => async () => {
    builds++;
    await new Promise((resolve) => setTimeout(resolve, 300));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${name}.js`), name);
    return name;
  };

  it('builds once when two callers ask at once: the second waits for the first and takes its result', async () => {
    const [a, b] = await Promise.all([
      cachedBuild(dir, inputs, build('first')),
      cachedBuild(dir, inputs, build('second')),
    ]);
    expect([a, b, builds]).toEqual(['first', 'first', 1]);
    expect(readdirSync(dir)).toEqual(['first.js']);
  }, 20000);

  it('reuses the build while no input changed, and builds afresh into an empty folder when one did', async () => {
    expect(await cachedBuild(dir, inputs, build('again'))).toBe('first');
    expect(builds).toBe(1);
    const later = new Date(Date.now() + 60_000);
    utimesSync(input, later, later);
    expect(await cachedBuild(dir, inputs, build('fresh'))).toBe('fresh');
    expect(readdirSync(dir)).toEqual(['fresh.js']);
  }, 20000);
});
