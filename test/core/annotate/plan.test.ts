// The annotation plan: one entry per cell, worst severity's fill, ordered lines, restore list and original fills.
import {
  anchorFindings,
  annotationPlan,
  cellsToInspect,
  recoverState,
  type FillLookup,
} from '../../../src/core/annotate/plan';
import { AnnotationPlanSchema, FILLS, type AnnotationState } from '../../../src/core/annotate/types';
import type { Finding } from '../../../src/core/model';

const SHEET = '项目支出绩效目标批复表';

function finding(cell: string, ruleId: string, severity: Finding['severity'], message: string, sheet = SHEET): Finding {
  return { ruleId, severity, sheet, cell, related: [], message, messageId: ruleId, data: {} };
}

// Seed 000, 劳动能力鉴定费用: 按时 in E13 (时效), 是 in E15/E16, 社会公众满意度 99 % in E17.
const timeliness = finding(
  'E13',
  'timeliness-vague',
  'warning',
  '时效指标“管理任务按时完成”的指标值“按时”没有日期或期限',
);
const vagueE13 = finding('E13', 'vague-target', 'warning', '指标值“按时”无法衡量');
const vagueE15 = finding('E15', 'vague-target', 'warning', '指标值“是”无法衡量');
const emptyE13 = finding('E13', 'empty-target', 'error', '指标“管理任务按时完成”没有指标值');
const infoE17 = finding('E17', 'satisfaction-range', 'info', '满意度指标值为 99%');

const noFill: FillLookup = () => ({ fill: null });

describe('annotationPlan', () => {
  it("groups a cell's findings into one entry, worst severity first, then by rule id", () => {
    const plan = annotationPlan([vagueE13, timeliness, vagueE15, emptyE13, infoE17], null, noFill);
    expect(AnnotationPlanSchema.parse(plan)).toEqual(plan);
    expect(plan.entries.map((e) => e.cell)).toEqual(['E13', 'E15', 'E17']);
    const e13 = plan.entries[0];
    expect(e13.severity).toBe('error');
    expect(e13.fill).toBe(FILLS.error);
    expect(e13.lines).toEqual([
      '【绩效审核·错误】指标“管理任务按时完成”没有指标值（empty-target）',
      '【绩效审核·警告】时效指标“管理任务按时完成”的指标值“按时”没有日期或期限（timeliness-vague）',
      '【绩效审核·警告】指标值“按时”无法衡量（vague-target）',
    ]);
    expect(plan.entries[1]).toMatchObject({ severity: 'warning', fill: '#FFEB9C' });
    expect(plan.entries[2]).toMatchObject({ severity: 'info', fill: '#DDEBF7' });
    expect(plan.restore).toEqual([]);
  });

  it('keeps cells of different sheets apart and drops duplicate lines', () => {
    const other = finding('E13', 'timeliness-vague', 'warning', timeliness.message, 'Sheet2');
    const plan = annotationPlan([timeliness, timeliness, other], null, noFill);
    expect(plan.entries).toHaveLength(2);
    expect(plan.entries.map((e) => [e.sheet, e.lines.length])).toEqual([
      ['Sheet2', 1],
      [SHEET, 1],
    ]);
  });

  it("records each new cell's current fill as original, even one of our colours", () => {
    const fills: Record<string, string | null> = { E13: '#FFFF00', E15: null, E17: '#FFEB9C' };
    const plan = annotationPlan([timeliness, vagueE15, infoE17], null, (_s, c) => ({
      fill: fills[c],
      hostFill: `h-${c}`,
    }));
    expect(plan.nextState).toEqual({
      version: 1,
      cells: [
        { sheet: SHEET, cell: 'E13', originalFill: '#FFFF00', hostFill: 'h-E13' },
        { sheet: SHEET, cell: 'E15', originalFill: null, hostFill: 'h-E15' },
        { sheet: SHEET, cell: 'E17', originalFill: '#FFEB9C', hostFill: 'h-E17' },
      ],
    });
  });

  it('keeps the original fill of a cell already ours, never our own fill', () => {
    const first = annotationPlan([timeliness], null, () => ({ fill: '#00B050' }));
    // The host applied the plan: E13 now carries our warning fill.
    const second = annotationPlan([emptyE13], first.nextState, () => ({ fill: FILLS.warning }));
    expect(second.nextState.cells).toEqual([{ sheet: SHEET, cell: 'E13', originalFill: '#00B050' }]);
    expect(second.entries[0].fill).toBe(FILLS.error);
  });

  it('takes a fill a person set after our run as the new original', () => {
    const prev: AnnotationState = { version: 1, cells: [{ sheet: SHEET, cell: 'E13', originalFill: null }] };
    const plan = annotationPlan([timeliness], prev, () => ({ fill: '#92D050' }));
    expect(plan.nextState.cells).toEqual([{ sheet: SHEET, cell: 'E13', originalFill: '#92D050' }]);
  });

  it('lists cells annotated before and not now for restore, with their original fill', () => {
    const prev: AnnotationState = {
      version: 1,
      cells: [
        { sheet: SHEET, cell: 'E13', originalFill: '#FFFF00', hostFill: '{"x":1}' },
        { sheet: SHEET, cell: 'E15', originalFill: null },
      ],
    };
    const plan = annotationPlan([vagueE15], prev, () => ({ fill: FILLS.warning }));
    expect(plan.restore).toEqual([{ sheet: SHEET, cell: 'E13', originalFill: '#FFFF00', hostFill: '{"x":1}' }]);
    expect(plan.nextState.cells).toEqual([{ sheet: SHEET, cell: 'E15', originalFill: null }]);
  });

  it("restores a recoloured cell to the person's colour, not the old one", () => {
    const prev: AnnotationState = { version: 1, cells: [{ sheet: SHEET, cell: 'E13', originalFill: '#FFFF00' }] };
    const plan = annotationPlan([], prev, () => ({ fill: '#92D050' }));
    expect(plan.restore).toEqual([{ sheet: SHEET, cell: 'E13', originalFill: '#92D050' }]);
  });

  it('clears: no findings restore every cell and leave an empty state', () => {
    const first = annotationPlan([timeliness, vagueE15], null, (_s, c) => ({ fill: c === 'E13' ? '#FFFF00' : null }));
    const clear = annotationPlan([], first.nextState, () => ({ fill: FILLS.warning }));
    expect(clear.entries).toEqual([]);
    expect(clear.restore).toEqual(first.nextState.cells);
    expect(clear.nextState).toEqual({ version: 1, cells: [] });
  });

  it('without a fill lookup records no fill', () => {
    expect(annotationPlan([timeliness], null).nextState.cells).toEqual([
      { sheet: SHEET, cell: 'E13', originalFill: null },
    ]);
  });

  it('is deterministic whatever the order of findings', () => {
    const a = annotationPlan([infoE17, vagueE15, timeliness, emptyE13, vagueE13], null, noFill);
    const b = annotationPlan([vagueE13, emptyE13, timeliness, vagueE15, infoE17], null, noFill);
    expect(a).toEqual(b);
  });

  it('orders cells by row then column (E9 before E13, AA1 after B1)', () => {
    const plan = annotationPlan(
      [
        finding('E13', 'x', 'info', 'm'),
        finding('E9', 'x', 'info', 'm'),
        finding('AA1', 'x', 'info', 'm'),
        finding('B1', 'x', 'info', 'm'),
      ],
      null,
      noFill,
    );
    expect(plan.entries.map((e) => e.cell)).toEqual(['B1', 'AA1', 'E9', 'E13']);
  });
});

