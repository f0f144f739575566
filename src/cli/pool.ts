// Runs the CLI's per-file work on up to N worker threads, handing results back in input order.

import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileError } from '../core/model';
import { fileError } from '../hosts/file/errors';
import { checkFile, type CheckOutcome, type CheckTask } from './check-file';
import { rendered, renderFile, type RenderedOutcome, type RenderTask } from './render';

/** What runs one task: in this thread, or on a worker thread of its own. */
export type TaskRunner<T, R> = (task: T) => Promise<R>;

/**
 * Runs `tasks` with at most `lanes.length` at a time, each lane running one task after another. `onResult` sees
 * every result as soon as it is ready (any order); the returned array is in input order.
 */
export async function runInLanes<T, R>(
  tasks: readonly T[],
  lanes: readonly TaskRunner<T, R>[],
  onResult: (index: number, result: R) => void = () => {},
): Promise<R[]> {
  const results = new Array<R>(tasks.length);
  let next = 0;
  const lane = async (run: TaskRunner<T, R>) => {
    while (next < tasks.length) {
      const index = next++;
      const result = await run(tasks[index] as T);
      results[index] = result;
      onResult(index, result);
    }
  };
  await Promise.all(lanes.map((run) => lane(run)));
  return results;
}

/**
 * Releases results in input order as they complete: result i is released once 0…i-1 have been, so a report printed
 * file by file reads in the order the files were given whatever order the workers finish in.
 */
export function inOrderRelease<R>(release: (index: number, result: R) => void): (index: number, result: R) => void {
  const waiting = new Map<number, R>();
  let due = 0;
  return (index, result) => {
    waiting.set(index, result);
    while (waiting.has(due)) {
      const r = waiting.get(due) as R;
      waiting.delete(due);
      release(due++, r);
    }
  };
}

/**
 * How many worker threads check files at once: INDICATOR_CHECKER_JOBS if set, else the cores node may use, never
 * more than the files. 0 (INDICATOR_CHECKER_JOBS=0) checks in the main thread, for debugging.
 */
export function jobCount(env: NodeJS.ProcessEnv, files: number): number {
  const raw = env.INDICATOR_CHECKER_JOBS;
  const asked = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  if (asked === 0) return 0;
  const jobs = Number.isInteger(asked) && asked >= 1 ? asked : os.availableParallelism();
  return Math.max(1, Math.min(jobs, files));
}

/** A task worker.ts takes: a check, or a check rendered for the CLI's output. */
type WorkerTask = CheckTask | RenderTask;

interface WorkerReply<R> {
  ok: boolean;
  outcome?: R;
  message?: string;
}

/**
 * Starts the worker script next to this file: the compiled JavaScript, or during development (tests, tsx) the
 * TypeScript source behind tsx's require hook, since a worker does not inherit the loader of its parent.
 */
