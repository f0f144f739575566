// Runs the built CLI as a user does (a whole process), after building it the way `npm run build:cli` does.

import { execFile, execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'indicator-checker.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Compiles lib/ as `npm run build:cli` does; type errors elsewhere in the tree must not stop the emit. */
export function buildCli(): void {
  const started = Date.now();
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  } catch {
    // tsc exits non-zero on type errors but still emits; the mtime check below says whether it built.
  }
  if (statSync(path.join(ROOT, 'lib/cli/main.js')).mtimeMs < started - 2000)
    throw new Error('lib/cli/main.js was not rebuilt');
}

/** `indicator-checker ARGS` in `cwd`, with a Chinese locale unless `env` says otherwise. */
export function runCli(cwd: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd,
        env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', ...env },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}
