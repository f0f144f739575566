// The long-table case of `npm run bench` (issue 15, #46): one table of 10 000 and of 100 000 rows, each checked by a
// whole `indicator-checker check` process, as a user runs it. The figure is wall time per row, and the ratio of the
// big table's to the small one's: 1 for a core linear in rows (start-up weighs on the small table, so a little less).

import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { writeLongTable } from './long-table';

export const LONG_TARGET = 1.5;

export interface LongTableRun {
  rows: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Median wall milliseconds per indicator row. */
  msPerRow: number;
}

export interface LongTableCase {
  sizes: LongTableRun[];
  /** Time per row of the biggest table over the smallest's. */
  ratio: number;
}

const ROOT = path.resolve(__dirname, '..');

const compiled = new Map<string, Promise<string>>();

/**
 * Builds the CLI as `npm run build:cli` ships it (the bundles of scripts/build-cli.js: one file per thread), into `dir`
 * (not lib/, which other work may be rebuilding), once per benchmark run; returns the launcher
 * (bin/indicator-checker.js pointed at that build).
 */
export function compileCli(dir: string): Promise<string> {
  let p = compiled.get(dir);
  if (!p) compiled.set(dir, (p = compileCliOnce(dir)));
  return p;
}

async function compileCliOnce(dir: string): Promise<string> {
  const out = path.join(dir, 'lib');
  await fs.rm(out, { recursive: true, force: true });
  // The build script is CommonJS JavaScript (npm runs it with node): loaded as such.
  const { bundleCli } = createRequire(__filename)(path.join(ROOT, 'scripts', 'build-cli.js')) as {
    bundleCli: (outdir: string) => Promise<void>;
  };
  await bundleCli(path.join(out, 'cli'));
  if (!existsSync(path.join(out, 'cli', 'main.js')) || !existsSync(path.join(out, 'cli', 'worker.js')))
    throw new Error(`bundling the CLI into ${out} failed`);
  // bin/indicator-checker.js itself (it starts the first worker before loading main.js), beside this build's lib/.
  const launcher = path.join(dir, 'bin', 'indicator-checker.js');
  await fs.mkdir(path.dirname(launcher), { recursive: true });
  await fs.copyFile(path.join(ROOT, 'bin', 'indicator-checker.js'), launcher);
  return launcher;
}

/** Wall milliseconds of one `indicator-checker check <file>` process (exit status 1, findings, is expected). */
function timeCheck(launcher: string, file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    execFile(
      process.execPath,
      [launcher, 'check', file],
      {
        cwd: ROOT,
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, NODE_OPTIONS: '', NODE_PATH: path.join(ROOT, 'node_modules') },
      },
      (error, _stdout, stderr) => {
        const ms = performance.now() - started;
        const code = error ? (error as { code?: unknown }).code : 0;
        if (code !== 0 && code !== 1)
          reject(new Error(`indicator-checker check ${file} failed (${String(code)}): ${stderr.trim()}`));
        else resolve(ms);
      },
    );
  });
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function longTableCase(
  dataDir: string,
  sizes: readonly number[],
  runs: number,
  log: (s: string) => void,
): Promise<LongTableCase> {
  const launcher = await compileCli(path.join(dataDir, 'cli'));
  const files: string[] = [];
  for (const n of sizes) {
    const file = path.join(dataDir, `long-${n}.xlsx`);
    if (!existsSync(file)) {
      const tmp = `${file}.${process.pid}.tmp`;
      await writeLongTable(tmp, n);
      await fs.rename(tmp, file);
    }
    files.push(file);
  }
  const times: number[][] = sizes.map(() => []);
  // The sizes alternate within a run, so a busy spell of the machine weighs on both.
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < sizes.length; i++) {
      const ms = await timeCheck(launcher, files[i] as string);
      times[i]?.push(ms);
      log(`  long table ${sizes[i]} rows, run ${r + 1}/${runs}: ${Math.round(ms)} ms`);
    }
  }
  const out: LongTableRun[] = sizes.map((rows, i) => {
    const t = times[i] as number[];
    const medianMs = median(t);
    return {
      rows,
      runs: t.length,
      medianMs: Math.round(medianMs),
      minMs: Math.round(Math.min(...t)),
      maxMs: Math.round(Math.max(...t)),
      msPerRow: medianMs / rows,
    };
  });
  const first = out[0] as LongTableRun;
  const last = out[out.length - 1] as LongTableRun;
  return { sizes: out, ratio: Math.round((last.msPerRow / first.msPerRow) * 100) / 100 };
}

export function formatLongTable(c: LongTableCase): string {
  const lines = ['One long table (bench/long-table.ts), whole `indicator-checker check` processes'];
  for (const s of c.sizes) {
    lines.push(
      `  ${String(s.rows).padStart(7)} rows: ${String(s.medianMs).padStart(7)} ms median (min ${s.minMs}, max ${s.maxMs}, ${s.runs} runs), ${(s.msPerRow * 1000).toFixed(1)} µs per row`,
    );
  }
  lines.push(`  time per row, biggest / smallest: ${c.ratio}×`);
  return lines.join('\n');
}