describe('recoverState', () => {
  it('claims cells carrying our lines without a record; our fill there is a leftover, not original', () => {
    const prev: AnnotationState = { version: 1, cells: [{ sheet: SHEET, cell: 'E13', originalFill: '#FFFF00' }] };
    const state = recoverState(prev, [
      { sheet: SHEET, cell: 'E13', fill: FILLS.error },
      { sheet: SHEET, cell: 'E15', fill: FILLS.warning },
      { sheet: SHEET, cell: 'E16', fill: '#FFFF00', hostFill: 'h' },
    ]);
    expect(state?.cells).toEqual([
      { sheet: SHEET, cell: 'E13', originalFill: '#FFFF00' },
      { sheet: SHEET, cell: 'E15', originalFill: null },
      { sheet: SHEET, cell: 'E16', originalFill: '#FFFF00', hostFill: 'h' },
    ]);
    expect(recoverState(null, [])).toBeNull();
  });
});

describe('cellsToInspect and anchorFindings', () => {
  it('lists finding cells and previously annotated cells once each', () => {
    const prev: AnnotationState = {
      version: 1,
      cells: [
        { sheet: SHEET, cell: 'E13', originalFill: null },
        { sheet: SHEET, cell: 'C5', originalFill: null },
      ],
    };
    expect(cellsToInspect([timeliness, vagueE13, vagueE15], prev)).toEqual([
      { sheet: SHEET, cell: 'C5' },
      { sheet: SHEET, cell: 'E13' },
      { sheet: SHEET, cell: 'E15' },
    ]);
  });

  it('moves a finding inside a merged area to its top-left cell', () => {
    const merges = () => [{ top: 5, left: 2, bottom: 5, right: 6 }]; // B5:F5, 项目名称's value
    const moved = anchorFindings(
      [finding('D5', 'missing-project-field', 'warning', 'm'), timeliness, finding('B5', 'x', 'info', 'm')],
      merges,
    );
    expect(moved.map((f) => f.cell)).toEqual(['B5', 'E13', 'B5']);
    expect(moved[1]).toBe(timeliness);
  });
});
