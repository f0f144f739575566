// The reviewer's scoreboard: for every sample workbook and every corpus table, what a senior finance reviewer made of
// each finding (a true defect, or noise) and the defects the checker missed, as JSON in test/review/verdicts/. The
// checker's findings are matched to the verdicts by (source, rule, sheet!cell[, messageId]) and counted per rule:
// precision = true / (true + noise), recall = true / (true + missed).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { checkGrids } from '../../src/core/check';
import type { Finding } from '../../src/core/model';
import { ruleIds } from '../../src/core/rules/index';
import { readWorkbook } from '../../src/hosts/file/read';
import { corpusGrid, loadCorpus } from '../corpus/load';

export const ROOT = join(__dirname, '../..');
export const SAMPLES_DIR = join(ROOT, 'samples');
export const VERDICTS_DIR = join(__dirname, 'verdicts');
export const README = join(ROOT, 'docs/rules/README.md');
export const START = '<!-- review:start -->';
export const END = '<!-- review:end -->';

const VerdictSchema = z.object({
  /** `sheet!A1`, as the finding's sheet and cell. */
  cell: z.string().regex(/^.+![A-Z]{1,3}[1-9][0-9]*$/),
  rule: z.string(),
  /** Only when one rule reports several things at one cell (missing-category's noBenefit, noSatisfaction…). */
  messageId: z.string().optional(),
  /**
   * `true`: a defect the reviewer would write up; `noise`: a finding the reviewer would strike out; `artifact`: right
   * about the sheet as stored but caused by how the corpus copy was taken (the stored page breaks off mid-table, a
   * vertical label lost from the page text), so neither — left out of precision and recall, and counted apart.
   */
  verdict: z.enum(['true', 'noise', 'artifact']),
  /** The reviewer's reason, in a few words, from the table's content. */
  reason: z.string().min(4),
});

const MissedSchema = z.object({
  cell: z.string().regex(/^.+![A-Z]{1,3}[1-9][0-9]*$/),
  /** The rule that should have reported it. */
  rule: z.string(),
  reason: z.string().min(4),
});

export const VerdictFileSchema = z
  .object({
    /** `samples/<file>.xlsx` or `corpus/<id>`. */
    source: z.string(),
    findings: z.array(VerdictSchema),
    missed: z.array(MissedSchema).default([]),
  })
  .strict();

export type VerdictFile = z.infer<typeof VerdictFileSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;

export interface Source {
  id: string;
  findings: Finding[];
  tables: number;
}

/** Every source the scoreboard covers, checked with the default configuration, in a stable order. */
export async function checkSources(): Promise<Source[]> {
  const out: Source[] = [];
  for (const f of readdirSync(SAMPLES_DIR)
    .filter((x) => x.endsWith('.xlsx'))
    .sort()) {
    const read = await readWorkbook(readFileSync(join(SAMPLES_DIR, f)));
    if (!read.ok) throw new Error(`samples/${f}: ${read.error.code}`);
    const result = checkGrids(read.grids);
    out.push({ id: `samples/${f}`, findings: result.findings, tables: result.tables.length });
  }
  for (const entry of loadCorpus()) {
    const result = checkGrids([corpusGrid(entry)]);
    out.push({ id: `corpus/${entry.id}`, findings: result.findings, tables: result.tables.length });
  }
  return out;
}

