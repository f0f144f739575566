// `npm run bench [-- --size small|full] [--runs N] [--source]`: time and peak memory of reading, checking and annotating
// generated workbooks against exceljs alone, core throughput, and the Excel host's round trips. JSON on stdout, a
// table on stderr, each target stated as met or not.

import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FILE_OPS, type CoreMeasure, type FileMeasure, type FileOp } from './child';
import { excelRoundTrips as runExcelRoundTrips, type RoundTripSummary } from './roundtrips';
import { prepareInputs, type BenchInput } from './generate';
import { compileCli, formatLongTable, LONG_TARGET, longTableCase, type LongTableCase } from './long-case';
import { formatProcessCases, PROCESS_TARGETS, processCase, type ProcessCase } from './process-case';

export type Size = 'small' | 'full';

export interface BenchOptions {
  size: Size;
  /** Runs per file case (median taken); the 100 000-row case uses at most `bigRuns`. */
  runs: number;
  bigRuns: number;
  /** Where generated workbooks are kept between runs. */
  dataDir: string;
  /** Measure the TypeScript sources through tsx instead of the compiled JavaScript the CLI ships. */
  source: boolean;
}

/** The targets (issue 8). */
export const TARGETS = {
  coreRowsPerSecond: 200_000,
  checkOverRead: 1.3,
  annotateOverReadWrite: 1.3,
  memoryOverRead: 1.5,
} as const;

/** Issue 14's targets (the package patcher), on the largest flat export. */
export const PATCH_TARGETS = {
  /** check + annotate / exceljs read + write. */
  annotateOverReadWrite: 0.6,
  /** Peak memory of check + annotate / peak memory of exceljs read alone. */
  annotateMemoryOverRead: 1,
} as const;

const SIZES: Record<Size, { flat: number[]; stacked: number; core: number[]; long: number[] }> = {
  small: { flat: [1000], stacked: 200, core: [1000], long: [1000, 10_000] },
  full: { flat: [1000, 10_000, 100_000], stacked: 200, core: [1000, 10_000, 100_000], long: [10_000, 100_000] },
};

const ROOT = path.resolve(__dirname, '..');

/** How a measurement process is started: compiled JavaScript (as `npm run build:cli` ships it) or tsx. */
interface ChildCommand {
  args: string[];
  env: NodeJS.ProcessEnv;
  kind: 'compiled' | 'tsx';
}

/**
 * Compiles bench/child.ts and what it imports with the project's compiler settings into `dir`, so that the
 * figures are those of the JavaScript the CLI runs (tsx's on-the-fly output is slower: esbuild keeps names).
 */
async function compileChild(dir: string): Promise<ChildCommand> {
  const out = path.join(dir, 'js');
  const config = path.join(dir, 'tsconfig.bench.json');
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(
    config,
    JSON.stringify({
      extends: path.join(ROOT, 'tsconfig.json'),
      compilerOptions: {
        outDir: out,
        rootDir: ROOT,
        noEmit: false,
        noEmitOnError: false,
        declaration: false,
        sourceMap: false,
        typeRoots: [path.join(ROOT, 'node_modules/@types')],
        types: ['node'],
      },
      include: [],
      files: [path.join(__dirname, 'child.ts')],
    }),
  );
  const started = Date.now();
  // Type errors elsewhere in the tree (work in progress) must not stop the emit; the file's time says whether it built.
  await new Promise<void>((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], { cwd: ROOT }, () =>
      resolve(),
    );
  });
  const js = path.join(out, 'bench', 'child.js');
  if (!existsSync(js) || (await fs.stat(js)).mtimeMs < started - 2000)
    throw new Error(`compiling bench/child.ts into ${out} failed`);
  return {
    args: [js],
    env: { ...process.env, NODE_OPTIONS: '', NODE_PATH: path.join(ROOT, 'node_modules') },
    kind: 'compiled',
  };
}

function tsxChild(): ChildCommand {
  return {
    args: ['--import', 'tsx', path.join(__dirname, 'child.ts')],
    env: { ...process.env, NODE_OPTIONS: '' },
    kind: 'tsx',
  };
}

