// The annotation plan: host-agnostic instructions for writing findings back (fills and comments) and removing them.

import { z } from 'zod';
import { SEVERITY_NAMES } from '../messages';
import { A1Schema, SeveritySchema } from '../model';

/** The product's fills, by severity. */
export const FILLS = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' } as const;

/** Every line the product writes into a comment starts with this; it is how our lines are recognised. */
export const LINE_PREFIX = '【绩效审核·';

/** A comment line's severity label: the Chinese name (SEVERITY_NAMES), whatever the language, as LINE_PREFIX is. */
export const LABELS = {
  error: SEVERITY_NAMES.error['zh-CN'],
  warning: SEVERITY_NAMES.warning['zh-CN'],
  info: SEVERITY_NAMES.info['zh-CN'],
} as const;

/** Colour as '#RRGGBB' (upper case), or null for "no fill". */
export const FillSchema = z
  .string()
  .regex(/^#[0-9A-F]{6}$/)
  .nullable();

const AnnotationEntrySchema = z.object({
  sheet: z.string(),
  cell: A1Schema,
  /** The worst severity of the cell's findings. */
  severity: SeveritySchema,
  fill: z.string().regex(/^#[0-9A-F]{6}$/),
  /** One line a finding: `【绩效审核·错误】message（rule-id）`. */
  lines: z.array(z.string()),
});
export type AnnotationEntry = z.infer<typeof AnnotationEntrySchema>;

/** A cell the product annotated before, with the fill it had before the product touched it. */
const AnnotatedCellSchema = z.object({
  sheet: z.string(),
  cell: A1Schema,
  originalFill: FillSchema,
  /**
   * The host's own exact description of the original fill (the file host: the cell's format and fill XML), for fills
   * that '#RRGGBB' cannot express (theme colours, tints, patterns, gradients). Absent: `originalFill` is exact.
   */
  hostFill: z.string().optional(),
});
export type AnnotatedCell = z.infer<typeof AnnotatedCellSchema>;

/** What a host keeps in the workbook between runs so that clear can restore fills exactly. */
export const AnnotationStateSchema = z.object({
  version: z.literal(1),
  cells: z.array(AnnotatedCellSchema),
});
export type AnnotationState = z.infer<typeof AnnotationStateSchema>;

/**
 * The record kept in the workbook's hidden IndicatorCheckerState sheet, in the one format the file host and the WPS
 * host both read and write (a copy annotated by the CLI can be cleared in WPS, and the reverse).
 */
export const StoredSchema = z.object({
  product: z.literal('indicator-checker'),
  version: z.literal(1),
  state: AnnotationStateSchema,
  /** The summary sheet the file host added (the WPS host adds none), so clear removes that one and no other. */
  summarySheet: z.string().nullable(),
});
export type Stored = z.infer<typeof StoredSchema>;

export const AnnotationPlanSchema = z.object({
  /** Cells to annotate now. */
  entries: z.array(AnnotationEntrySchema),
  /** Cells annotated before and not now: restore their original fill and remove our lines from their comment. */
  restore: z.array(AnnotatedCellSchema),
  /** The state to store after applying the plan (original fills of every cell annotated now). */
  nextState: AnnotationStateSchema,
});
export type AnnotationPlan = z.infer<typeof AnnotationPlanSchema>;
