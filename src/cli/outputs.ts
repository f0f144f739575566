// Where --out puts each copy: the input's own name, unless that name is taken — by another copy of this run or by a
// file that is not our own earlier copy — in which case the copy takes the first free name `预算 (2).xlsx`, and the
// report says so. A copy never replaces an input, another copy of the run, or somebody else's workbook.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { FileError, Lang } from '../core/model';
import { readWorkbookInfo } from '../hosts/file/opc';
import { readStored } from '../hosts/file/own-sheets';
import { readWorkbook } from '../hosts/file/read';
import { Package } from '../hosts/file/zip-package';
import { readWorkbookBytes, resolveReal, type InputFile } from '../hosts/file/node';
import { reason } from './check-file';
import { cliText } from './messages';

export interface OutputPlan {
  /** Input → where its copy goes. */
  paths: Map<InputFile, string>;
  /** Input → why its copy does not carry its own name (an `output-renamed` warning for its report). */
  renamed: Map<InputFile, FileError>;
}

/** Why a name was passed over: another copy of this run has it, or a file there is not ours. */
type Taken = { by: 'copy'; input: string } | { by: 'foreign' };

/** More suffixes than this and something is wrong with the folder: refuse rather than loop on. */
const MAX_SUFFIX = 9999;

/**
 * Plans every copy: DIR/<name> for a file argument, DIR/<path inside the folder> for a file found in a folder
 * argument (an .xlsm's copy stays an .xlsm). Refuses the whole run (a message: exit status 2, nothing written) when a
 * copy would land on an input file (same real path or inode: `--out` is the input's own folder). A name another copy
 * of this run already has, or an existing file that is not our own earlier copy, is passed over for `name (2).ext`,
 * `name (3).ext`… (names compared without case and Unicode normalization, as Windows, macOS and USB sticks do).
 */
export async function planOutputs(
  inputs: readonly InputFile[],
  outDir: string,
  lang: Lang,
): Promise<OutputPlan | string> {
  const t = cliText(lang);
  try {
    await fs.mkdir(outDir, { recursive: true });
    if (!(await fs.stat(outDir)).isDirectory()) return t.outNotDir(outDir, 'not a folder');
  } catch (e) {
    return t.outNotDir(outDir, reason(e));
  }
  const inputReal = new Map<string, string>();
  const inputInodes = new Map<string, string>();
  for (const input of inputs) {
    if (input.error) continue;
    inputReal.set(await resolveReal(input.path), input.path);
    const st = await fs.stat(input.path).catch(() => null);
    if (st) inputInodes.set(`${st.dev}:${st.ino}`, input.path);
  }
  const isInput = async (out: string): Promise<string | undefined> => {
    const st = await fs.stat(out).catch(() => null);
    return inputReal.get(await resolveReal(out)) ?? (st ? inputInodes.get(`${st.dev}:${st.ino}`) : undefined);
  };

  const plan: OutputPlan = { paths: new Map(), renamed: new Map() };
  const taken = new Map<string, string>();
  for (const input of inputs) {
    if (input.error) continue;
    const wanted = path.join(outDir, input.relative ?? path.basename(input.path));
    const clash = await isInput(wanted);
    if (clash !== undefined) return t.outIsInput(wanted, clash);
    let out = wanted;
    let passed: Taken | null = null;
    for (let n = 2; ; n++) {
      const key = nameKey(await resolveReal(out));
      const before = taken.get(key);
      const why: Taken | null =
        before !== undefined
          ? { by: 'copy', input: before }
          : (await isInput(out)) !== undefined || (await ownership(out, input.path)) === 'foreign'
            ? { by: 'foreign' }
            : null;
      if (why === null) {
        taken.set(key, input.path);
        break;
      }
      passed ??= why;
      if (n > MAX_SUFFIX) return t.outNotDir(outDir, `${wanted}: no free name`);
      out = suffixed(wanted, n);
    }
    plan.paths.set(input, out);
    if (passed) plan.renamed.set(input, renamedWarning(wanted, out, passed));
  }
  return plan;
}

/** `dir/预算.xlsx`, 2 → `dir/预算 (2).xlsx`. */
export function suffixed(file: string, n: number): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)} (${n})${ext}`);
}

/** Two names that one file system may take for the same file: compared case-folded and NFC-normalized. */
function nameKey(real: string): string {
  return real.normalize('NFC').toLowerCase();
}

/**
 * Whether the file at `out` may be replaced by the copy of `input`: `free` (nothing there, or something that is not a
 * regular file, which the write itself then reports as failed), `ours` (a copy this tool wrote: it carries our
 * annotation-state sheet, or it holds exactly the input's cells — a copy with nothing flagged, or a cleared one), or
 * `foreign` (anything else: another workbook, a file that is not a workbook).
 */
export async function ownership(out: string, input: string): Promise<'free' | 'ours' | 'foreign'> {
  const st = await fs.stat(out).catch(() => null);
  if (!st || !st.isFile()) return 'free';
  const existing = await readWorkbookBytes(out);
  if (!existing.ok) return 'foreign';
  try {
    const pkg = Package.open(existing.bytes);
    // readStored throws for a sheet of our name that we did not write: that workbook is not ours.
    if (readStored(pkg, readWorkbookInfo(pkg).sheets).sheet) return 'ours';
  } catch {
    return 'foreign';
  }
  const source = await readWorkbookBytes(input);
  if (!source.ok) return 'foreign';
  if (Buffer.compare(Buffer.from(existing.bytes), Buffer.from(source.bytes)) === 0) return 'ours';
  const [a, b] = await Promise.all([readWorkbook(existing.bytes), readWorkbook(source.bytes)]);
  if (!a.ok || !b.ok) return 'foreign';
  return cellsKey(a.grids) === cellsKey(b.grids) ? 'ours' : 'foreign';
}

function cellsKey(
  grids: ReadonlyArray<{ sheet: string; top: number; left: number; cells: unknown; merges: unknown }>,
): string {
  return JSON.stringify(grids.map((g) => [g.sheet, g.top, g.left, g.cells, g.merges]));
}

function renamedWarning(wanted: string, out: string, why: Taken): FileError {
  const name = path.basename(wanted);
  const zh =
    why.by === 'copy'
      ? `输出目录中的 ${name} 已是 ${why.input} 的副本`
      : `输出目录中已有 ${name}，它不是本工具写出的副本，未覆盖`;
  const en =
    why.by === 'copy'
      ? `${name} in the output folder is already the copy of ${why.input}`
      : `${name} in the output folder is not a copy this tool wrote and was not overwritten`;
  return {
    code: 'output-renamed',
    message: `${zh}；本文件的副本写为 ${path.basename(out)} / ${en}; this file's copy was written as ${path.basename(out)}`,
  };
}
