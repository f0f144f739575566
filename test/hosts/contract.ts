// The host contract: one jest suite every spreadsheet host passes — Excel over Office.js and WPS over the ET model on
// their fakes, and the file host (the browser-file host over the file host's reader and package patcher) on real bytes.
//
// Use it from a test file:   runHostContract('excel', (workbook) => makeExcelUnderTest(workbook));
// The factory builds the host's fake workbook from `workbook` (values, merges, fills, a person's comment) and returns
// the host plus an inspector that reads the fake directly (never through the host under test).
//
// Hosts get findings, as the task pane and the ribbon commands give them (`host.annotate(findings)`): the host inspects
// the cells concerned and the core plans. The stored state is read through the inspector (the pane never reads it).
// A case that does not apply to a host by nature is declared in ContractFeatures with the reason, and the suite checks
// what the host does instead in its place: no case is skipped.

import { formatLine } from '../../src/core/annotate/comments';
import { FILLS, type AnnotationState } from '../../src/core/annotate/types';
import { cellAt, type Cell, type Grid } from '../../src/core/grid';
import { parseA1 } from '../../src/core/a1';
import type { Finding } from '../../src/core/model';
import { HostError, type Host } from '../../src/hosts/host';

/** Error codes every host uses for the guard rails the contract checks (`HostError.hostMessage.code`). */
export const CONTRACT_ERROR_CODES = {
  sheetProtected: 'sheet-protected',
  readOnly: 'workbook-read-only',
} as const;

export interface ContractComment {
  author: string;
  text: string;
}

export interface ContractSheet {
  name: string;
  /** Row 1 first, column A first; null is an empty cell. */
  rows: Cell[][];
  /** Merged areas in A1 form ('A13:A17'); values of non-anchor cells are null in `rows`. */
  merges: string[];
  /** A1 → '#RRGGBB' solid fill a person set. */
  fills: Record<string, string>;
  /** A1 → a comment (Excel: a threaded comment; WPS: a comment) a person wrote. */
  comments: Record<string, ContractComment>;
}

export interface ContractWorkbook {
  sheets: ContractSheet[];
  /** The sheet that is active when the workbook opens. */
  active: string;
}

export interface HostInspector {
  /** The cell's fill as '#RRGGBB' (upper case), or null for "no fill". */
  fill(sheet: string, cell: string): string | null;
  /**
   * Everything a reader sees attached to the cell — the comment (with its replies, in order) or the note — as one
   * text, parts joined with '\n'; null when the cell has none.
   */
  annotationText(sheet: string, cell: string): string | null;
  /** The cell's value as the fake stores it. */
  value(sheet: string, cell: string): unknown;
  activeSheet(): string;
  /** The selected cell (top-left of the selection), or null. */
  selection(): { sheet: string; cell: string } | null;
  /** The names of the sheets a user sees (hidden helper sheets excluded). */
  visibleSheets(): string[];
  protect(sheet: string): void | Promise<void>;
  setReadOnly(): void | Promise<void>;
  /** A JSON-able picture of everything a user could see change (values, fills, comments, notes, sheets). */
  snapshot(): unknown;
  /** Closes and reopens the workbook: a new host over what was saved in the document; unsaved memory is lost. */
  reopen(): HostUnderTest | Promise<HostUnderTest>;
  /** The annotation state stored in the workbook (null when none or empty), read without the host under test. */
  state(): AnnotationState | null | Promise<AnnotationState | null>;
}

/**
 * A case of the contract that does not apply to a host by nature: why, and what the host does instead, which the
 * suite checks in the case's place (so the declaration itself can fail).
 */
export interface NotApplicable {
  reason: string;
  instead: string;
  check: (ut: HostUnderTest) => Promise<void>;
}

/** The cases a host declares not applicable (a file has no application that refuses a write…); absent: they apply. */
export interface ContractFeatures {
  /** Refusing to write a protected sheet (annotate and clear). */
  protectedSheet?: NotApplicable;
  /** Refusing to write a read-only workbook. */
  readOnly?: NotApplicable;
  /** Settings kept with the workbook across close and reopen. */
  settings?: NotApplicable;
}

export interface HostUnderTest {
  host: Host;
  inspect: HostInspector;
}

export const SHEET = '批复表';
export const OTHER_SHEET = '说明';

