// Whole processes, as a user waits for them (issue 15): `indicator-checker check FILE` in text, with `--json` and
// with `--out`, against a process that reads the file with exceljs, one that reads it with SheetJS (xlsx 0.18.5,
// the npm registry's latest), and the floor: a process that inflates every part and tokenizes every sheet without
// building anything; `--out` also against a process that reads and writes the file with exceljs (issue 14). Wall
// time from spawn to exit, CPU time (user + system, all threads) and the process's peak resident set
// (bench/peak-rss.cjs).

import { spawn } from 'node:child_process';
import { closeSync, openSync, promises as fs } from 'node:fs';
import * as path from 'node:path';

export const PROCESS_OPS = [
  'exceljs-read',
  'sheetjs-read',
  'floor',
  'check',
  'check --json',
  'exceljs-read-write',
  'check --out',
] as const;
export type ProcessOp = (typeof PROCESS_OPS)[number];

/** The issue's targets on the 100 000-row export, whole processes. */
export const PROCESS_TARGETS = { checkText: 0.4, checkJson: 0.6, memory: 0.5 } as const;

export interface ProcessStats {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** CPU time of the process (user + system, every thread): steadier than wall time on a shared machine. */
  medianCpuMs: number | null;
  medianPeakRssMB: number | null;
}

export interface ProcessCase {
  input: string;
  label: string;
  ops: Record<ProcessOp, ProcessStats>;
  /** Medians over exceljs-read's median; `paired`: the median of each run's back-to-back ratio. */
  overExcelJs: Record<ProcessOp, number>;
  paired: { checkText: number; checkJson: number; checkOut: number };
  /** The same on CPU time. */
  cpuOverExcelJs: Record<ProcessOp, number | null>;
  /** check --out over exceljs read + write (issue 14), wall and CPU. */
  outOverReadWrite: { wall: number; cpu: number | null };
  memoryOverExcelJs: number | null;
  /** Peak memory of check --out over exceljs read's. */
  outMemoryOverExcelJs: number | null;
}

export interface ProcessCommands {
  /** node arguments that run bench/child.ts (compiled or through tsx), and its environment. */
  child: { args: string[]; env: NodeJS.ProcessEnv };
  /** The compiled CLI's launcher. */
  launcher: string;
}

const ROOT = path.resolve(__dirname, '..');
const PEAK = path.join(__dirname, 'peak-rss.cjs');

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function argsOf(op: ProcessOp, file: string, outDir: string, cmd: ProcessCommands): string[] {
  switch (op) {
    case 'exceljs-read':
    case 'exceljs-read-write':
    case 'sheetjs-read':
    case 'floor':
      return [...cmd.child.args, op, file, outDir];
    case 'check':
      return [cmd.launcher, 'check', file];
    case 'check --json':
      return [cmd.launcher, 'check', file, '--json'];
    case 'check --out':
      return [cmd.launcher, 'check', file, '--out', path.join(outDir, 'annotated')];
  }
}

/**
 * One process: wall and CPU milliseconds and peak RSS in MB (exit status 1, findings, is expected of `check`). Its
 * stdout goes to a file, as `indicator-checker check … --json > report.json` writes it: read into this process's
 * memory instead (a pipe), the 120 MB JSON report of the 100 000-row export would be timed with the benchmark's own
 * reading of it, on the same two cores.
 */
function timeProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
  stdoutFile: string,
): Promise<{ ms: number; cpuMs: number | null; peakMB: number | null }> {
  return new Promise((resolve, reject) => {
    const out = openSync(stdoutFile, 'w');
    const started = performance.now();
    const child = spawn(process.execPath, ['--require', PEAK, ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', out, 'pipe'],
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (d: string) => {
      stderr = (stderr + d).slice(-100_000);
    });
    child.on('error', (e) => {
      closeSync(out);
      reject(e);
    });
    child.on('close', (code) => {
      const ms = performance.now() - started;
      closeSync(out);
      if (code !== 0 && code !== 1) {
        reject(new Error(`${args.join(' ')} failed (${String(code)}): ${stderr.trim().slice(-2000)}`));
        return;
      }
      const kb = /BENCH_PEAK_RSS_KB=(\d+)/.exec(stderr);
      const cpu = /BENCH_CPU_MS=(\d+)/.exec(stderr);
      resolve({ ms, cpuMs: cpu ? Number(cpu[1]) : null, peakMB: kb ? round(Number(kb[1]) / 1024, 1) : null });
    });
  });
}

export async function processCase(
  input: { id: string; label: string; file: string },
  runs: number,
  outDir: string,
  cmd: ProcessCommands,
  log: (s: string) => void,
): Promise<ProcessCase> {
  const times = new Map<ProcessOp, number[]>(PROCESS_OPS.map((op) => [op, []]));
  const cpus = new Map<ProcessOp, number[]>(PROCESS_OPS.map((op) => [op, []]));
  const peaks = new Map<ProcessOp, number[]>(PROCESS_OPS.map((op) => [op, []]));
  const perRun: Array<Record<ProcessOp, number>> = [];
  const cliEnv = { ...process.env, NODE_OPTIONS: '', NODE_PATH: path.join(ROOT, 'node_modules') };
  for (let r = 0; r < runs; r++) {
    const run = {} as Record<ProcessOp, number>;
    // The operations alternate within a run, so a busy spell of the machine weighs on every side of a ratio.
    for (const op of PROCESS_OPS) {
      const env = op.startsWith('check') ? cliEnv : cmd.child.env;
      const m = await timeProcess(argsOf(op, input.file, outDir, cmd), env, path.join(outDir, 'stdout.txt'));
      run[op] = m.ms;
      times.get(op)?.push(m.ms);
      if (m.cpuMs !== null) cpus.get(op)?.push(m.cpuMs);
      if (m.peakMB !== null) peaks.get(op)?.push(m.peakMB);
      log(
        `  ${input.id} process run ${r + 1}/${runs} ${op}: ${Math.round(m.ms)} ms, CPU ${m.cpuMs ?? '?'} ms, peak ${m.peakMB ?? '?'} MB`,
      );
    }
    perRun.push(run);
    await fs.rm(path.join(outDir, 'annotated'), { recursive: true, force: true });
    await fs.rm(path.join(outDir, 'stdout.txt'), { force: true });
  }
  const ops = Object.fromEntries(
    PROCESS_OPS.map((op) => {
      const t = times.get(op) as number[];
      const c = cpus.get(op) as number[];
      const p = peaks.get(op) as number[];
      const stats: ProcessStats = {
        runs: t.length,
        medianMs: round(median(t), 1),
        minMs: round(Math.min(...t), 1),
        maxMs: round(Math.max(...t), 1),
        medianCpuMs: c.length ? round(median(c), 1) : null,
        medianPeakRssMB: p.length ? round(median(p), 1) : null,
      };
      return [op, stats];
    }),
  ) as Record<ProcessOp, ProcessStats>;
  const base = ops['exceljs-read'];
  const overExcelJs = Object.fromEntries(
    PROCESS_OPS.map((op) => [op, round(ops[op].medianMs / base.medianMs)]),
  ) as Record<ProcessOp, number>;
  const cpuOver = (a: ProcessStats, b: ProcessStats) =>
    a.medianCpuMs !== null && b.medianCpuMs ? round(a.medianCpuMs / b.medianCpuMs) : null;
  const cpuOverExcelJs = Object.fromEntries(PROCESS_OPS.map((op) => [op, cpuOver(ops[op], base)])) as Record<
    ProcessOp,
    number | null
  >;
  const peakOver = (p: number | null) => (p !== null && base.medianPeakRssMB ? round(p / base.medianPeakRssMB) : null);
  const readWrite = ops['exceljs-read-write'];
  return {
    input: input.id,
    label: input.label,
    ops,
    overExcelJs,
    paired: {
      checkText: round(median(perRun.map((r) => r.check / r['exceljs-read']))),
      checkJson: round(median(perRun.map((r) => r['check --json'] / r['exceljs-read']))),
      checkOut: round(median(perRun.map((r) => r['check --out'] / r['exceljs-read-write']))),
    },
    cpuOverExcelJs,
    outOverReadWrite: {
      wall: round(ops['check --out'].medianMs / readWrite.medianMs),
      cpu: cpuOver(ops['check --out'], readWrite),
    },
    memoryOverExcelJs: peakOver(ops.check.medianPeakRssMB),
    outMemoryOverExcelJs: peakOver(ops['check --out'].medianPeakRssMB),
  };
}

export function formatProcessCases(cases: readonly ProcessCase[]): string {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const lines = [
    'Whole processes (spawn to exit): the CLI, exceljs read, SheetJS read (xlsx 0.18.5), floor (inflate + tokenize)',
    `${'case'.padEnd(34)}${'process'.padEnd(20)}${pad('wall ms', 9)}${pad('min', 9)}${pad('max', 9)}${pad('CPU ms', 9)}${pad('peak MB', 9)}${pad('/exceljs', 10)}${pad('CPU /', 8)}`,
  ];
  for (const c of cases) {
    for (const op of PROCESS_OPS) {
      const s = c.ops[op];
      lines.push(
        `${c.label.padEnd(34)}${op.padEnd(20)}${pad(s.medianMs.toFixed(0), 9)}${pad(s.minMs.toFixed(0), 9)}${pad(s.maxMs.toFixed(0), 9)}${pad(s.medianCpuMs?.toFixed(0) ?? '?', 9)}${pad(s.medianPeakRssMB?.toFixed(0) ?? '?', 9)}${pad(`${c.overExcelJs[op]}×`, 10)}${pad(`${c.cpuOverExcelJs[op] ?? '?'}×`, 8)}`,
      );
    }
    lines.push(
      `${''.padEnd(34)}paired runs: check ${c.paired.checkText}×, check --json ${c.paired.checkJson}× exceljs read; peak memory check / exceljs read ${c.memoryOverExcelJs ?? '?'}×`,
      `${''.padEnd(34)}check --out / exceljs read + write: ${c.outOverReadWrite.wall}× (CPU ${c.outOverReadWrite.cpu ?? '?'}×, paired runs ${c.paired.checkOut}×); peak memory check --out / exceljs read ${c.outMemoryOverExcelJs ?? '?'}×`,
    );
  }
  return lines.join('\n');
}
