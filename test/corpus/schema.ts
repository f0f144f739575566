// The corpus of real published indicator tables: one JSON file per published document (test/corpus/tables/*.json),
// each a faithful transcription of the sheet as published and a golden written by hand from the source.

import { z } from 'zod';

export const FAMILIES = [
  /** 一级 / 二级 / 三级 in separate columns, every cell filled. */
  'separate-levels',
  /** Level columns merged down or left blank to mean "same as above". */
  'merged-hierarchy',
  /** One column holds the levels, told apart by indentation or numbering (一、/（一）/1.). */
  'single-column',
  /** Category rows spanning the table (a row saying 产出指标 across the width). */
  'category-rows',
  /** 长期/中期 and 年度 indicator blocks, stacked or side by side. */
  'midterm-annual',
  /** One row per indicator with 项目名称 (and 单位名称) columns, many projects. */
  'flat-export',
  /** 部门（单位）整体支出 forms. */
  'department',
  /** 绩效自评表: target vs actual, weights and scores. */
  'self-evaluation',
  /** 转移支付区域绩效目标表. */
  'transfer-payment',
] as const;
export const FamilySchema = z.enum(FAMILIES);
export type Family = z.infer<typeof FamilySchema>;

/** A cell as published: text exactly as shown (percentages as shown, e.g. "95%"), a number, or empty. */
export const CorpusCellSchema = z.union([z.string(), z.number(), z.null()]);

export const CorpusSheetSchema = z.object({
  name: z.string().min(1).max(31),
  /** rows[r][c] is sheet row r + 1, column c + 1 (A). Cells inside a merge other than its top-left are null. */
  rows: z.array(z.array(CorpusCellSchema)),
  /** Merged areas as A1 ranges, e.g. "A1:F1". */
  merges: z.array(z.string().regex(/^[A-Z]{1,2}\d+:[A-Z]{1,2}\d+$/)),
});

export const OPERATORS = ['≥', '≤', '=', '>', '<'] as const;

/** What the target means, written by hand from the source. */
export const ParsedTargetSchema = z.object({
  /** quantitative: (operator) number (unit); date: a date/deadline/period; qualitative: a graded word (是, 较高, 有效提升); text: a sentence; empty. */
  kind: z.enum(['quantitative', 'qualitative', 'date', 'text', 'empty']),
  operator: z.enum(OPERATORS).nullable(),
  /** The number of a quantitative target (95 for ≥95%); null otherwise. */
  value: z.number().nullable(),
  /** The unit of that number as the reader understands it: from the target text or else the unit column (% for 百分比); null when none. */
  unit: z.string().nullable(),
});

export const CorpusIndicatorSchema = z.object({
  /** 1-based sheet row of the indicator. */
  row: z.number().int().min(1),
  set: z.enum(['annual', 'midterm']),
  /** Canonical 一级: 产出指标 | 效益指标 | 满意度指标 | 成本指标 | 投入管理指标, or the form's own wording when it is none of these. */
  level1: z.string().nullable(),
  /** Canonical 二级 (数量指标, 质量指标, 时效指标, 成本指标, 经济效益指标, 社会效益指标, 生态效益指标, 可持续影响指标, 服务对象满意度指标, 经济成本指标, 社会成本指标, 生态环境成本指标…), or the form's own wording. */
  level2: z.string().nullable(),
  /** The indicator's name (三级, or 四级 where the sheet has four levels) exactly as written. */
  name: z.string(),
  /** The target cell's text exactly as shown ('' when empty). For a self-evaluation form, the year's target (年度指标值), never the actual. */
  target: z.string(),
  parsed: ParsedTargetSchema,
  /** Self-evaluation forms only: actual value text, weight (分值) and score (得分) as written. */
  actual: z.string().nullable().optional(),
  weight: z.number().nullable().optional(),
  score: z.number().nullable().optional(),
});

export const CorpusTableSchema = z.object({
  form: z.enum(['target', 'self-evaluation']),
  kind: z.enum(['project', 'department']),
  /** 项目名称 (department forms: null unless the form names a project). */
  projectName: z.string().nullable(),
  /** The year's budget in 万元 (年度资金总额 / 本年度申请 / 预算数…; the adjusted one where both exist); null when the form has none. */
  budget: z.number().nullable(),
  indicators: z.array(CorpusIndicatorSchema).min(1),
});

export const CorpusEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Which batch brought it (scored first-try as it arrived). */
  batch: z.number().int().min(1),
  /** The published page it was transcribed from. */
  source: z.string().url(),
  province: z.string().min(2),
  place: z.string().min(2),
  year: z.number().int().min(2010).max(2030).nullable(),
  title: z.string(),
  families: z.array(FamilySchema).min(1),
  /** How the page's table was laid into the sheet (what the page showed, what had to be inferred). */
  notes: z.string(),
  sheet: CorpusSheetSchema,
  tables: z.array(CorpusTableSchema).min(1),
});
export type CorpusEntry = z.infer<typeof CorpusEntrySchema>;
export type CorpusTable = z.infer<typeof CorpusTableSchema>;
export type CorpusIndicator = z.infer<typeof CorpusIndicatorSchema>;
