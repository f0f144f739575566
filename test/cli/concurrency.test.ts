// The CLI checks many workbooks on worker threads and still reports them in input order, whatever order they finish in.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkFile, type CheckTask } from '../../src/cli/check-file';
import { main } from '../../src/cli/main';
import { Worker } from 'node:worker_threads';
import {
  checkAll,
  dropSpareWorker,
  inOrderRelease,
  jobCount,
  offerWorker,
  runInLanes,
  runInWorkers,
} from '../../src/cli/pool';
import { createProgress } from '../../src/cli/progress';
import { ReportSchema } from '../../src/core/model';
import { writeFlatExport } from '../../bench/generate';
import { seed000Workbook } from './helpers';

describe('runInLanes and inOrderRelease', () => {
  it('returns results in input order while they complete in another', async () => {
    // Each task finishes only when the test says so (no timers: a loaded machine cannot reorder them).
    const finish: Array<() => void> = [];
    const started: number[] = [];
    const completed: number[] = [];
    const lane = (i: number) =>
      new Promise<string>((resolve) => {
        started.push(i);
        finish[i] = () => resolve(`file-${i}`);
      });
    const settle = () => new Promise<void>((r) => setImmediate(r));
    const run = runInLanes([0, 1, 2, 3, 4], [lane, lane], (index) => completed.push(index));
    await settle();
    // Never more lanes busy than given.
    expect(started).toEqual([0, 1]);
    // The first task is slow: the second lane takes every other one in turn.
    for (const i of [1, 2, 3, 4]) {
      finish[i]?.();
      await settle();
      expect(started).toEqual(i < 4 ? [0, 1, ...[2, 3, 4].slice(0, i)] : [0, 1, 2, 3, 4]);
    }
    finish[0]?.();
    const results = await run;
    expect(results).toEqual(['file-0', 'file-1', 'file-2', 'file-3', 'file-4']);
    expect(completed).toEqual([1, 2, 3, 4, 0]);
  });

  it('releases each result once every earlier one has been released', () => {
    const released: string[] = [];
    const release = inOrderRelease<string>((i, r) => released.push(`${i}:${r}`));
    release(2, 'c');
    release(1, 'b');
    expect(released).toEqual([]);
    release(0, 'a');
    expect(released).toEqual(['0:a', '1:b', '2:c']);
    release(3, 'd');
    expect(released).toEqual(['0:a', '1:b', '2:c', '3:d']);
  });

  it('takes the job count from INDICATOR_CHECKER_JOBS, else the cores, never more than the files', () => {
    expect(jobCount({ INDICATOR_CHECKER_JOBS: '3' }, 10)).toBe(3);
    expect(jobCount({ INDICATOR_CHECKER_JOBS: '3' }, 2)).toBe(2);
    expect(jobCount({}, 64)).toBe(Math.min(os.availableParallelism(), 64));
    expect(jobCount({ INDICATOR_CHECKER_JOBS: 'many' }, 64)).toBe(Math.min(os.availableParallelism(), 64));
    expect(jobCount({ INDICATOR_CHECKER_JOBS: '2' }, 1)).toBe(1);
    // 0: in the main thread (debugging); even a single file otherwise goes to a worker.
    expect(jobCount({ INDICATOR_CHECKER_JOBS: '0' }, 64)).toBe(0);
    expect(jobCount({}, 1)).toBe(1);
  });
});