function startWorker(): Worker {
  const js = path.join(__dirname, 'worker.js');
  if (existsSync(js)) return new Worker(js);
  const ts = path.join(__dirname, 'worker.ts');
  const hook = require.resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(hook)}); require(${JSON.stringify(ts)});`, { eval: true });
}

/**
 * A worker thread started by the launcher (bin/indicator-checker.js) before this code was loaded, so that the two
 * start-ups (each 0.1–0.2 s of one core) overlap: the first lane to start a worker takes it. It is unreferenced until
 * then, so a run that never uses it (a usage error, one file checked here) is not kept alive by it.
 */
let spare: { worker: Worker; failed: boolean; fail: () => void } | null = null;

/** Hands the pool a worker started early (see `spare`); a failure while it starts makes the lanes start their own. */
export function offerWorker(worker: Worker): void {
  const offered = {
    worker,
    failed: false,
    fail: () => {
      offered.failed = true;
    },
  };
  worker.once('error', offered.fail);
  worker.once('exit', offered.fail);
  worker.unref();
  spare = offered;
}

/** The early worker if it is still alive (referenced again, the pool's early listeners removed), else null. */
function takeSpare(): Worker | null {
  const s = spare;
  spare = null;
  if (!s) return null;
  s.worker.off('error', s.fail);
  s.worker.off('exit', s.fail);
  if (s.failed) {
    void s.worker.terminate();
    return null;
  }
  s.worker.ref();
  return s.worker;
}

/** Ends the early worker if no lane took it. */
export async function dropSpareWorker(): Promise<void> {
  const s = spare;
  spare = null;
  if (s) await s.worker.terminate();
}

/** One lane backed by a worker thread, started on first use and replaced if it dies. */
class WorkerLane<T extends WorkerTask, R> {
  private worker: Worker | null = null;

  /** `failure`: the outcome of a task whose worker failed. */
  constructor(private readonly failure: (task: T, error: FileError) => R) {}

  run = (task: T): Promise<R> => {
    const worker = this.worker ?? this.start();
    return new Promise((resolve) => {
      const done = (outcome: R) => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(outcome);
      };
      const failed = (error: FileError): R => this.failure(task, error);
      const onMessage = (reply: WorkerReply<R>) =>
        done(
          reply.ok && reply.outcome ? reply.outcome : failed(fileError('internal', reply.message ?? 'worker failed')),
        );
      // A worker that fails costs that file, not the run: the next task gets a fresh worker. (Workbooks too big for
      // memory are refused before parsing, see readWorkbookBytes: V8 may end the whole process on a worker's OOM.)
      const onError = (e: Error & { code?: string }) => {
        this.worker = null;
        void worker.terminate();
        const message = e.message.split('\n')[0] ?? 'worker failed';
        done(
          failed(
            e.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? fileError('too-large', 'out of memory')
              : fileError('internal', message),
          ),
        );
      };
      const onExit = (code: number) => {
        this.worker = null;
        done(failed(fileError('internal', `worker exited (${code})`)));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(task);
    });
  };

  private start(): Worker {
    this.worker = takeSpare() ?? startWorker();
    return this.worker;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}

/**
 * Runs the tasks on `jobs` worker threads, or with `local` in this thread when jobs is 0. Even one task goes to a
 * worker, so a failure that kills a worker costs that task's outcome (made by `failed`), not the run. Results come
 * back in input order; `onResult` sees each as it completes.
 */
export async function runInWorkers<T extends WorkerTask, R>(
  tasks: readonly T[],
  jobs: number,
  local: TaskRunner<T, R>,
  failed: (task: T, error: FileError) => R,
  onResult: (index: number, outcome: R) => void,
): Promise<R[]> {
  if (jobs <= 0 || tasks.length === 0) return runInLanes(tasks, [local], onResult);
  const lanes = Array.from({ length: jobs }, () => new WorkerLane<T, R>(failed));
  try {
    return await runInLanes(
      tasks,
      lanes.map((l) => l.run),
      onResult,
    );
  } finally {
    await Promise.all(lanes.map((l) => l.close()));
  }
}

/** Checks the tasks (see runInWorkers). */
export function checkAll(
  tasks: readonly CheckTask[],
  jobs: number,
  onResult: (index: number, outcome: CheckOutcome) => void,
): Promise<CheckOutcome[]> {
  return runInWorkers(tasks, jobs, checkFile, failedCheck, onResult);
}

function failedCheck(task: CheckTask, error: FileError): CheckOutcome {
  return { report: { file: task.input.path, error, tables: [], findings: [] }, warnings: [] };
}

/**
 * checkAll for the CLI's output: each file's text or JSON is made where the file is checked, and only that and the
 * file's tally come back to this thread (see render.ts).
 */
export function renderAll(
  tasks: readonly RenderTask[],
  jobs: number,
  onResult: (index: number, outcome: RenderedOutcome) => void,
): Promise<RenderedOutcome[]> {
  const failed = (task: RenderTask, error: FileError) =>
    rendered(failedCheck(task, error), task.render, task.settings.lang);
  return runInWorkers(tasks, jobs, renderFile, failed, onResult);
}
