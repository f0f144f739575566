// One benchmark measurement in its own process, so that peak memory (maxRSS) belongs to that operation alone.
// Usage: node --import tsx bench/child.ts <op> <file> <out-dir> [repeat]; prints one JSON line.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import * as XLSX from 'xlsx';
import { checkFile } from '../src/cli/check-file';
import { entryDataOffset, sniffWorkbook } from '../src/hosts/file/zip-sniff';
import { checkGrids } from '../src/core/check';
import { flatExportGrid, stackedGrid } from './generate';

export const FILE_OPS = ['exceljs-read', 'check', 'exceljs-read-write', 'check-annotate'] as const;
/**
 * Peers of the reader, timed as whole processes (bench/process-case.ts): SheetJS's read (XLSX.read, every cell
 * parsed), and the floor: every part inflated and every sheet tokenized (saxes), nothing built.
 */
export const PEER_OPS = ['sheetjs-read', 'floor'] as const;
export type FileOp = (typeof FILE_OPS)[number] | (typeof PEER_OPS)[number];

export interface FileMeasure {
  op: FileOp;
  ms: number;
  /** CPU time of the process (all its threads) during the operation: steadier than wall time on a busy machine. */
  cpuMs: number;
  /** Resident set size high-water mark of the whole process, and its size before the operation started. */
  peakRssMB: number;
  baseRssMB: number;
  /** What the operation found, so a run that silently read nothing cannot look fast. */
  tables: number;
  indicators: number;
  findings: number;
}

export interface CoreMeasure {
  op: 'core';
  /** Milliseconds of detect + rules per repetition, in order (the first includes warm-up). */
  ms: number[];
  /** CPU milliseconds of the same repetitions. */
  cpuMs: number[];
  indicators: number;
  tables: number;
  findings: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function fileOp(op: FileOp, file: string, outDir: string): Promise<FileMeasure> {
  const out = path.join(outDir, `${op}-${process.pid}.xlsx`);
  const baseRssMB = mb(process.memoryUsage().rss);
  const cpuStarted = cpuNow();
  const started = performance.now();
  let tables = 0;
  let indicators = 0;
  let findings = 0;
  if (op === 'sheetjs-read') {
    const wb = XLSX.read(await fs.readFile(file), { type: 'buffer' });
    for (const name of wb.SheetNames) {
      const ref = wb.Sheets[name]['!ref'];
      if (ref) indicators += Math.max(0, XLSX.utils.decode_range(ref).e.r);
    }
  } else if (op === 'floor') {
    indicators = floor(new Uint8Array(await fs.readFile(file)));
  } else if (op === 'exceljs-read' || op === 'exceljs-read-write') {
    const wb = new ExcelJS.Workbook();
    const bytes = new Uint8Array(await fs.readFile(file));
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    for (const ws of wb.worksheets) indicators += Math.max(0, ws.actualRowCount - 1);
    if (op === 'exceljs-read-write') await fs.writeFile(out, new Uint8Array(await wb.xlsx.writeBuffer()));
  } else {
    // Exactly what the CLI does for one file (its worker's unit of work): read, detect, rules, annotated copy.
    const { report, warnings } = await checkFile({
      input: { path: file },
      out: op === 'check-annotate' ? out : null,
      settings: { lang: 'zh-CN', config: undefined, summarySheet: false, debug: true },
    });
    if (report.error) throw new Error(report.error.message);
    if (warnings.length > 0) throw new Error(warnings.join('\n'));
    tables = report.tables.length;
    for (const t of report.tables) indicators += t.indicators.length;
    findings = report.findings.length;
  }
  const ms = performance.now() - started;
  const cpuMs = cpuNow() - cpuStarted;
  // resourceUsage().maxRSS is the kernel's high-water mark in KiB: no sampling can miss a short peak.
  const peakRssMB = mb(process.resourceUsage().maxRSS * 1024);
  await fs.rm(out, { force: true });
  return { op, ms, cpuMs, peakRssMB, baseRssMB, tables, indicators, findings };
}

/**
 * The floor of any reader: every part inflated (node's zlib) and every worksheet's XML decoded and tokenized by saxes
 * without namespace processing, each element counted and nothing built. Returns the rows seen minus a header each.
 */
function floor(bytes: Uint8Array): number {
  const sniff = sniffWorkbook(bytes);
  if (!sniff.ok) throw new Error(sniff.error.message);
  let rows = 0;
  for (const e of sniff.entries) {
    const at = entryDataOffset(bytes, e) as number;
    const raw = bytes.subarray(at, at + e.compressedSize);
    const data = e.method === 8 ? inflateRawSync(raw) : raw;
    if (!/^\/?xl\/worksheets\/[^/]+\.xml$/.test(e.name)) continue;
    const parser = new SaxesParser({ xmlns: false, position: false });
    let sheetRows = 0;
    parser.on('opentag', (tag) => {
      if (tag.name === 'row') sheetRows++;
    });
    const decoder = new TextDecoder();
    for (let i = 0; i < data.length; i += 1 << 20)
      parser.write(decoder.decode(data.subarray(i, i + (1 << 20)), { stream: true }));
    parser.close();
    rows += Math.max(0, sheetRows - 1);
  }
  return rows;
}

function coreOp(spec: string, repeat: number): CoreMeasure {
  // stacked-N, flat-N or flat-unique-N (every indicator name different).
  const n = Number(/(\d+)$/.exec(spec)?.[1]);
  const { grid, indicatorRows } = spec.startsWith('stacked-')
    ? stackedGrid(n)
    : { grid: flatExportGrid(n, { uniqueNames: spec.startsWith('flat-unique-') }), indicatorRows: n };
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let tables = 0;
  let findings = 0;
  let indicators = 0;
  for (let i = 0; i < repeat; i++) {
    const c = cpuNow();
    const t = performance.now();
    const result = checkGrids([grid], { lang: 'zh-CN' });
    ms.push(performance.now() - t);
    cpuMs.push(cpuNow() - c);
    tables = result.tables.length;
    findings = result.findings.length;
    indicators = result.tables.reduce((s, x) => s + x.indicators.length, 0);
  }
  if (indicators !== indicatorRows)
    throw new Error(`core ${spec}: ${indicators} indicators read, ${indicatorRows} written`);
  return { op: 'core', ms, cpuMs, indicators, tables, findings };
}

async function main(): Promise<void> {
  const [op, target, outDir, repeat] = process.argv.slice(2);
  const result =
    op === 'core'
      ? coreOp(target, Number(repeat ?? 5))
      : await fileOp(op as FileOp, target, outDir ?? path.dirname(target));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
