// The `indicator-checker` command: check workbooks (report, annotated copies) and clear annotated copies.

import { TOOL_VERSION } from '../core/version';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { MappingOverrideSchema, type FileReport, type Lang, type MappingOverride } from '../core/model';
import { parseConfig } from '../core/check';
import { formatConfigErrors, type ResolvedConfig } from '../core/rules/config';
import { clearWorkbook } from '../hosts/file/annotate';
import { writeFileAtomic } from '../hosts/file/atomic';
import { fileError } from '../hosts/file/errors';
import { nativeDeflate, readWorkbookBytes, walkInputs } from '../hosts/file/node';
import { langFromEnv, parseArgs, type CheckCommand, type ClearCommand } from './args';
import { reason, type CheckSettings } from './check-file';
import { cliText } from './messages';
import { planOutputs, type OutputPlan } from './outputs';
import { dropSpareWorker, inOrderRelease, jobCount, offerWorker, renderAll } from './pool';
import { createProgress } from './progress';
import { jsonReport, noteRenamed, type RenderedOutcome, type RenderTask } from './render';
import { buildReport, exitStatus, formatTotal, summarizeTallies } from './report';

export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  env: NodeJS.ProcessEnv;
  /** stdout also takes UTF-8 bytes (a node stream): the JSON report is written as the pieces it is made in. */
  bytes?: boolean;
}

export function toolVersion(): string {
  return TOOL_VERSION;
}

/** Runs one command line; resolves to the exit status. Never throws for bad input: a usage error is status 2. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const envLang = langFromEnv(io.env);
  const args = parseArgs(argv, envLang);
  switch (args.command) {
    case 'help':
      io.stdout.write(`${cliText(envLang).help(toolVersion())}\n`);
      return 0;
    case 'version':
      io.stdout.write(`${toolVersion()}\n`);
      return 0;
    case 'usage-error':
      io.stderr.write(`indicator-checker: ${args.message}\n`);
      return 2;
    case 'check':
      return runCheck(args, io, envLang);
    case 'clear':
      return runClear(args, io, envLang);
  }
}

async function runCheck(args: CheckCommand, io: CliIo, envLang: Lang): Promise<number> {
  const loaded = await loadSettings(args, io, envLang);
  if (!loaded.ok) return usageError(io, loaded.message);
  const settings = loaded.value;
  const { lang } = settings;

  const inputs = await walkInputs(args.inputs);
  const outputs: OutputPlan | string = args.out
    ? await planOutputs(inputs, args.out, lang)
    : { paths: new Map(), renamed: new Map() };
  if (typeof outputs === 'string') return usageError(io, outputs);
  // The JSON report is indented for a person reading it on a terminal, compact for a file or a pipe (a third the size
  // on a big export), as ESLint's json formatter writes it; either is one JSON document.
  const pretty = !!io.stdout.isTTY;
  const render = args.json ? (pretty ? 'json' : 'json-compact') : 'text';
  const tasks: RenderTask[] = inputs.map((input) => ({
    input,
    out: outputs.paths.get(input) ?? null,
    settings,
    render,
    renamed: outputs.renamed.get(input),
  }));
  const outcomes = await checkAndPrint(tasks, args.json, pretty, io);

  const summary = summarizeTallies(outcomes.map((o) => o.tally));
  if (args.json) {
    io.stdout.write(jsonReport.tail(outcomes.length, summary, pretty));
  } else {
    io.stdout.write(`${formatTotal(summary, lang)}\n`);
  }
  if (inputs.length === 0) io.stderr.write(`indicator-checker: ${cliText(lang).noReadableInput}\n`);
  return exitStatus({ files: outcomes.map((o) => o.report), summary });
}

/** A value the command line asked for, or the usage error that stops the run. */
type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

