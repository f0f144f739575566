// The CLI's own words (help, usage errors, the readable summary): one catalog of the core/messages.ts shape, and
// cliText(lang), the thin wrapper the CLI's modules call, which renders it in one language.

import { formatMessage, type Catalog, type MessageData } from '../core/messages';
import type { Lang } from '../core/model';
import { listCells } from '../core/order';

export const CLI_MESSAGES = {
  help: {
    'zh-CN': `indicator-checker {version} — 指标审核：查找并审核预算绩效目标表（绩效目标表）

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
    'en-US': `indicator-checker {version} — Indicator Checker: finds and reviews budget performance target tables

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
  },
  usage: {
    'zh-CN': '用法：indicator-checker check <文件或文件夹>... [--json] [--out 目录]；详见 --help',
    'en-US': 'Usage: indicator-checker check <file-or-folder>... [--json] [--out DIR]; see --help',
  },
  unknownCommand: { 'zh-CN': '未知命令：{cmd}', 'en-US': 'unknown command: {cmd}' },
  unknownOption: { 'zh-CN': '未知选项：{opt}', 'en-US': 'unknown option: {opt}' },
  missingValue: { 'zh-CN': '选项 {opt} 需要一个值', 'en-US': 'option {opt} needs a value' },
  badLang: {
    'zh-CN': '--lang 只能是 zh-CN 或 en-US，收到：{value}',
    'en-US': '--lang must be zh-CN or en-US, got: {value}',
  },
  badProfile: {
    'zh-CN': '--profile 只能是 {allowed}，收到：{value}',
    'en-US': '--profile must be one of {allowed}, got: {value}',
  },
  noInputs: { 'zh-CN': '请至少指定一个文件或文件夹', 'en-US': 'name at least one file or folder' },
  clearNeedsOut: {
    'zh-CN': 'clear 必须用 --out 指定输出目录（本工具从不改写输入文件）',
    'en-US': 'clear needs --out DIR (this tool never writes its input files)',
  },
  summarySheetNeedsOut: {
    'zh-CN': '--summary-sheet 只能与 --out 一起使用',
    'en-US': '--summary-sheet only works with --out',
  },
  optionNotForClear: { 'zh-CN': 'clear 不接受选项 {opt}', 'en-US': 'clear does not take {opt}' },
  configUnreadable: {
    'zh-CN': '无法读取配置文件 {file}：{why}',
    'en-US': 'cannot read configuration file {file}: {why}',
  },
  configInvalid: { 'zh-CN': '配置文件 {file} 有误：', 'en-US': 'configuration file {file} is invalid:' },
  mapUnreadable: { 'zh-CN': '无法读取列映射文件 {file}：{why}', 'en-US': 'cannot read mapping file {file}: {why}' },
  mapInvalid: {
    'zh-CN':
      '列映射文件 {file} 有误：{why}\n应为 JSON 数组，每项形如 {"sheet": "Sheet1", "headerRow": 9, "columns": {"value": "E"}}（可选 newHeaderRow）',
    'en-US':
      'mapping file {file} is invalid: {why}\nexpected a JSON array of {"sheet": "Sheet1", "headerRow": 9, "columns": {"value": "E"}} (newHeaderRow optional)',
  },
  outNotDir: { 'zh-CN': '无法使用输出目录 {dir}：{why}', 'en-US': 'cannot use output folder {dir}: {why}' },
  outIsInput: {
    'zh-CN': '拒绝写出：输出文件 {out} 就是输入文件 {input}。请换一个 --out 目录',
    'en-US': 'refusing to write: output file {out} is the input file {input}; choose another --out folder',
  },
  outCollision: {
    'zh-CN': '拒绝写出：{a} 和 {b} 会写到同一个输出文件 {out}',
    'en-US': 'refusing to write: {a} and {b} would both be written to {out}',
  },
  noReadableInput: { 'zh-CN': '没有可读取的工作簿', 'en-US': 'no readable workbook' },
  cannotRead: { 'zh-CN': '无法读取：{why}', 'en-US': 'cannot read: {why}' },
  tablesFound: { 'zh-CN': '找到 {count} 个指标表：', 'en-US': '{count} indicator table(s) found:' },
  noTables: {
    'zh-CN': '未找到指标表（没有含 一级指标/二级指标/三级指标、指标值 等表头的表格）',
    'en-US': 'no indicator table found (no table with headers such as 一级指标/二级指标/三级指标 and 指标值)',
  },
  tableLine: { 'zh-CN': '{where}  {what}，{count} 个指标', 'en-US': '{where}  {what}, {count} indicator(s)' },
  projectKind: { 'zh-CN': '项目', 'en-US': 'project' },
  departmentKind: { 'zh-CN': '部门整体', 'en-US': 'department' },
  unnamed: { 'zh-CN': '（未命名）', 'en-US': '(unnamed)' },
  counts: {
    'zh-CN': '发现：错误 {errors}，警告 {warnings}，提示 {infos}',
    'en-US': 'findings: {errors} error(s), {warnings} warning(s), {infos} info',
  },
  noFindings: { 'zh-CN': '未发现问题', 'en-US': 'no findings' },
  severityError: { 'zh-CN': '错误', 'en-US': 'Errors' },
  severityWarning: { 'zh-CN': '警告', 'en-US': 'Warnings' },
  severityInfo: { 'zh-CN': '提示', 'en-US': 'Info' },
  ruleGroup: { 'zh-CN': '{title}（{id}）×{count}', 'en-US': '{title} ({id}) ×{count}' },
  moreCells: { 'zh-CN': '……另 {count} 处：{cells}', 'en-US': '… {count} more: {cells}' },
  wrote: { 'zh-CN': '已写出加批注的副本：{out}', 'en-US': 'annotated copy written: {out}' },
  cleared: { 'zh-CN': '已写出清除批注后的副本：{out}', 'en-US': 'cleared copy written: {out}' },
  total: {
    'zh-CN': '合计：文件 {files}，指标表 {tables}，指标 {indicators}，错误 {errors}，警告 {warnings}，提示 {infos}',
    'en-US':
      'Total: {files} file(s), {tables} table(s), {indicators} indicator(s), {errors} error(s), {warnings} warning(s), {infos} info',
  },
  unchecked: {
    'zh-CN': '；{count} 个文件未找到指标表，未审核',
    'en-US': '; {count} file(s) with no indicator table found, NOT checked',
  },
  unreadable: {
    'zh-CN': '；{count} 个文件无法读取，未审核',
    'en-US': '; {count} file(s) could not be read, NOT checked',
  },
} as const satisfies Catalog;