describe('a worker started by the launcher before the command loaded', () => {
  // A stand-in worker that answers each task with where it was answered.
  const echo = () =>
    new Worker(
      "const { parentPort } = require('node:worker_threads'); parentPort.on('message', (t) => parentPort.postMessage({ ok: true, outcome: { by: 'early', task: t } }));",
      { eval: true },
    );
  const exited = (w: Worker) => new Promise<number>((resolve) => w.once('exit', resolve));
  const local = () => Promise.reject(new Error('not run here'));
  const failed = () => ({ by: 'failed' });

  it('is taken by the first lane, and ended with the lanes', async () => {
    const w = echo();
    const gone = exited(w);
    offerWorker(w);
    const tasks = [{ n: 1 }, { n: 2 }] as unknown as Parameters<typeof runInWorkers>[0];
    const out = await runInWorkers(tasks, 1, local, failed, () => {});
    expect(out).toEqual([
      { by: 'early', task: { n: 1 } },
      { by: 'early', task: { n: 2 } },
    ]);
    // The lanes end the worker they took: nothing is left for dropSpareWorker.
    await gone;
    await dropSpareWorker();
  });

  it('is ended when no lane takes it, and is not taken once it has failed', async () => {
    const w = echo();
    const gone = exited(w);
    offerWorker(w);
    await dropSpareWorker();
    await gone;
    // A worker that failed while starting: the lane starts its own (here the real one, which checks the file).
    const broken = new Worker("throw new Error('no start')", { eval: true });
    const brokenGone = exited(broken);
    offerWorker(broken);
    await brokenGone;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-early-'));
    try {
      const file = path.join(dir, 'a.xlsx');
      await fs.writeFile(file, await seed000Workbook());
      const task: CheckTask = {
        input: { path: file },
        out: null,
        settings: { lang: 'zh-CN', config: undefined, summarySheet: false, debug: false },
      };
      const [outcome] = await checkAll([task], 1, () => {});
      expect(outcome?.report.error).toBeNull();
      expect(outcome?.report.tables).toHaveLength(1);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 60000);
});

describe('checking a folder of workbooks of different sizes on worker threads', () => {
  let dir: string;
  const names = [
    'a-flat-export-20000.xlsx',
    'b-劳动能力鉴定费用.xlsx',
    'c-satisfaction.xlsx',
    'd-not-a-workbook.xlsx',
    'e-劳动能力鉴定费用.xlsx',
  ];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-jobs-'));
    const folder = path.join(dir, 'in');
    await fs.mkdir(folder);
    // The first file is by far the largest (checking it takes ~50 times a small one's time, worker start-up included),
    // so it finishes last although it starts first; the margin must survive a faster core and a loaded machine.
    await writeFlatExport(path.join(folder, names[0] as string), 20000);
    await fs.writeFile(path.join(folder, names[1] as string), await seed000Workbook());
    await fs.writeFile(path.join(folder, names[2] as string), await seed000Workbook({ patch: { E19: '≤95' } }));
    await fs.writeFile(path.join(folder, names[3] as string), '项目名称,劳动能力鉴定费用\n');
    await fs.writeFile(path.join(folder, names[4] as string), await seed000Workbook({ patch: { E12: '≥1500' } }));
  }, 120000);

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  const tasks = (): CheckTask[] =>
    names.map((n) => ({
      input: { path: path.join(dir, 'in', n) },
      out: null,
      settings: { lang: 'zh-CN', config: undefined, summarySheet: false, debug: false },
    }));

  it('two workers: results in input order, equal to checking the files one by one', async () => {
    const completed: number[] = [];
    const parallel = await checkAll(tasks(), 2, (i) => completed.push(i));
    expect(parallel.map((o) => path.basename(o.report.file))).toEqual(names);
    // The big export finished after the small workbooks the other worker checked meanwhile.
    expect(completed[completed.length - 1]).toBe(0);
    expect(completed).not.toEqual([0, 1, 2, 3, 4]);
    const oneByOne = [];
    for (const t of tasks()) oneByOne.push(await checkFile(t));
    expect(parallel).toEqual(oneByOne);
    expect(parallel[0]?.report.tables.length).toBeGreaterThan(800);
    expect(parallel[2]?.report.findings.some((f) => f.ruleId === 'satisfaction-direction')).toBe(true);
    expect(parallel[3]?.report.error?.code).toBe('not-a-workbook');
  }, 180000);

  it('the CLI prints one JSON report in input order, the same with one job or several, and annotates each file', async () => {
    const run = async (jobs: string, out: string) => {
      let stdout = '';
      const io = {
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: () => true },
        env: { INDICATOR_CHECKER_JOBS: jobs },
      };
      const status = await main(['check', path.join(dir, 'in'), '--json', '--out', path.join(dir, out)], io);
      return { status, report: ReportSchema.parse(JSON.parse(stdout)) };
    };
    const many = await run('3', 'out-3');
    const one = await run('1', 'out-1');
    expect(many.report.files.map((f) => path.basename(f.file))).toEqual(names);
    expect(many.status).toBe(1);
    expect(many.status).toBe(one.status);
    const strip = (r: typeof many.report) =>
      r.files.map((f) => ({ ...f, output: f.output && path.basename(f.output) }));
    expect(strip(many.report)).toEqual(strip(one.report));
    for (const n of names.filter((x) => !x.startsWith('d-'))) {
      const [a, b] = await Promise.all([
        fs.readFile(path.join(dir, 'out-3', n)),
        fs.readFile(path.join(dir, 'out-1', n)),
      ]);
      expect(a.length).toBeGreaterThan(0);
      expect(Math.abs(a.length - b.length)).toBeLessThan(64);
    }
  }, 180000);

  it("draws the progress bar on a terminal stderr only, and clears it before each file's summary", async () => {
    const err: string[] = [];
    let stdout = '';
    const io = {
      stdout: { write: (s: string) => (stdout += s), isTTY: false },
      stderr: { write: (s: string) => err.push(s), isTTY: true, columns: 100 },
      env: { INDICATOR_CHECKER_JOBS: '2' },
    };
    await main(
      [
        'check',
        path.join(dir, 'in', names[1] as string),
        path.join(dir, 'in', names[2] as string),
        path.join(dir, 'in', names[4] as string),
      ],
      io,
    );
    const bars = err.filter((s) => s.startsWith('\r['));
    expect(bars[0]).toMatch(/ 0\/3 /);
    expect(bars[bars.length - 1]).toMatch(/\[#{20}\] 3\/3 /);
    expect(err[err.length - 1]).toBe('\r\x1b[K');
    expect(stdout.indexOf(names[1] as string)).toBeLessThan(stdout.indexOf(names[2] as string));
    expect(stdout.indexOf(names[2] as string)).toBeLessThan(stdout.indexOf(names[4] as string));
    // Without a terminal on stderr, no bar at all.
    const quiet: string[] = [];
    createProgress({ write: (s: string) => quiet.push(s) }, 3, false).update(1, 'x');
    expect(quiet).toEqual([]);
  }, 120000);
});