let child: ChildCommand = tsxChild();

interface OpStats {
  runs: number;
  medianMs: number;
  medianCpuMs: number;
  minMs: number;
  maxMs: number;
  medianPeakRssMB: number;
  medianBaseRssMB: number;
}

export interface FileCase {
  input: string;
  label: string;
  indicatorRows: number;
  fileBytes: number;
  tables: number;
  findings: number;
  ops: Record<FileOp, OpStats>;
  /**
   * Ratios of the medians measured in this run (the operations alternate, so a busy spell weighs on both sides).
   * `cpuRatios`: the same on CPU time (all threads, GC helpers included); `pairedRatios`: the median of the ratios
   * of each run's back-to-back pair, which a steady machine makes equal to `ratios`.
   */
  ratios: {
    checkOverRead: number;
    annotateOverReadWrite: number;
    memoryOverRead: number;
    annotateMemoryOverRead: number;
  };
  cpuRatios: { checkOverRead: number; annotateOverReadWrite: number };
  pairedRatios: { checkOverRead: number; annotateOverReadWrite: number };
}

export interface CoreCase {
  input: string;
  label: string;
  indicatorRows: number;
  tables: number;
  findings: number;
  medianMs: number;
  medianCpuMs: number;
  /** Indicator rows per second of wall time: detection and rules run on one thread. */
  rowsPerSecond: number;
  /** The same on CPU time, which adds V8's background threads (GC marking, compilation) working alongside. */
  rowsPerCpuSecond: number;
}

export interface TargetVerdict {
  target: string;
  limit: string;
  measured: string;
  met: boolean;
  /** The case the verdict is judged on. */
  on: string;
  /** Set when the run is too small for the verdict to mean much (the targets are stated for 100 000 rows). */
  indicative?: boolean;
}

