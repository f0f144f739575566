// The canonical model every layout is read into: tables, project blocks, indicators, targets, findings, reports.

import { z } from 'zod';

/** An A1 cell reference on the table's sheet, e.g. `E12`. */
export const A1Schema = z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/);

const OperatorSchema = z.enum(['≥', '≤', '=', '>', '<']);
export type Operator = z.infer<typeof OperatorSchema>;

/**
 * What a target is:
 * - `quantitative`: essentially an (operator) number (unit), possibly with filler words (约, 达到…以上);
 * - `date`: a date, a deadline or a period (2023年6月底前, 每月10日前, 2021-01-01 至 2021-12-31);
 * - `qualitative`: a graded or evaluative word or phrase (是, 优, 较高, 按时, 达成年度指标, 定性 grades);
 * - `text`: a free sentence (it may still embed a number: see `value`);
 * - `empty`: nothing there.
 */
const TargetKindSchema = z.enum(['quantitative', 'qualitative', 'date', 'text', 'empty']);
export type TargetKind = z.infer<typeof TargetKindSchema>;

/** A period or a date, ISO yyyy-mm-dd; a single date has start === end; an open side is null. */
const PeriodSchema = z.object({
  start: z.string().nullable(),
  end: z.string().nullable(),
});
export type Period = z.infer<typeof PeriodSchema>;

export const TargetSchema = z.object({
  raw: z.string(),
  operator: OperatorSchema.nullable(),
  /** The number; for a `text` target, the one number embedded in the sentence when there is a clear one. */
  value: z.number().nullable(),
  /** Upper end of a range such as 100-150. */
  valueMax: z.number().nullable().optional(),
  /** Normalised unit: % for 百分比, 万元/元/亿元 kept as written, other units (人, 次, 张…) as written. */
  unit: z.string().nullable(),
  /** For money units, the factor that converts `value` to 万元 (元 → 0.0001, 万元 → 1, 亿元 → 10000). */
  factorToWanyuan: z.number().nullable().optional(),
  kind: TargetKindSchema,
  /** For `date` targets: the parsed date or period. */
  period: PeriodSchema.nullable().optional(),
  /** For recurring deadlines (每月10日前): the recurrence as written. */
  recurrence: z.string().nullable().optional(),
});
export type Target = z.infer<typeof TargetSchema>;

const IndicatorSetSchema = z.enum(['annual', 'midterm']);
export type IndicatorSet = z.infer<typeof IndicatorSetSchema>;

/** The parts of an indicator row a rule can point at. */
export const IndicatorPartSchema = z.enum([
  'level1',
  'level2',
  'grouping',
  'name',
  'description',
  'operator',
  'target',
  'unit',
  'standard',
  'actual',
  'weight',
  'score',
  'deviation',
]);
export type IndicatorPart = z.infer<typeof IndicatorPartSchema>;

const IndicatorCellsSchema = z.object({
  level1: A1Schema.optional(),
  level2: A1Schema.optional(),
  grouping: A1Schema.optional(),
  name: A1Schema.optional(),
  description: A1Schema.optional(),
  operator: A1Schema.optional(),
  target: A1Schema.optional(),
  unit: A1Schema.optional(),
  standard: A1Schema.optional(),
  actual: A1Schema.optional(),
  weight: A1Schema.optional(),
  score: A1Schema.optional(),
  deviation: A1Schema.optional(),
});