/** A person's comment on E15, which also gets findings: kept byte for byte, CRLF and trailing space included. */
export const PERSON_COMMENT_E15: ContractComment = {
  author: '王会计',
  text: '王会计:\r\n按时指 2021-12-31 前完成鉴定结论送达。 ',
};
/** A person's comment on D13, which gets no finding. */
export const PERSON_COMMENT_D13: ContractComment = { author: '李科长', text: '劳动能力鉴定人数按上年实际 1500 人测算' };

const YELLOW = '#FFFF00';
const GREY = '#D9D9D9';

/** Seed 000's 劳动能力鉴定费用 批复表 laid out as in the original, plus a second sheet. */
export function contractWorkbook(): ContractWorkbook {
  const rows: Cell[][] = [
    ['项目支出绩效目标批复表', null, null, null, null, null],
    ['(2021 年度)'],
    ['申报单位：枣庄市社会保险服务中心'],
    ['项目名称', '劳动能力鉴定费用'],
    ['主管部门', '枣庄市人力资源和社会保障\n保障局', null, '预算执行单位', '枣庄市社会保险服务中心'],
    ['项目类型', '新增'],
    ['项目期限', '2021-01-01 至 2021-12-31'],
    ['项目资金\n申请\n(万元)', 14],
    ['项目绩效年度目标'],
    ['市劳动能力鉴定委员会依法组织开展劳动能力鉴定，并将鉴定结论依法送达至单位及个人。'],
    ['年度绩效指标'],
    ['一级指标', '二级指标', '三级指标', '四级指标', '指标值', '计量单位'],
    ['产出', '项目产出', '数量指标', '劳动能力鉴定人数', 1500, '人'],
    [null, null, '数量指标', '劳动能力鉴定次数', 4, '次'],
    [null, null, '时效指标', '管理任务按时完成', '按时', null],
    [null, null, '质量指标', '工伤鉴定合格率', 100, '%'],
    [null, null, '成本指标', '劳动能力鉴定费', null, '万元'],
    ['效果', '项目效益', '社会效益', '保障职工权益', '是', null],
    [null, null, '可持续影响', '鉴定给群众带来的可持续影响显著提升', '是', null],
    [null, null, '社会公众或服务对象满意度', '社会公众满意度', 99, '%'],
    ['其他说明', '测算依据有变化，预算压减，专家劳务费 14 万元，异地鉴定交通费 1 万，报告邮寄费 2 万元。'],
  ];
  const fills: Record<string, string> = { E17: YELLOW, E18: YELLOW };
  for (const c of 'ABCDEF') fills[`${c}12`] = GREY;
  return {
    active: SHEET,
    sheets: [
      {
        name: SHEET,
        rows,
        merges: [
          'A1:F1',
          'A2:F2',
          'A3:F3',
          'B4:F4',
          'B5:C5',
          'E5:F5',
          'B6:F6',
          'B7:F7',
          'B8:F8',
          'A9:F9',
          'A10:F10',
          'A11:F11',
          'A13:A17',
          'B13:B17',
          'A18:A20',
          'B18:B20',
          'B21:F21',
        ],
        fills,
        comments: { E15: PERSON_COMMENT_E15, D13: PERSON_COMMENT_D13 },
      },
      {
        name: OTHER_SHEET,
        rows: [
          [
            '2021 年枣庄市社会保险服务中心项目支出实现绩效目标管理全覆盖，2021 年预算安排的项目 6 个，涉及财政拨款 50 万元。',
          ],
          ['绩效目标表如下'],
        ],
        merges: [],
        fills: { A1: YELLOW },
        comments: {},
      },
    ],
  };
}

function finding(cell: string, ruleId: string, severity: Finding['severity'], message: string): Finding {
  return { ruleId, severity, sheet: SHEET, cell, related: [], message, messageId: ruleId, data: {} };
}

/** Findings built by hand with the seed's wording (the contract must not depend on detection or the rules). */
export const CONTRACT_FINDINGS: Finding[] = [
  finding('E15', 'timeliness-vague', 'warning', '时效指标“管理任务按时完成”的指标值“按时”没有日期或期限'),
  finding('E15', 'vague-target', 'warning', '指标值“按时”无法衡量，请写明可衡量的标准'),
  finding('E17', 'empty-target', 'error', '指标“劳动能力鉴定费”没有指标值；应填写指标值，如“≤14万元”'),
  finding('E18', 'vague-target', 'warning', '指标值“是”无法衡量，请写明可衡量的标准'),
  finding('E20', 'satisfaction-range', 'info', '社会公众满意度 99%：请说明取值依据'),
];

function linesOf(text: string | null): string[] {
  return text === null ? [] : text.split(/\r?\n/);
}