export interface BenchResult {
  size: Size;
  /** What was measured: the compiled JavaScript the CLI runs, or the sources through tsx. */
  code: 'compiled' | 'tsx';
  machine: { nproc: number; cpu: string; node: string; platform: string; totalMemoryMB: number; loadAverage: number[] };
  startedAt: string;
  files: FileCase[];
  core: CoreCase[];
  /**
   * Whole processes on the flat exports (issue 15): the CLI in text, --json and --out, exceljs's read, SheetJS's
   * read and the floor, each spawned and timed to its exit.
   */
  processes: ProcessCase[];
  /** One long table (issue 15, #46): whole CLI processes, time per row. */
  longTable: LongTableCase;
  excelRoundTrips: RoundTripSummary;
  targets: TargetVerdict[];
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Runs bench/child in a fresh node and parses its one JSON line. */
function runChild<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...child.args, ...args],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, env: child.env },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`bench child ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
          return;
        }
        const line = stdout.trim().split('\n').pop() ?? '';
        try {
          resolve(JSON.parse(line) as T);
        } catch {
          reject(new Error(`bench child ${args.join(' ')} printed no result: ${stdout}${stderr}`));
        }
      },
    );
  });
}

function stats(measures: readonly FileMeasure[]): OpStats {
  const ms = measures.map((m) => m.ms);
  return {
    runs: measures.length,
    medianMs: round(median(ms), 1),
    medianCpuMs: round(median(measures.map((m) => m.cpuMs)), 1),
    minMs: round(Math.min(...ms), 1),
    maxMs: round(Math.max(...ms), 1),
    medianPeakRssMB: round(median(measures.map((m) => m.peakRssMB)), 1),
    medianBaseRssMB: round(median(measures.map((m) => m.baseRssMB)), 1),
  };
}

async function fileCase(input: BenchInput, runs: number, outDir: string, log: (s: string) => void): Promise<FileCase> {
  const byOp = new Map<FileOp, FileMeasure[]>(FILE_OPS.map((op) => [op, []]));
  const perRun: Record<FileOp, FileMeasure>[] = [];
  for (let r = 0; r < runs; r++) {
    const run = {} as Record<FileOp, FileMeasure>;
    // Operations alternate within a run, so a busy moment of the machine weighs on both sides of a ratio.
    for (const op of FILE_OPS) {
      const m = await runChild<FileMeasure>([op, input.file, outDir]);
      if (m.indicators !== input.indicatorRows && op.startsWith('check')) {
        throw new Error(`${input.id} ${op}: ${m.indicators} indicators read, ${input.indicatorRows} written`);
      }
      run[op] = m;
      byOp.get(op)?.push(m);
      log(`  ${input.id} run ${r + 1}/${runs} ${op}: ${Math.round(m.ms)} ms, peak ${m.peakRssMB} MB`);
    }
    perRun.push(run);
  }
  const ops = Object.fromEntries(FILE_OPS.map((op) => [op, stats(byOp.get(op) ?? [])])) as Record<FileOp, OpStats>;
  const check = byOp.get('check')?.[0];
  return {
    input: input.id,
    label: input.label,
    indicatorRows: input.indicatorRows,
    fileBytes: (await fs.stat(input.file)).size,
    tables: check?.tables ?? 0,
    findings: check?.findings ?? 0,
    ops,
    ratios: {
      checkOverRead: round(ops.check.medianMs / ops['exceljs-read'].medianMs),
      annotateOverReadWrite: round(ops['check-annotate'].medianMs / ops['exceljs-read-write'].medianMs),
      memoryOverRead: round(ops.check.medianPeakRssMB / ops['exceljs-read'].medianPeakRssMB),
      annotateMemoryOverRead: round(ops['check-annotate'].medianPeakRssMB / ops['exceljs-read'].medianPeakRssMB),
    },
    cpuRatios: {
      checkOverRead: round(ops.check.medianCpuMs / ops['exceljs-read'].medianCpuMs),
      annotateOverReadWrite: round(ops['check-annotate'].medianCpuMs / ops['exceljs-read-write'].medianCpuMs),
    },
    pairedRatios: {
      checkOverRead: round(median(perRun.map((r) => r.check.ms / r['exceljs-read'].ms))),
      annotateOverReadWrite: round(median(perRun.map((r) => r['check-annotate'].ms / r['exceljs-read-write'].ms))),
    },
  };
}

async function coreCase(spec: string, label: string, repeat: number): Promise<CoreCase> {
  const m = await runChild<CoreMeasure>(['core', spec, '', String(repeat)]);
  // The first repetition pays for compiling the code; the median of the others is the steady state.
  const steady = (xs: number[]) => median(xs.length > 1 ? xs.slice(1) : xs);
  const ms = steady(m.ms);
  const cpuMs = steady(m.cpuMs);
  return {
    input: spec,
    label,
    indicatorRows: m.indicators,
    tables: m.tables,
    findings: m.findings,
    medianMs: round(ms, 1),
    medianCpuMs: round(cpuMs, 1),
    rowsPerSecond: Math.round((m.indicators / ms) * 1000),
    rowsPerCpuSecond: Math.round((m.indicators / cpuMs) * 1000),
  };
}

/** Issue 14's figure as whole processes (check --out against exceljs read + write), for the verdict's text. */
function outProcess(processes: readonly ProcessCase[]): string {
  const p = processes.filter((c) => c.input.startsWith('flat-')).pop();
  return p ? `; whole processes ${p.outOverReadWrite.wall}×, CPU ${p.outOverReadWrite.cpu ?? '?'}×` : '';
}

function verdicts(
  files: readonly FileCase[],
  core: readonly CoreCase[],
  size: Size,
  long?: LongTableCase,
  processes: readonly ProcessCase[] = [],
): TargetVerdict[] {
  const out: TargetVerdict[] = [];
  // Issue 15: whole processes on the largest flat export of the run.
  const p = processes.filter((c) => c.input.startsWith('flat-')).pop();
  if (p) {
    const sheetjs = p.ops['sheetjs-read'].medianMs;
    out.push(
      {
        target: 'whole process: check (text) / exceljs read',
        limit: `≤ ${PROCESS_TARGETS.checkText}×`,
        measured: `${p.overExcelJs.check}× (CPU ${p.cpuOverExcelJs.check ?? '?'}×, paired runs ${p.paired.checkText}×; floor ${p.overExcelJs.floor}×)`,
        met: p.overExcelJs.check <= PROCESS_TARGETS.checkText,
        on: p.input,
      },
      {
        target: 'whole process: check --json / exceljs read',
        limit: `≤ ${PROCESS_TARGETS.checkJson}×`,
        measured: `${p.overExcelJs['check --json']}× (CPU ${p.cpuOverExcelJs['check --json'] ?? '?'}×, paired runs ${p.paired.checkJson}×)`,
        met: p.overExcelJs['check --json'] <= PROCESS_TARGETS.checkJson,
        on: p.input,
      },
      {
        target: 'whole process: check and check --json faster than SheetJS read',
        limit: `< ${Math.round(sheetjs)} ms (${p.overExcelJs['sheetjs-read']}× exceljs)`,
        measured: `${Math.round(p.ops.check.medianMs)} / ${Math.round(p.ops['check --json'].medianMs)} ms`,
        met: p.ops.check.medianMs < sheetjs && p.ops['check --json'].medianMs < sheetjs,
        on: p.input,
      },
      {
        target: 'whole process: check peak memory / exceljs read peak memory',
        limit: `≤ ${PROCESS_TARGETS.memory}×`,
        measured: `${p.memoryOverExcelJs ?? '?'}× (${p.ops.check.medianPeakRssMB ?? '?'} / ${p.ops['exceljs-read'].medianPeakRssMB ?? '?'} MB)`,
        met: p.memoryOverExcelJs !== null && p.memoryOverExcelJs <= PROCESS_TARGETS.memory,
        on: p.input,
      },
    );
  }
  if (long && long.sizes.length > 1) {
    const [first, last] = [long.sizes[0], long.sizes[long.sizes.length - 1]];
    out.push({
      target: 'one long table: time per row, big / small (whole CLI processes)',
      limit: `≤ ${LONG_TARGET}×`,
      measured: `${long.ratio}× (${(last.msPerRow * 1000).toFixed(1)} / ${(first.msPerRow * 1000).toFixed(1)} µs per row)`,
      met: long.ratio <= LONG_TARGET,
      on: `long-${first.rows} / long-${last.rows}`,
    });
  }
  // Judged on the largest flat export of the run (100 000 rows at full size), as the issue states them.
  const flat = core.filter((c) => /^flat-\d/.test(c.input));
  const bigCore = flat[flat.length - 1];
  if (bigCore) {
    out.push({
      target: 'core detect + rules throughput (one thread)',
      limit: `≥ ${TARGETS.coreRowsPerSecond.toLocaleString('en-US')} rows/s`,
      measured: `${bigCore.rowsPerSecond.toLocaleString('en-US')} rows/s (per CPU second ${bigCore.rowsPerCpuSecond.toLocaleString('en-US')})`,
      met: bigCore.rowsPerSecond >= TARGETS.coreRowsPerSecond,
      on: bigCore.input,
    });
  }
  const flatFiles = files.filter((f) => f.input.startsWith('flat-'));
  const big = flatFiles[flatFiles.length - 1];
  if (big) {
    out.push(
      {
        target: 'check time / exceljs read time',
        limit: `≤ ${TARGETS.checkOverRead}×`,
        measured: `${big.ratios.checkOverRead}× (CPU ${big.cpuRatios.checkOverRead}×, paired runs ${big.pairedRatios.checkOverRead}×)`,
        met: big.ratios.checkOverRead <= TARGETS.checkOverRead,
        on: big.input,
      },
      {
        target: 'check + annotate time / exceljs read + write time',
        limit: `≤ ${TARGETS.annotateOverReadWrite}×`,
        measured: `${big.ratios.annotateOverReadWrite}× (CPU ${big.cpuRatios.annotateOverReadWrite}×, paired runs ${big.pairedRatios.annotateOverReadWrite}×)`,
        met: big.ratios.annotateOverReadWrite <= TARGETS.annotateOverReadWrite,
        on: big.input,
      },
      {
        target: 'check peak memory / exceljs read peak memory',
        limit: `≤ ${TARGETS.memoryOverRead}×`,
        measured: `${big.ratios.memoryOverRead}×`,
        met: big.ratios.memoryOverRead <= TARGETS.memoryOverRead,
        on: big.input,
      },
      {
        target: 'issue 14: check + annotate time / exceljs read + write time',
        limit: `≤ ${PATCH_TARGETS.annotateOverReadWrite}×`,
        measured: `${big.ratios.annotateOverReadWrite}× (CPU ${big.cpuRatios.annotateOverReadWrite}×, paired runs ${big.pairedRatios.annotateOverReadWrite}×${outProcess(processes)})`,
        met: big.ratios.annotateOverReadWrite <= PATCH_TARGETS.annotateOverReadWrite,
        on: big.input,
      },
      {
        target: 'issue 14: check + annotate peak memory / exceljs read peak memory',
        limit: `≤ ${PATCH_TARGETS.annotateMemoryOverRead}×`,
        measured: `${big.ratios.annotateMemoryOverRead}× (${big.ops['check-annotate'].medianPeakRssMB} / ${big.ops['exceljs-read'].medianPeakRssMB} MB)`,
        met: big.ratios.annotateMemoryOverRead <= PATCH_TARGETS.annotateMemoryOverRead,
        on: big.input,
      },
    );
  }
  // At 1 000 rows start-up and compilation dominate every figure: the verdicts then only indicate.
  if (size === 'small') for (const v of out) v.indicative = true;
  return out;
}

export async function runBench(options: BenchOptions, log: (s: string) => void = () => {}): Promise<BenchResult> {
  const sizes = SIZES[options.size];
  const startedAt = new Date().toISOString();
  child = options.source ? tsxChild() : await compileChild(path.join(options.dataDir, 'build'));
  const inputs = await prepareInputs(options.dataDir, sizes.flat, sizes.stacked);
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-bench-out-'));
  try {
    const files: FileCase[] = [];
    for (const input of inputs) {
      const runs = input.indicatorRows >= 100_000 ? Math.min(options.runs, options.bigRuns) : options.runs;
      files.push(await fileCase(input, runs, outDir, log));
    }
    const launcher = await compileCli(path.join(options.dataDir, 'cli'));
    const processes: ProcessCase[] = [];
    for (const input of inputs.filter((i) => i.id.startsWith('flat-'))) {
      const runs = input.indicatorRows >= 100_000 ? Math.min(options.runs, options.bigRuns) : options.runs;
      processes.push(await processCase(input, runs, outDir, { child, launcher }, log));
    }
    const core: CoreCase[] = [];
    for (const n of sizes.core) {
      const c = await coreCase(`flat-${n}`, `flat export, ${n.toLocaleString('en-US')} rows`, n >= 100_000 ? 6 : 8);
      log(`  core flat-${n}: ${c.rowsPerSecond} rows/s`);
      core.push(c);
    }
    const n = sizes.core[sizes.core.length - 1] as number;
    const unique = await coreCase(`flat-unique-${n}`, `same, every name unique`, n >= 100_000 ? 6 : 8);
    log(`  core flat-unique-${n}: ${unique.rowsPerSecond} rows/s`);
    core.push(unique);
    const stacked = await coreCase(`stacked-${sizes.stacked}`, `${sizes.stacked} stacked seed 000 tables`, 8);
    log(`  core stacked-${sizes.stacked}: ${stacked.rowsPerSecond} rows/s`);
    core.push(stacked);
    // Few runs: the 100 000-row table takes several seconds a process.
    const longTable = await longTableCase(options.dataDir, sizes.long, Math.min(options.runs, 3), log);
    const excelRoundTrips = await runExcelRoundTrips(options.size === 'small' ? [100, 1000] : [100, 10_000, 100_000]);
    return {
      size: options.size,
      code: child.kind,
      machine: {
        nproc: os.availableParallelism(),
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
        node: process.version,
        platform: `${os.platform()} ${os.release()} ${os.arch()}`,
        totalMemoryMB: Math.round(os.totalmem() / 1024 / 1024),
        loadAverage: os.loadavg().map((l) => round(l)),
      },
      startedAt,
      files,
      processes,
      core,
      longTable,
      excelRoundTrips,
      targets: verdicts(files, core, options.size, longTable, processes),
    };
  } finally {
    await fs.rm(outDir, { recursive: true, force: true });
  }
}

/** The readable table: one line per file case and operation, core throughput, round trips, then the verdicts. */
export function formatTable(r: BenchResult): string {
  const lines: string[] = [];
  const m = r.machine;
  lines.push(
    `Indicator Checker benchmark (${r.size}, ${r.code} code) — ${m.cpu}, ${m.nproc} cores, node ${m.node}, load ${m.loadAverage.join(' ')}`,
  );
  lines.push('');
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  lines.push(
    `${'case'.padEnd(34)}${'operation'.padEnd(22)}${pad('wall ms', 9)}${pad('min', 9)}${pad('max', 9)}${pad('CPU ms', 9)}${pad('peak MB', 9)}`,
  );
  for (const f of r.files) {
    for (const op of FILE_OPS) {
      const s = f.ops[op];
      lines.push(
        `${f.label.padEnd(34)}${op.padEnd(22)}${pad(s.medianMs.toFixed(0), 9)}${pad(s.minMs.toFixed(0), 9)}${pad(s.maxMs.toFixed(0), 9)}${pad(s.medianCpuMs.toFixed(0), 9)}${pad(s.medianPeakRssMB.toFixed(0), 9)}`,
      );
    }
    lines.push(
      `${''.padEnd(34)}ratios: check/read ${f.ratios.checkOverRead}×, check+annotate/read+write ${f.ratios.annotateOverReadWrite}×, memory ${f.ratios.memoryOverRead}×  (${f.tables} tables, ${f.findings} findings)`,
    );
  }
  lines.push('');
  lines.push(
    `${'core (in-memory grid)'.padEnd(34)}${pad('rows', 9)}${pad('tables', 9)}${pad('wall ms', 9)}${pad('CPU ms', 9)}${pad('rows/s', 12)}${pad('per CPU s', 12)}`,
  );
  for (const c of r.core) {
    lines.push(
      `${c.label.padEnd(34)}${pad(c.indicatorRows, 9)}${pad(c.tables, 9)}${pad(c.medianMs.toFixed(0), 9)}${pad(c.medianCpuMs.toFixed(0), 9)}${pad(c.rowsPerSecond, 12)}${pad(c.rowsPerCpuSecond, 12)}`,
    );
  }
  lines.push('');
  lines.push(formatProcessCases(r.processes));
  lines.push('');
  lines.push(formatLongTable(r.longTable));
  lines.push('');
  lines.push(
    'Excel host round trips (Office.js fake with the 5 MB payload cap; sent = write batches, received = values read)',
  );
  lines.push(r.excelRoundTrips.table);
  lines.push('');
  for (const t of r.targets) {
    const note = t.indicative ? ' — indicative only: the targets are for 100 000 rows (--size full)' : '';
    lines.push(`${t.met ? 'MET   ' : 'MISSED'} ${t.target}: ${t.measured} (target ${t.limit}, on ${t.on})${note}`);
  }
  return lines.join('\n');
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions | string {
  let size: Size = 'full';
  let runs: number | null = null;
  let dataDir = path.join(os.tmpdir(), 'indicator-checker-bench');
  let source = false;
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (name === '--size') {
      const v = value();
      if (v !== 'small' && v !== 'full') return `--size must be small or full, not ${v}`;
      size = v;
    } else if (name === '--runs') {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 1) return '--runs must be a positive integer';
      runs = v;
    } else if (name === '--data') {
      dataDir = path.resolve(value());
    } else if (name === '--source') {
      source = true;
    } else {
      return `unknown option ${argv[i]} (use --size small|full, --runs N, --data DIR, --source)`;
    }
  }
  return { size, runs: runs ?? (size === 'small' ? 3 : 5), bigRuns: runs ?? 5, dataDir, source };
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    process.stderr.write(`bench: ${options}\n`);
    process.exitCode = 2;
    return;
  }
  const result = await runBench(options, (s) => process.stderr.write(`${s}\n`));
  process.stderr.write(`\n${formatTable(result)}\n`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