/** The settings every file is checked with: --config and --profile, the language, --map. */
async function loadSettings(args: CheckCommand, io: CliIo, envLang: Lang): Promise<Loaded<CheckSettings>> {
  const config = await loadConfig(args, envLang);
  if (!config.ok) return config;
  const { lang } = config.value;
  const map: Loaded<MappingOverride[]> = args.map ? await loadMap(args.map, lang) : { ok: true, value: [] };
  if (!map.ok) return map;
  const settings = {
    lang,
    config: config.value,
    summarySheet: args.summarySheet,
    debug: !!io.env.DEBUG,
    map: map.value,
  };
  return { ok: true, value: settings };
}

/** The configuration from --config and --profile, its `lang` the one the run speaks. */
async function loadConfig(args: CheckCommand, envLang: Lang): Promise<Loaded<ResolvedConfig>> {
  let raw: Record<string, unknown> | undefined;
  if (args.config) {
    const t = cliText(args.lang ?? envLang);
    const read = await readJsonFile(args.config);
    if (!read.ok) return { ok: false, message: t.configUnreadable(args.config, read.why) };
    const parsed = read.value;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return { ok: false, message: t.configUnreadable(args.config, '不是 JSON 对象 / not a JSON object') };
    }
    raw = parsed as Record<string, unknown>;
  }
  if (args.profile) raw = { ...raw, profile: args.profile };
  const parsed = parseConfig(raw);
  if (!parsed.ok) {
    const t = cliText(args.lang ?? envLang);
    return {
      ok: false,
      message: `${t.configInvalid(args.config ?? '--profile')}\n${formatConfigErrors(parsed.errors)}`,
    };
  }
  // --lang wins, then the configuration file's own `lang`, then the environment.
  const lang: Lang = args.lang ?? (raw && 'lang' in raw ? parsed.config.lang : envLang);
  return { ok: true, value: { ...parsed.config, lang } };
}

/** The mapping overrides of --map. */
async function loadMap(file: string, lang: Lang): Promise<Loaded<MappingOverride[]>> {
  const t = cliText(lang);
  const read = await readJsonFile(file);
  if (!read.ok) return { ok: false, message: t.mapUnreadable(file, read.why) };
  const parsed = z.array(MappingOverrideSchema).safeParse(read.value);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return { ok: false, message: t.mapInvalid(file, why) };
  }
  return { ok: true, value: parsed.data };
}

/**
 * Checks the files and prints each one's part of the output. Up to one worker thread per core checks the files, each
 * rendering its own part (render.ts); everything is printed in input order all the same, the JSON report piece by
 * piece as the files come (its head here, its tail left to the caller).
 */
async function checkAndPrint(
  tasks: readonly RenderTask[],
  json: boolean,
  pretty: boolean,
  io: CliIo,
): Promise<RenderedOutcome[]> {
  const progress = createProgress(io.stderr, tasks.length, !!io.stderr.isTTY);
  if (tasks.length > 0) progress.update(0, tasks[0].input.path);
  const tool = buildReport(toolVersion(), []).tool;
  if (json) io.stdout.write(jsonReport.head(tool, pretty));
  const decoder = new TextDecoder();
  const writeBytes = io.bytes
    ? (piece: Uint8Array) => (io.stdout as unknown as { write(bytes: Uint8Array): unknown }).write(piece)
    : (piece: Uint8Array) => io.stdout.write(decoder.decode(piece));
  let done = 0;
  const print = inOrderRelease<RenderedOutcome>((index, outcome) => {
    progress.finish();
    for (const w of outcome.warnings) io.stderr.write(`${w}\n`);
    if (outcome.text !== null) io.stdout.write(`${outcome.text}\n`);
    if (outcome.json !== null) {
      io.stdout.write(jsonReport.before(index, pretty));
      for (const piece of outcome.json) writeBytes(piece);
    }
  });
  const outcomes = await renderAll(tasks, jobCount(io.env, tasks.length), (index, outcome) => {
    print(index, outcome);
    progress.update(++done, outcome.report.file);
  });
  progress.finish();
  return outcomes;
}