function expectOurLines(inspect: HostInspector, cell: string, findings: readonly Finding[]): void {
  const lines = linesOf(inspect.annotationText(SHEET, cell));
  for (const f of findings.filter((x) => x.cell === cell)) expect(lines).toContain(formatLine(f));
}

function ourLineCount(inspect: HostInspector, cell: string): number {
  return linesOf(inspect.annotationText(SHEET, cell)).filter((l) => l.startsWith('【绩效审核·')).length;
}

async function expectHostError(p: Promise<unknown>, code: string): Promise<HostError> {
  let caught: unknown;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(HostError);
  const err = caught as HostError;
  expect(err.hostMessage.code).toBe(code);
  expect(err.hostMessage.intent).toBe('error');
  // Bilingual: both texts present and not the same text.
  expect(err.hostMessage['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  expect(err.hostMessage['en-US']).toMatch(/[A-Za-z]{3}/);
  expect(err.hostMessage['zh-CN']).not.toBe(err.hostMessage['en-US']);
  return err;
}

function gridOf(grids: Grid[], sheet: string): Grid {
  const g = grids.find((x) => x.sheet === sheet);
  if (!g) throw new Error(`no grid for ${sheet}`);
  return g;
}

function at(grid: Grid, ref: string): Cell {
  const { row, col } = parseA1(ref);
  return cellAt(grid, row, col);
}

export function runHostContract(
  name: string,
  makeHost: (workbook: ContractWorkbook) => HostUnderTest | Promise<HostUnderTest>,
  features: ContractFeatures = {},
): void {
  describe(`host contract: ${name}`, () => {
    let ut: HostUnderTest;
    /** The cases, or, where the host declares them not applicable, the check of what it does instead. */
    const applies = (na: NotApplicable | undefined, cases: () => void) => {
      if (!na) cases();
      else test(`does not apply (${na.reason}); instead: ${na.instead}`, () => na.check(ut));
    };
    beforeEach(async () => {
      ut = await makeHost(contractWorkbook());
    });

    test('reads the active sheet: values where the sheet has them, merged areas, non-anchor cells empty', async () => {
      const { grids, messages } = await ut.host.read('active');
      expect(grids).toHaveLength(1);
      const g = gridOf(grids, SHEET);
      expect(at(g, 'A1')).toBe('项目支出绩效目标批复表');
      expect(at(g, 'B4')).toBe('劳动能力鉴定费用');
      expect(at(g, 'B8')).toBe(14);
      expect(at(g, 'D13')).toBe('劳动能力鉴定人数');
      expect(at(g, 'E13')).toBe(1500);
      expect(at(g, 'E15')).toBe('按时');
      expect(at(g, 'E17')).toBeNull();
      expect(at(g, 'C20')).toBe('社会公众或服务对象满意度');
      expect(at(g, 'A14')).toBeNull();
      const caps = await ut.host.capabilities();
      if (caps.merges) {
        expect(g.mergesUnknown).not.toBe(true);
        expect(g.merges).toEqual(
          expect.arrayContaining([
            { top: 13, left: 1, bottom: 17, right: 1 },
            { top: 13, left: 2, bottom: 17, right: 2 },
            { top: 1, left: 1, bottom: 1, right: 6 },
            { top: 5, left: 5, bottom: 5, right: 6 },
          ]),
        );
        expect(g.merges).toHaveLength(17);
      } else {
        expect(g.mergesUnknown).toBe(true);
        expect(messages.length).toBeGreaterThan(0);
      }
    });

    test('reads all sheets, and only the sheets a user sees', async () => {
      const { grids } = await ut.host.read('all');
      expect(grids.map((g) => g.sheet).sort()).toEqual([SHEET, OTHER_SHEET].sort());
      expect(at(gridOf(grids, OTHER_SHEET), 'A2')).toBe('绩效目标表如下');
    });

    test('annotates: worst severity fill, one line per finding, other cells and values untouched', async () => {
      const before = ut.inspect.snapshot();
      const valuesBefore = ['E15', 'E17', 'E18', 'E20', 'D13'].map((c) => ut.inspect.value(SHEET, c));
      const result = await ut.host.annotate(CONTRACT_FINDINGS);
      expect(result.written.sort()).toEqual([`${SHEET}!E15`, `${SHEET}!E17`, `${SHEET}!E18`, `${SHEET}!E20`].sort());
      expect(result.messages.filter((m) => m.intent === 'error')).toEqual([]);
      expect(ut.inspect.fill(SHEET, 'E15')).toBe(FILLS.warning);
      expect(ut.inspect.fill(SHEET, 'E17')).toBe(FILLS.error);
      expect(ut.inspect.fill(SHEET, 'E18')).toBe(FILLS.warning);
      expect(ut.inspect.fill(SHEET, 'E20')).toBe(FILLS.info);
      for (const c of ['E15', 'E17', 'E18', 'E20']) expectOurLines(ut.inspect, c, CONTRACT_FINDINGS);
      expect(ourLineCount(ut.inspect, 'E15')).toBe(2);
      // Untouched: a neighbour's fill, the header fill, the other sheet, values.
      expect(ut.inspect.fill(SHEET, 'E16')).toBeNull();
      expect(ut.inspect.fill(SHEET, 'A12')).toBe(GREY);
      expect(ut.inspect.fill(OTHER_SHEET, 'A1')).toBe(YELLOW);
      expect(ut.inspect.annotationText(SHEET, 'D13')).toBe(PERSON_COMMENT_D13.text);
      expect(['E15', 'E17', 'E18', 'E20', 'D13'].map((c) => ut.inspect.value(SHEET, c))).toEqual(valuesBefore);
      expect(ut.inspect.snapshot()).not.toEqual(before);
    });

    test('re-annotating with the same findings changes nothing; with fewer, the dropped cells are restored', async () => {
      await ut.host.annotate(CONTRACT_FINDINGS);
      const once = ut.inspect.snapshot();
      await ut.host.annotate(CONTRACT_FINDINGS);
      expect(ut.inspect.snapshot()).toEqual(once);
      expect(ourLineCount(ut.inspect, 'E15')).toBe(2);

      const fewer = CONTRACT_FINDINGS.filter((f) => f.cell !== 'E18' && f.ruleId !== 'vague-target');
      await ut.host.annotate(fewer);
      expect(ut.inspect.fill(SHEET, 'E18')).toBe(YELLOW);
      expect(ut.inspect.annotationText(SHEET, 'E18')).toBeNull();
      expect(ourLineCount(ut.inspect, 'E15')).toBe(1);
      expectOurLines(ut.inspect, 'E15', fewer);
      expect(ut.inspect.fill(SHEET, 'E17')).toBe(FILLS.error);
      const state = await ut.inspect.state();
      expect(state?.cells.map((c) => c.cell).sort()).toEqual(['E15', 'E17', 'E20']);
    });

    test('clear restores every original fill exactly and removes our lines, also after close and reopen', async () => {
      const before = ut.inspect.snapshot();
      await ut.host.annotate(CONTRACT_FINDINGS);
      const state = await ut.inspect.state();
      // The real original fills are recorded even though the plan was built without a fill lookup.
      expect(state?.cells.find((c) => c.cell === 'E17')?.originalFill).toBe(YELLOW);
      expect(state?.cells.find((c) => c.cell === 'E15')?.originalFill).toBeNull();

      const reopened = await ut.inspect.reopen();
      expect((await reopened.inspect.state())?.cells).toHaveLength(4);
      const result = await reopened.host.clear();
      expect(result.written.sort()).toEqual([`${SHEET}!E15`, `${SHEET}!E17`, `${SHEET}!E18`, `${SHEET}!E20`].sort());
      expect(reopened.inspect.fill(SHEET, 'E17')).toBe(YELLOW);
      expect(reopened.inspect.fill(SHEET, 'E18')).toBe(YELLOW);
      expect(reopened.inspect.fill(SHEET, 'E15')).toBeNull();
      expect(reopened.inspect.fill(SHEET, 'E20')).toBeNull();
      expect(reopened.inspect.annotationText(SHEET, 'E17')).toBeNull();
      expect(reopened.inspect.snapshot()).toEqual(before);
      expect(await reopened.inspect.state()).toBeNull();
    });

    test('findings inside a merged area are annotated on its top-left cell, lines in the core order', async () => {
      const before = ut.inspect.snapshot();
      const merged = [
        finding('A15', 'unknown-level1', 'warning', '一级指标“产出”不在本年度的指标体系中'),
        finding('B17', 'unknown-level2', 'info', '二级指标“项目产出”请核对'),
        finding('A13', 'empty-name', 'error', '一级指标为空'),
      ];
      // Findings come from a check, which read the sheet (and its merged areas) first.
      await ut.host.read('active');
      const result = await ut.host.annotate(merged);
      expect(result.written.sort()).toEqual([`${SHEET}!A13`, `${SHEET}!B13`]);
      expect(ut.inspect.fill(SHEET, 'A13')).toBe(FILLS.error);
      expect(ut.inspect.fill(SHEET, 'B13')).toBe(FILLS.info);
      const ours = (cell: string) =>
        linesOf(ut.inspect.annotationText(SHEET, cell)).filter((l) => l.startsWith('【绩效审核·'));
      expect(ours('A13')).toEqual([formatLine(merged[2]), formatLine(merged[0])]);
      expect(ours('B13')).toEqual([formatLine(merged[1])]);
      for (const cell of ['A15', 'B17']) expect(ut.inspect.annotationText(SHEET, cell)).toBeNull();
      expect((await ut.inspect.state())?.cells.map((c) => c.cell).sort()).toEqual(['A13', 'B13']);
      await ut.host.clear();
      expect(ut.inspect.snapshot()).toEqual(before);
    });

    test("a person's comment is kept byte for byte through annotate, re-annotate and clear", async () => {
      await ut.host.annotate(CONTRACT_FINDINGS);
      const text = ut.inspect.annotationText(SHEET, 'E15') ?? '';
      expect(text.startsWith(PERSON_COMMENT_E15.text)).toBe(true);
      expectOurLines(ut.inspect, 'E15', CONTRACT_FINDINGS);
      await ut.host.annotate(CONTRACT_FINDINGS);
      expect((ut.inspect.annotationText(SHEET, 'E15') ?? '').startsWith(PERSON_COMMENT_E15.text)).toBe(true);
      expect(ourLineCount(ut.inspect, 'E15')).toBe(2);
      await ut.host.clear();
      expect(ut.inspect.annotationText(SHEET, 'E15')).toBe(PERSON_COMMENT_E15.text);
      expect(ut.inspect.annotationText(SHEET, 'D13')).toBe(PERSON_COMMENT_D13.text);
    });

    test('navigates: selecting a cell activates its sheet', async () => {
      await ut.host.select(OTHER_SHEET, 'A2');
      expect(ut.inspect.activeSheet()).toBe(OTHER_SHEET);
      expect(ut.inspect.selection()).toEqual({ sheet: OTHER_SHEET, cell: 'A2' });
      await ut.host.select(SHEET, 'E15');
      expect(ut.inspect.activeSheet()).toBe(SHEET);
      expect(ut.inspect.selection()).toEqual({ sheet: SHEET, cell: 'E15' });
    });

    applies(features.protectedSheet, () => {
      test('a protected sheet: a bilingual HostError and the workbook unchanged', async () => {
        await ut.inspect.protect(SHEET);
        const before = ut.inspect.snapshot();
        await expectHostError(ut.host.annotate(CONTRACT_FINDINGS), CONTRACT_ERROR_CODES.sheetProtected);
        expect(ut.inspect.snapshot()).toEqual(before);
        expect(await ut.inspect.state()).toBeNull();
      });

      test('a sheet protected after annotating: clear refuses and leaves the annotations as they are', async () => {
        await ut.host.annotate(CONTRACT_FINDINGS);
        await ut.inspect.protect(SHEET);
        const before = ut.inspect.snapshot();
        await expectHostError(ut.host.clear(), CONTRACT_ERROR_CODES.sheetProtected);
        expect(ut.inspect.snapshot()).toEqual(before);
        expect((await ut.inspect.state())?.cells).toHaveLength(4);
      });
    });

    applies(features.readOnly, () => {
      test('a read-only workbook: a bilingual HostError and the workbook unchanged', async () => {
        await ut.inspect.setReadOnly();
        const before = ut.inspect.snapshot();
        await expectHostError(ut.host.annotate(CONTRACT_FINDINGS), CONTRACT_ERROR_CODES.readOnly);
        expect(ut.inspect.snapshot()).toEqual(before);
      });
    });

    applies(features.settings, () => {
      test('settings are kept with the workbook across close and reopen', async () => {
        await ut.host.saveSetting('config', { profile: 'project-2021', satisfactionFloor: 80 });
        expect(await ut.host.loadSetting('config')).toEqual({ profile: 'project-2021', satisfactionFloor: 80 });
        const reopened = await ut.inspect.reopen();
        expect(await reopened.host.loadSetting('config')).toEqual({ profile: 'project-2021', satisfactionFloor: 80 });
        expect((await reopened.host.loadSetting('missing')) ?? undefined).toBeUndefined();
        expect(reopened.inspect.visibleSheets().sort()).toEqual([SHEET, OTHER_SHEET].sort());
      });
    });
  });
}