type CliId = keyof typeof CLI_MESSAGES;

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

/** The catalog rendered in one language, as the functions the CLI's modules call. */
function render(lang: Lang): CliText {
  const m = (id: CliId, data?: MessageData) => formatMessage(CLI_MESSAGES, lang, id, data);
  return {
    help: (version) => m('help', { version }),
    usage: m('usage'),
    unknownCommand: (cmd) => m('unknownCommand', { cmd }),
    unknownOption: (opt) => m('unknownOption', { opt }),
    missingValue: (opt) => m('missingValue', { opt }),
    badLang: (value) => m('badLang', { value }),
    badProfile: (value, allowed) => m('badProfile', { value, allowed }),
    noInputs: m('noInputs'),
    clearNeedsOut: m('clearNeedsOut'),
    summarySheetNeedsOut: m('summarySheetNeedsOut'),
    optionNotForClear: (opt) => m('optionNotForClear', { opt }),
    configUnreadable: (file, why) => m('configUnreadable', { file, why }),
    configInvalid: (file) => m('configInvalid', { file }),
    mapUnreadable: (file, why) => m('mapUnreadable', { file, why }),
    mapInvalid: (file, why) => m('mapInvalid', { file, why }),
    outNotDir: (dir, why) => m('outNotDir', { dir, why }),
    outIsInput: (out, input) => m('outIsInput', { out, input }),
    outCollision: (out, a, b) => m('outCollision', { out, a, b }),
    noReadableInput: m('noReadableInput'),
    cannotRead: (why) => m('cannotRead', { why }),
    tablesFound: (count) => m('tablesFound', { count }),
    noTables: m('noTables'),
    tableLine: (where, what, count) => m('tableLine', { where, what, count }),
    projectKind: m('projectKind'),
    departmentKind: m('departmentKind'),
    unnamed: m('unnamed'),
    counts: (errors, warnings, infos) => m('counts', { errors, warnings, infos }),
    noFindings: m('noFindings'),
    severity: { error: m('severityError'), warning: m('severityWarning'), info: m('severityInfo') },
    ruleGroup: (title, id, count) => m('ruleGroup', { title, id, count }),
    moreCells: (count, cells) => m('moreCells', { count, cells: listCells(cells, lang === 'zh-CN' ? '、' : ', ') }),
    wrote: (out) => m('wrote', { out }),
    cleared: (out) => m('cleared', { out }),
    total: (files, tables, indicators, errors, warnings, infos) =>
      m('total', { files, tables, indicators, errors, warnings, infos }),
    unchecked: (count) => m('unchecked', { count }),
    unreadable: (count) => m('unreadable', { count }),
  };
}

const TEXTS: Readonly<Record<Lang, CliText>> = { 'zh-CN': render('zh-CN'), 'en-US': render('en-US') };

export function cliText(lang: Lang): CliText {
  return TEXTS[lang];
}
