// The CLI's own words (help, usage errors, the readable summary), in zh-CN and en-US.

import type { Lang } from '../core/model';
import { listCells } from '../core/order';

export interface CliText {
  help: (version: string) => string;
  usage: string;
  unknownCommand: (cmd: string) => string;
  unknownOption: (opt: string) => string;
  missingValue: (opt: string) => string;
  badLang: (v: string) => string;
  badProfile: (v: string, allowed: string) => string;
  noInputs: string;
  clearNeedsOut: string;
  summarySheetNeedsOut: string;
  optionNotForClear: (opt: string) => string;
  configUnreadable: (file: string, why: string) => string;
  configInvalid: (file: string) => string;
  mapUnreadable: (file: string, why: string) => string;
  mapInvalid: (file: string, why: string) => string;
  outNotDir: (dir: string, why: string) => string;
  outIsInput: (out: string, input: string) => string;
  outCollision: (out: string, a: string, b: string) => string;
  noReadableInput: string;
  cannotRead: (why: string) => string;
  tablesFound: (n: number) => string;
  noTables: string;
  tableLine: (where: string, what: string, indicators: number) => string;
  projectKind: string;
  departmentKind: string;
  unnamed: string;
  counts: (e: number, w: number, i: number) => string;
  noFindings: string;
  severity: { error: string; warning: string; info: string };
  /** A rule's heading in the summary: its title, its id (for the docs) and how many cells it flags. */
  ruleGroup: (title: string, id: string, count: number) => string;
  /** The cells of a rule's findings beyond the first few. */
  moreCells: (count: number, cells: readonly string[]) => string;
  wrote: (out: string) => string;
  cleared: (out: string) => string;
  total: (files: number, tables: number, indicators: number, e: number, w: number, i: number) => string;
  unchecked: (n: number) => string;
  unreadable: (n: number) => string;
}

const zh: CliText = {
  help: (v) => `indicator-checker ${v} — 指标审核：查找并审核预算绩效目标表（绩效目标表）

用法：
  indicator-checker check <文件或文件夹>... [选项]
  indicator-checker clear <文件>... --out <目录>
  indicator-checker --help | --version

check 选项：
  --json             只向标准输出打印一个 JSON 报告（进度和警告打印到标准错误）
  --out <目录>        把加批注的副本写到该目录（文件名不变；绝不改写输入文件；同名文件已被占用且不是
                     本工具先前写出的副本时，改名为“名称 (2).xlsx”）
  --summary-sheet    与 --out 一起使用：在副本中加一张“审核结果”工作表
  --lang zh-CN|en-US 消息语言（默认 zh-CN；环境变量 LANG 为英文时默认 en-US）
  --profile <名称>    审核方案：auto、project-2021、project-legacy、department、self-evaluation
  --config <文件>     JSON 配置文件（规则开关、严重级别、阈值）
  --map <文件>        JSON 列映射（自动识别不了的表：工作表、表头行、各列含义），优先于工作簿中保存的映射

clear：从加批注的副本中移除本工具写入的批注和填充色，结果写到 --out 目录。

文件夹会递归查找 .xlsx/.xlsm 文件。
退出状态：0 没有“错误”级发现；1 至少一个“错误”级发现，或有文件无法读取、未找到指标表（未审核）；2 用法错误、没有可读取或可审核的输入，或写出失败。`,
  usage: '用法：indicator-checker check <文件或文件夹>... [--json] [--out 目录]；详见 --help',
  unknownCommand: (c) => `未知命令：${c}`,
  unknownOption: (o) => `未知选项：${o}`,
  missingValue: (o) => `选项 ${o} 需要一个值`,
  badLang: (v) => `--lang 只能是 zh-CN 或 en-US，收到：${v}`,
  badProfile: (v, a) => `--profile 只能是 ${a}，收到：${v}`,
  noInputs: '请至少指定一个文件或文件夹',
  clearNeedsOut: 'clear 必须用 --out 指定输出目录（本工具从不改写输入文件）',
  summarySheetNeedsOut: '--summary-sheet 只能与 --out 一起使用',
  optionNotForClear: (o) => `clear 不接受选项 ${o}`,
  configUnreadable: (f, why) => `无法读取配置文件 ${f}：${why}`,
  configInvalid: (f) => `配置文件 ${f} 有误：`,
  mapUnreadable: (f, why) => `无法读取列映射文件 ${f}：${why}`,
  mapInvalid: (f, why) =>
    `列映射文件 ${f} 有误：${why}\n应为 JSON 数组，每项形如 {"sheet": "Sheet1", "headerRow": 9, "columns": {"value": "E"}}（可选 newHeaderRow）`,
  outNotDir: (d, why) => `无法使用输出目录 ${d}：${why}`,
  outIsInput: (o, i) => `拒绝写出：输出文件 ${o} 就是输入文件 ${i}。请换一个 --out 目录`,
  outCollision: (o, a, b) => `拒绝写出：${a} 和 ${b} 会写到同一个输出文件 ${o}`,
  noReadableInput: '没有可读取的工作簿',
  cannotRead: (why) => `无法读取：${why}`,
  tablesFound: (n) => `找到 ${n} 个指标表：`,
  noTables: '未找到指标表（没有含 一级指标/二级指标/三级指标、指标值 等表头的表格）',
  tableLine: (where, what, n) => `${where}  ${what}，${n} 个指标`,
  projectKind: '项目',
  departmentKind: '部门整体',
  unnamed: '（未命名）',
  counts: (e, w, i) => `发现：错误 ${e}，警告 ${w}，提示 ${i}`,
  noFindings: '未发现问题',
  severity: { error: '错误', warning: '警告', info: '提示' },
  ruleGroup: (title, id, n) => `${title}（${id}）×${n}`,
  moreCells: (n, cells) => `……另 ${n} 处：${listCells(cells, '、')}`,
  wrote: (o) => `已写出加批注的副本：${o}`,
  cleared: (o) => `已写出清除批注后的副本：${o}`,
  total: (f, t, n, e, w, i) => `合计：文件 ${f}，指标表 ${t}，指标 ${n}，错误 ${e}，警告 ${w}，提示 ${i}`,
  unchecked: (n) => `；${n} 个文件未找到指标表，未审核`,
  unreadable: (n) => `；${n} 个文件无法读取，未审核`,
};

