// The one planner over a host's snapshot: anchoring at the top-left cell of a merged area, line order, fills,
// original fills from the snapshot, claimed cells with our lines, sheets the workbook lacks.

import { formatLine } from '../../../src/core/annotate/comments';
import { anchoredCells, cellsOf, planAnnotations, writtenCells, type Snapshot } from '../../../src/core/annotate/port';
import { AnnotationPlanSchema, FILLS } from '../../../src/core/annotate/types';
import type { Finding } from '../../../src/core/model';

const SHEET = '批复表';
const YELLOW = '#FFFF00';

function finding(cell: string, ruleId: string, severity: Finding['severity'], sheet = SHEET): Finding {
  return { ruleId, severity, sheet, cell, related: [], message: `${ruleId} at ${cell}`, messageId: ruleId, data: {} };
}

function snapshot(part: Partial<Snapshot> = {}): Snapshot {
  return { state: null, merges: new Map(), cells: [], missing: [], ...part };
}

// A13:A17 and B13:B17 merged, as in seed 000's 批复表.
const MERGES = new Map([
  [
    SHEET,
    [
      { top: 13, left: 1, bottom: 17, right: 1 },
      { top: 13, left: 2, bottom: 17, right: 2 },
    ],
  ],
]);

describe('planAnnotations', () => {
  test('findings inside a merged area land on its top-left cell, lines of both merged in the core order', () => {
    const inside = finding('A15', 'unknown-level1', 'warning');
    const anchor = finding('A13', 'empty-target', 'error');
    const info = finding('A17', 'a-info', 'info');
    const plan = planAnnotations(
      [info, inside, anchor],
      snapshot({ merges: MERGES, cells: [{ sheet: SHEET, cell: 'A13', fill: YELLOW, comment: null }] }),
    );
    expect(AnnotationPlanSchema.parse(plan)).toEqual(plan);
    expect(plan.entries).toHaveLength(1);
    expect(plan.entries[0]).toMatchObject({ cell: 'A13', severity: 'error', fill: FILLS.error });
    expect(plan.entries[0].lines).toEqual([anchor, inside, info].map((f) => formatLine(f)));
    expect(plan.nextState.cells).toEqual([{ sheet: SHEET, cell: 'A13', originalFill: YELLOW }]);
  });

  test('original fills come from the snapshot, exact host forms included; our own fill on a recorded cell is not original', () => {
    const state = { version: 1 as const, cells: [{ sheet: SHEET, cell: 'E15', originalFill: null }] };
    const plan = planAnnotations(
      [finding('E15', 'x', 'warning'), finding('E17', 'y', 'error')],
      snapshot({
        state,
        cells: [
          { sheet: SHEET, cell: 'E15', fill: FILLS.warning, comment: formatLine(finding('E15', 'x', 'warning')) },
          { sheet: SHEET, cell: 'E17', fill: YELLOW, hostFill: '{"wps":1}', comment: null },
        ],
      }),
    );
    expect(plan.nextState.cells).toEqual([
      { sheet: SHEET, cell: 'E15', originalFill: null },
      { sheet: SHEET, cell: 'E17', originalFill: YELLOW, hostFill: '{"wps":1}' },
    ]);
  });

  test('clearing restores the state and claims cells whose comment holds our lines without a record', () => {
    const ours = formatLine(finding('E20', 'z', 'info'));
    const plan = planAnnotations(
      [],
      snapshot({
        state: { version: 1, cells: [{ sheet: SHEET, cell: 'E17', originalFill: YELLOW }] },
        cells: [
          { sheet: SHEET, cell: 'E17', fill: FILLS.error, comment: null },
          { sheet: SHEET, cell: 'E20', fill: FILLS.info, comment: `王会计:\n${ours}` },
          { sheet: SHEET, cell: 'E21', fill: '#00FF00', comment: `王会计:\n${ours}` },
          { sheet: SHEET, cell: 'D13', fill: null, comment: '劳动能力鉴定人数按上年实际 1500 人测算' },
        ],
      }),
    );
    expect(plan.entries).toEqual([]);
    expect(plan.restore).toEqual([
      { sheet: SHEET, cell: 'E17', originalFill: YELLOW },
      { sheet: SHEET, cell: 'E20', originalFill: null },
      { sheet: SHEET, cell: 'E21', originalFill: '#00FF00' },
    ]);
    expect(plan.nextState.cells).toEqual([]);
    expect(writtenCells(plan)).toEqual([`${SHEET}!E17`, `${SHEET}!E20`, `${SHEET}!E21`]);
  });

  test('a person recolouring a cell after our run: restore keeps their colour', () => {
    const plan = planAnnotations(
      [],
      snapshot({
        state: { version: 1, cells: [{ sheet: SHEET, cell: 'E17', originalFill: YELLOW }] },
        cells: [{ sheet: SHEET, cell: 'E17', fill: '#00B0F0', comment: null }],
      }),
    );
    expect(plan.restore).toEqual([{ sheet: SHEET, cell: 'E17', originalFill: '#00B0F0' }]);
  });

  test('a cell the snapshot does not know keeps its record; sheets the workbook lacks are left out', () => {
    const plan = planAnnotations(
      [finding('A1', 'x', 'error', '已删除'), finding('E15', 'x', 'warning')],
      snapshot({
        state: {
          version: 1,
          cells: [
            { sheet: SHEET, cell: 'E18', originalFill: YELLOW },
            { sheet: '已删除', cell: 'A2', originalFill: null },
          ],
        },
        cells: [{ sheet: SHEET, cell: 'E15', fill: null, comment: null }],
        missing: ['已删除'],
      }),
    );
    expect(plan.entries.map((e) => `${e.sheet}!${e.cell}`)).toEqual([`${SHEET}!E15`]);
    expect(plan.restore).toEqual([{ sheet: SHEET, cell: 'E18', originalFill: YELLOW }]);
    expect(plan.nextState.cells).toEqual([{ sheet: SHEET, cell: 'E15', originalFill: null }]);
  });
});

describe('cellsOf and anchoredCells', () => {
  test('each cell once; anchored at the top-left of its merged area', () => {
    const cells = cellsOf([
      finding('A15', 'a', 'info'),
      finding('A15', 'b', 'info'),
      finding('A13', 'c', 'info'),
      finding('E15', 'd', 'info'),
    ]);
    expect(cells).toEqual([
      { sheet: SHEET, cell: 'A15' },
      { sheet: SHEET, cell: 'A13' },
      { sheet: SHEET, cell: 'E15' },
    ]);
    expect(anchoredCells(cells, MERGES)).toEqual([
      { sheet: SHEET, cell: 'A13' },
      { sheet: SHEET, cell: 'E15' },
    ]);
  });
});