const IndicatorSchema = z.object({
  /** 1-based sheet row. */
  row: z.number().int().min(1),
  set: IndicatorSetSchema,
  /** Canonical 一级 (产出指标, 效益指标, 满意度指标, 成本指标, 投入管理指标…) or null when not recognised. */
  level1: z.string().nullable(),
  level1Raw: z.string().nullable(),
  /** Canonical 二级 (数量指标, 质量指标, 时效指标, 成本指标, 社会效益指标…) or null when not recognised. */
  level2: z.string().nullable(),
  level2Raw: z.string().nullable(),
  /** The extra middle level of a four-level sheet (项目产出 / 项目效益), as written. */
  grouping: z.string().nullable().optional(),
  /** The indicator's name (三级, or 四级 on a four-level sheet); '' when the cell is empty. */
  name: z.string(),
  /** 绩效指标描述 / 指标值说明, when the table has such a column. */
  description: z.string().nullable().optional(),
  target: TargetSchema,
  /** The unit column's text, normalised like Target.unit; null without a unit column or when empty. */
  unit: z.string().nullable(),
  /** 绩效标准 / 取值依据 / 评(扣)分标准 text, when the table has such a column. */
  standard: z.string().nullable().optional(),
  /**
   * Self-evaluation tables (绩效自评表), each present when the table has the column: the actual value (实际完成值 /
   * 全年实际值, parsed like the target; kind `empty` when blank), the weight (分值 / 权重) and score (得分) in points
   * (null when blank or not a number), and the reason for a shortfall (偏差原因分析及改进措施 / 未完成原因).
   * A weight or score belongs to the row it is written on: one merged down over sub-rows is not theirs.
   */
  actual: TargetSchema.optional(),
  weight: z.number().nullable().optional(),
  score: z.number().nullable().optional(),
  deviation: z.string().nullable().optional(),
  /** Source cell of every part present. */
  cells: IndicatorCellsSchema,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** Fields of a project block a rule can point at. */
const ProjectFieldSchema = z.enum([
  'title',
  'name',
  'department',
  'implementer',
  'type',
  'period',
  'year',
  'budget',
  'fiscal',
  'other',
  'midtermBudget',
  'midtermFiscal',
  'midtermOther',
  'annualGoal',
  'midtermGoal',
  'executed',
  'executionRate',
  'executionWeight',
  'executionScore',
  'totalWeight',
  'totalScore',
  'note',
]);
export type ProjectField = z.infer<typeof ProjectFieldSchema>;

const ProjectBlockSchema = z.object({
  name: z.string().nullable(),
  /** 主管部门 */
  department: z.string().nullable().optional(),
  /** 实施单位 / 预算执行单位 / 申报单位 / 单位名称 */
  implementer: z.string().nullable().optional(),
  /** 项目类型 / 项目属性 */
  type: z.string().nullable().optional(),
  /** 项目期限 / 项目日期 */
  period: PeriodSchema.nullable(),
  /** The budget year, from the title (2021 年度) or the period. */
  year: z.number().int().nullable().optional(),
  /** The year's budget in 万元 (年度资金总额, 本年度申请, 预算数, 项目资金申请, 项目金额…). */
  budget: z.number().nullable(),
  budgetUnit: z.literal('万元'),
  /** Parts of the year's budget, in 万元: 财政拨款/财政资金 and 其他资金. */
  fiscal: z.number().nullable().optional(),
  other: z.number().nullable().optional(),
  /** A multi-year total (中期资金总额) and its parts, in 万元. */
  midtermBudget: z.number().nullable().optional(),
  midtermFiscal: z.number().nullable().optional(),
  midtermOther: z.number().nullable().optional(),
  annualGoal: z.string().nullable().optional(),
  midtermGoal: z.string().nullable().optional(),
  /**
   * Self-evaluation forms' money table (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), on its 年度资金总额 row:
   * the amount spent in 万元, the execution rate in % as written (86.19% → 86.19), and the rate's weight and score.
   */
  executed: z.number().nullable().optional(),
  executionRate: z.number().nullable().optional(),
  executionWeight: z.number().nullable().optional(),
  executionScore: z.number().nullable().optional(),
  /**
   * Self-evaluation forms' 总分 (合计) row below the indicators: its 分值 and 得分 as written (null when blank), present
   * when the table has such a row.
   */
  totalWeight: z.number().nullable().optional(),
  totalScore: z.number().nullable().optional(),
  /**
   * The text of the form's 其他说明 / 测算依据 (资金测算, 预算测算依据…) cell, as written: in the block above the header or
   * on the row right below the indicators; present when the form has such a cell.
   */
  note: z.string().nullable().optional(),
  /** Source cell of each field present (the value's cell, not its label's). */
  cells: z.partialRecord(ProjectFieldSchema, A1Schema),
});
export type ProjectBlock = z.infer<typeof ProjectBlockSchema>;

const TableKindSchema = z.enum(['project', 'department']);

/**
 * `target`: a 绩效目标表 (targets set for the year); `self-evaluation`: a 绩效自评表 (the year's targets with the actual
 * values, weights and scores). Detection always sets it; optional so reports written before it still parse.
 */
const TableFormSchema = z.enum(['target', 'self-evaluation']);
export type TableForm = z.infer<typeof TableFormSchema>;

export const ProfileNameSchema = z.enum(['project-2021', 'project-legacy', 'department', 'self-evaluation']);
export type ProfileName = z.infer<typeof ProfileNameSchema>;

export const IndicatorTableSchema = z.object({
  sheet: z.string(),
  /** A1 range from the table's first row (title or project block) to its last indicator row. */
  range: z.string(),
  /** The (last) header row above the indicators, 1-based. */
  headerRow: z.number().int().min(1),
  /** All header rows when the header spans two rows. */
  headerRows: z.array(z.number().int().min(1)).optional(),
  kind: TableKindSchema,
  form: TableFormSchema.optional(),
  title: z.string().nullable().optional(),
  /** 3 for 一级/二级/三级; 4 when a grouping level sits between 一级 and 二级 (seed 000). */
  levels: z.union([z.literal(3), z.literal(4)]).optional(),
  profile: ProfileNameSchema.optional(),
  project: ProjectBlockSchema,
  /** Role → column letter. */
  columns: z.record(z.string(), z.string()),
  indicators: z.array(IndicatorSchema),
});
export type IndicatorTable = z.infer<typeof IndicatorTableSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const FindingSchema = z.object({
  ruleId: z.string(),
  severity: SeveritySchema,
  sheet: z.string(),
  cell: A1Schema,
  related: z.array(A1Schema),
  /** The message in the report's language. */
  message: z.string(),
  messageId: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Index into the file's `tables`. */
  table: z.number().int().min(0).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const LangSchema = z.enum(['zh-CN', 'en-US']);
export type Lang = z.infer<typeof LangSchema>;

/**
 * A user's correction of a detected table, kept with the workbook: identify the table by sheet and header row
 * (as detected), then force its header row and/or column roles.
 */
export const MappingOverrideSchema = z.object({
  sheet: z.string(),
  /** The header row detection found (or the row the user points at, for a table detection missed). */
  headerRow: z.number().int().min(1),
  /** Use this header row instead. */
  newHeaderRow: z.number().int().min(1).optional(),
  /** Role → column letter; a role set to '' is removed. */
  columns: z.record(z.string(), z.string()).optional(),
});
export type MappingOverride = z.infer<typeof MappingOverrideSchema>;

export const FileErrorSchema = z.object({ code: z.string(), message: z.string() });
export type FileError = z.infer<typeof FileErrorSchema>;

/**
 * What happened to a file: `checked` (tables were read and reviewed), `no-table` (readable, but no indicator table
 * was read: NOT checked, never "clean"; `error` says why), `unreadable` (not a workbook, corrupt, too large…).
 */
const FileStatusSchema = z.enum(['checked', 'no-table', 'unreadable']);

const FileReportSchema = z.object({
  file: z.string(),
  status: FileStatusSchema.optional(),
  error: FileErrorSchema.nullable(),
  tables: z.array(IndicatorTableSchema),
  findings: z.array(FindingSchema),
  /** Where the annotated copy was written, with --out. */
  output: z.string().optional(),
  /** What the user should know about the copy although it was written (e.g. `features-dropped`: it has no macros). */
  warnings: z.array(FileErrorSchema).optional(),
});
export type FileReport = z.infer<typeof FileReportSchema>;

const SummarySchema = z.object({
  files: z.number().int(),
  tables: z.number().int(),
  indicators: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
  /** Readable files where no indicator table was read (not checked). */
  unchecked: z.number().int().optional(),
  /** Files that could not be read or were refused (not a workbook, .xls, encrypted, a special file, too large…). */
  unreadable: z.number().int().optional(),
});
export type Summary = z.infer<typeof SummarySchema>;

export const ReportSchema = z.object({
  tool: z.object({ name: z.literal('indicator-checker'), version: z.string() }),
  files: z.array(FileReportSchema),
  summary: SummarySchema,
});
export type Report = z.infer<typeof ReportSchema>;