/** The verdict file of a source: test/review/verdicts/<sample file or corpus id>.json. */
export function verdictPath(sourceId: string): string {
  const name = sourceId
    .replace(/^samples\//, 'sample-')
    .replace(/^corpus\//, 'corpus-')
    .replace(/\.xlsx$/, '');
  return join(VERDICTS_DIR, `${name}.json`);
}

export function loadVerdicts(): Map<string, VerdictFile> {
  const out = new Map<string, VerdictFile>();
  for (const f of readdirSync(VERDICTS_DIR)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const file = VerdictFileSchema.parse(JSON.parse(readFileSync(join(VERDICTS_DIR, f), 'utf8')));
    if (out.has(file.source)) throw new Error(`${f}: a second verdict file for ${file.source}`);
    out.set(file.source, file);
  }
  return out;
}

function matches(v: Verdict, f: Finding): boolean {
  return (
    v.rule === f.ruleId &&
    v.cell === `${f.sheet}!${f.cell}` &&
    (v.messageId === undefined || v.messageId === f.messageId)
  );
}

export interface RuleScore {
  rule: string;
  truePositives: number;
  noise: number;
  missed: number;
  artifacts: number;
}

export interface Scoreboard {
  sources: number;
  tables: number;
  findings: number;
  rules: RuleScore[];
  /** Findings no verdict covers: `source: rule sheet!cell (messageId)`. */
  unreviewed: string[];
  /** Verdicts no finding matches any more. */
  stale: string[];
  /** Sources without a verdict file. */
  missingFiles: string[];
}

export function score(sources: readonly Source[], verdicts: ReadonlyMap<string, VerdictFile>): Scoreboard {
  const rules = new Map<string, RuleScore>();
  const of = (rule: string) => {
    let r = rules.get(rule);
    if (!r) rules.set(rule, (r = { rule, truePositives: 0, noise: 0, missed: 0, artifacts: 0 }));
    return r;
  };
  const board: Scoreboard = {
    sources: sources.length,
    tables: 0,
    findings: 0,
    rules: [],
    unreviewed: [],
    stale: [],
    missingFiles: [],
  };
  // Every rule of the catalog has its line, also one that made no finding on these sources (its figures are —).
  for (const id of ruleIds()) of(id);
  for (const s of sources) {
    board.tables += s.tables;
    board.findings += s.findings.length;
    const file = verdicts.get(s.id);
    if (!file) {
      board.missingFiles.push(s.id);
      continue;
    }
    const used = new Set<Verdict>();
    for (const f of s.findings) {
      const v = file.findings.find((x) => matches(x, f));
      if (!v) {
        board.unreviewed.push(`${s.id}: ${f.ruleId} ${f.sheet}!${f.cell} (${f.messageId}) ${f.message}`);
        continue;
      }
      used.add(v);
      if (v.verdict === 'true') of(f.ruleId).truePositives++;
      else if (v.verdict === 'noise') of(f.ruleId).noise++;
      else of(f.ruleId).artifacts++;
    }
    for (const v of file.findings)
      if (!used.has(v)) board.stale.push(`${s.id}: ${v.rule} ${v.cell}${v.messageId ? ` (${v.messageId})` : ''}`);
    for (const m of file.missed) of(m.rule).missed++;
  }
  for (const id of verdicts.keys()) if (!sources.some((s) => s.id === id)) board.stale.push(`${id}: no such source`);
  board.rules = [...rules.values()].sort((a, b) => a.rule.localeCompare(b.rule));
  return board;
}

export function precision(r: RuleScore): number | null {
  const n = r.truePositives + r.noise;
  return n === 0 ? null : r.truePositives / n;
}

export function recall(r: RuleScore): number | null {
  const n = r.truePositives + r.missed;
  return n === 0 ? null : r.truePositives / n;
}

const figure = (x: number | null) => (x === null ? '—' : x.toFixed(2));

/** The README section, between its markers. */
export function renderSection(board: Scoreboard): string {
  const total = board.rules.reduce(
    (t, r) => ({
      truePositives: t.truePositives + r.truePositives,
      noise: t.noise + r.noise,
      missed: t.missed + r.missed,
      artifacts: t.artifacts + r.artifacts,
      rule: '',
    }),
    { rule: '', truePositives: 0, noise: 0, missed: 0, artifacts: 0 },
  );
  const lines = [
    START,
    '',
    '## 审核评分 Reviewer scoreboard',
    '',
    `由 \`npm run review\`（scripts/review.ts）生成，请勿手改。\`test/review/verdicts/\` 中，资深财政审核人员对 ${board.sources} 个来源（samples/ 下的示例工作簿和语料库 test/corpus/ 的表格，共 ${board.tables} 张表）的每条提示逐条判定为“真”（确有问题）或“噪声”，并列出检查器漏报的问题；语料库存录残缺（页面文字在表中途截断、竖排标签丢字）造成的提示记为“残缺”，不计入精确率和召回率。精确率 = 真 ÷（真 + 噪声），召回率 = 真 ÷（真 + 漏报）；分母为 0 时记为“—”（如在这些表上没有提示的规则）。\`test/review/scoreboard.test.ts\` 要求每条提示都有判定、本节数字为最新、且没有规则的精确率低于 0.9。`,
    '',
    `Generated by \`npm run review\` (scripts/review.ts); do not edit by hand. In \`test/review/verdicts/\` a senior finance reviewer judged each of the ${board.findings} findings on ${board.sources} sources (the sample workbooks and the corpus tables, ${board.tables} tables) as true or noise, and listed the defects the checker missed; findings caused by how a corpus copy was taken (the stored page breaks off mid-table, a vertical label lost from the text) are counted apart as artifacts, outside precision and recall. Precision = true ÷ (true + noise); recall = true ÷ (true + missed); a zero denominator shows — (a rule with no finding on these sources, for one). \`test/review/scoreboard.test.ts\` requires a verdict for every finding, these figures to be current, and no rule under 0.9 precision.`,
    '',
    '| 规则 Rule | 真 True | 噪声 Noise | 漏报 Missed | 残缺 Artifact | 精确率 Precision | 召回率 Recall |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...board.rules.map(
      (r) =>
        `| ${r.rule} | ${r.truePositives} | ${r.noise} | ${r.missed} | ${r.artifacts} | ${figure(precision(r))} | ${figure(recall(r))} |`,
    ),
    `| **合计 All** | ${total.truePositives} | ${total.noise} | ${total.missed} | ${total.artifacts} | ${figure(precision(total))} | ${figure(recall(total))} |`,
    '',
    END,
  ];
  return lines.join('\n');
}

/** The README with its scoreboard section replaced (or appended when it has none). */
export function withSection(readme: string, section: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a >= 0 && b > a) return readme.slice(0, a) + section + readme.slice(b + END.length);
  return `${readme.replace(/\s*$/, '')}\n\n${section}\n`;
}