const en: CliText = {
  help: (v) => `indicator-checker ${v} — Indicator Checker: finds and reviews budget performance target tables

Usage:
  indicator-checker check <file-or-folder>... [options]
  indicator-checker clear <file>... --out <dir>
  indicator-checker --help | --version

check options:
  --json             print exactly one JSON report on stdout (progress and warnings go to stderr)
  --out <dir>        write an annotated copy of each workbook there (same file name; inputs are never written;
                     a name taken by a file this tool did not write gives "name (2).xlsx")
  --summary-sheet    with --out: add a summary sheet (审核结果) to each copy
  --lang zh-CN|en-US language of messages (default zh-CN; en-US when the LANG environment variable is English)
  --profile <name>   review profile: auto, project-2021, project-legacy, department, self-evaluation
  --config <file>    JSON configuration (rules on/off, severities, thresholds)
  --map <file>       JSON column mapping for tables detection cannot read (sheet, header row, column roles);
                     overrides the mapping stored in the workbook

clear: removes this tool's comments and fills from an annotated copy and writes the result to the --out folder.

Folders are searched recursively for .xlsx/.xlsm files.
Exit status: 0 no error-severity finding; 1 at least one, or a file that could not be read or held no indicator table (not checked);
2 usage error, no readable or checkable input, or a failed write.`,
  usage: 'Usage: indicator-checker check <file-or-folder>... [--json] [--out DIR]; see --help',
  unknownCommand: (c) => `unknown command: ${c}`,
  unknownOption: (o) => `unknown option: ${o}`,
  missingValue: (o) => `option ${o} needs a value`,
  badLang: (v) => `--lang must be zh-CN or en-US, got: ${v}`,
  badProfile: (v, a) => `--profile must be one of ${a}, got: ${v}`,
  noInputs: 'name at least one file or folder',
  clearNeedsOut: 'clear needs --out DIR (this tool never writes its input files)',
  summarySheetNeedsOut: '--summary-sheet only works with --out',
  optionNotForClear: (o) => `clear does not take ${o}`,
  configUnreadable: (f, why) => `cannot read configuration file ${f}: ${why}`,
  configInvalid: (f) => `configuration file ${f} is invalid:`,
  mapUnreadable: (f, why) => `cannot read mapping file ${f}: ${why}`,
  mapInvalid: (f, why) =>
    `mapping file ${f} is invalid: ${why}\nexpected a JSON array of {"sheet": "Sheet1", "headerRow": 9, "columns": {"value": "E"}} (newHeaderRow optional)`,
  outNotDir: (d, why) => `cannot use output folder ${d}: ${why}`,
  outIsInput: (o, i) => `refusing to write: output file ${o} is the input file ${i}; choose another --out folder`,
  outCollision: (o, a, b) => `refusing to write: ${a} and ${b} would both be written to ${o}`,
  noReadableInput: 'no readable workbook',
  cannotRead: (why) => `cannot read: ${why}`,
  tablesFound: (n) => `${n} indicator table(s) found:`,
  noTables: 'no indicator table found (no table with headers such as 一级指标/二级指标/三级指标 and 指标值)',
  tableLine: (where, what, n) => `${where}  ${what}, ${n} indicator(s)`,
  projectKind: 'project',
  departmentKind: 'department',
  unnamed: '(unnamed)',
  counts: (e, w, i) => `findings: ${e} error(s), ${w} warning(s), ${i} info`,
  noFindings: 'no findings',
  severity: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  ruleGroup: (title, id, n) => `${title} (${id}) ×${n}`,
  moreCells: (n, cells) => `… ${n} more: ${listCells(cells, ', ')}`,
  wrote: (o) => `annotated copy written: ${o}`,
  cleared: (o) => `cleared copy written: ${o}`,
  total: (f, t, n, e, w, i) =>
    `Total: ${f} file(s), ${t} table(s), ${n} indicator(s), ${e} error(s), ${w} warning(s), ${i} info`,
  unchecked: (n) => `; ${n} file(s) with no indicator table found, NOT checked`,
  unreadable: (n) => `; ${n} file(s) could not be read, NOT checked`,
};

export function cliText(lang: Lang): CliText {
  return lang === 'en-US' ? en : zh;
}