async function runClear(args: ClearCommand, io: CliIo, envLang: Lang): Promise<number> {
  const lang = args.lang ?? envLang;
  const t = cliText(lang);
  const inputs = await walkInputs(args.inputs);
  const outputs = await planOutputs(inputs, args.out as string, lang);
  if (typeof outputs === 'string') return usageError(io, outputs);
  const files: FileReport[] = [];
  for (const input of inputs) {
    const report: FileReport = { file: input.path, error: input.error ?? null, tables: [], findings: [] };
    files.push(report);
    if (report.error) continue;
    const read = await readWorkbookBytes(input.path);
    if (!read.ok) {
      report.error = read.error;
      continue;
    }
    const out = outputs.paths.get(input) as string;
    try {
      const cleared = await clearWorkbook(read.bytes, { deflate: nativeDeflate });
      await fs.mkdir(path.dirname(out), { recursive: true });
      await writeFileAtomic(out, cleared);
      report.output = out;
      noteRenamed(report, outputs.renamed.get(input));
    } catch (e) {
      report.error = fileError('write-failed', `${out}: ${reason(e)}`);
    }
  }
  const report = buildReport(toolVersion(), files);
  if (args.json) {
    io.stdout.write(`${JSON.stringify(report, null, io.stdout.isTTY ? 2 : undefined)}\n`);
  } else {
    for (const f of files) {
      io.stdout.write(`== ${f.file}\n  ${f.error ? t.cannotRead(f.error.message) : t.cleared(f.output ?? '')}\n`);
      for (const w of f.warnings ?? []) io.stdout.write(`  ${w.message}\n`);
    }
  }
  if (inputs.length === 0) io.stderr.write(`indicator-checker: ${t.noReadableInput}\n`);
  const ok = files.some((f) => f.error === null) && !files.some((f) => f.error?.code === 'write-failed');
  return ok ? 0 : 2;
}

/**
 * A JSON file the user named (--config, --map): its value, or why not in both languages — file missing or
 * unreadable, or not valid JSON with the line and column where the parser stopped.
 */
async function readJsonFile(file: string): Promise<{ ok: true; value: unknown } | { ok: false; why: string }> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, why: '找不到文件 / file not found' };
    if (code === 'EISDIR') return { ok: false, why: '这是文件夹 / it is a folder' };
    return { ok: false, why: `无法读取 / cannot read (${reason(e)})` };
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    if (!at) return { ok: false, why: '不是有效的 JSON / not valid JSON' };
    const before = text.replace(/^\uFEFF/, '').slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return {
      ok: false,
      why: `不是有效的 JSON（第 ${line} 行第 ${column} 列附近）/ not valid JSON (near line ${line}, column ${column})`,
    };
  }
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`indicator-checker: ${message}\n`);
  return 2;
}

/** Entry point for bin/indicator-checker.js: real streams, and stdout kept for the report alone. */
/**
 * The command as the launcher runs it. `early`: a worker thread the launcher started before loading this code (see
 * offerWorker), taken by the first file's lane or ended when the command is done.
 */
export async function run(argv: readonly string[] = process.argv.slice(2), early?: Worker | null): Promise<void> {
  if (early) offerWorker(early);
  // A library that logs must not corrupt the JSON on stdout: console output goes to stderr while we run.
  const toStderr = (...parts: unknown[]) => process.stderr.write(`${parts.map(String).join(' ')}\n`);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  // `indicator-checker check … | head`: the reader went away; end quietly with the status so far, no stack trace.
  const closed = (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  };
  process.stdout.on('error', closed);
  process.stderr.on('error', closed);
  try {
    process.exitCode = await main(argv, {
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      bytes: true,
    });
  } catch (e) {
    process.stderr.write(`indicator-checker: ${reason(e)}\n`);
    if (process.env.DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : ''}\n`);
    process.exitCode = 2;
  } finally {
    await dropSpareWorker();
  }
}

if (require.main === module) void run();
