// Test data for the pane: seed 000's 劳动能力鉴定费用 批复表 as a Grid, and a mock Host that records every call.

import { planAnnotations } from '../../src/core/annotate/port';
import type { AnnotationState } from '../../src/core/annotate/types';
import type { Finding } from '../../src/core/model';
import { parseAreaA1 } from '../../src/core/a1';
import type { Cell, Grid } from '../../src/core/grid';
import type {
  ApplyOptions,
  ApplyResult,
  Host,
  HostCapabilities,
  HostMessage,
  ReadResult,
  ReadScope,
} from '../../src/hosts/host';

export const SEED000_SHEET = '绩效目标批复表';

/** Seed 000's first project (劳动能力鉴定费用), laid out as in the original 批复表: four hierarchy columns. */
export function seed000Rows(): Cell[][] {
  return [
    ['项目支出绩效目标批复表', null, null, null, null, null],
    ['(2021 年度)'],
    ['申报单位：枣庄市社会保险服务中心'],
    ['项目名称', '劳动能力鉴定费用'],
    ['主管部门', '枣庄市人力资源和社会保障局', null, '预算执行单位', '枣庄市社会保险服务中心'],
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
    [null, null, '成本指标', '劳动能力鉴定费', 14, '万元'],
    ['效果', '项目效益', '社会效益', '保障职工权益', '是', null],
    [null, null, '可持续影响', '鉴定给群众带来的可持续影响显著提升', '是', null],
    [null, null, '社会公众或服务对象满意度', '社会公众满意度', 99, '%'],
  ];
}

const SEED000_MERGES = [
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
];

export function seed000Grid(sheet = SEED000_SHEET, rows: Cell[][] = seed000Rows()): Grid {
  return { sheet, top: 1, left: 1, cells: rows, merges: SEED000_MERGES.map(parseAreaA1) };
}

/** A deep copy the way a workbook setting is stored: as JSON (jsdom has no structuredClone). */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export interface HostCall {
  method: string;
  args: unknown[];
}

/** A Host over fixed grids: records calls, keeps settings and the last plan's state like a workbook would. */
export class MockHost implements Host {
  kind = 'file' as const;
  calls: HostCall[] = [];
  settings = new Map<string, unknown>();
  state: AnnotationState | null = null;
  readMessages: HostMessage[] = [];
  /** When set, the next call of that method throws it. */
  failNext: { method: string; error: unknown } | null = null;

  constructor(
    public grids: Grid[],
    public caps: HostCapabilities = { comments: true, notes: true, merges: true, settings: true },
  ) {}

  private record(method: string, args: unknown[]): void {
    this.calls.push({ method, args });
    if (this.failNext && this.failNext.method === method) {
      const { error } = this.failNext;
      this.failNext = null;
      throw error;
    }
  }

  callsOf(method: string): HostCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  async capabilities(): Promise<HostCapabilities> {
    this.record('capabilities', []);
    return this.caps;
  }

  async read(scope: ReadScope): Promise<ReadResult> {
    this.record('read', [scope]);
    return { grids: scope === 'all' ? this.grids : this.grids.slice(0, 1), messages: this.readMessages };
  }

  async annotate(findings: readonly Finding[], options?: ApplyOptions): Promise<ApplyResult> {
    this.record('annotate', [findings, options]);
    // Planned as a host plans: the core's planner over what the mock holds (its state; no fills, merges or notes).
    const plan = planAnnotations(findings, { state: this.state, merges: new Map(), cells: [], missing: [] });
    options?.onProgress?.(1);
    this.state = plan.nextState.cells.length > 0 ? plan.nextState : null;
    return { written: [...plan.entries, ...plan.restore].map((e) => `${e.sheet}!${e.cell}`), messages: [] };
  }

  async clear(options?: ApplyOptions): Promise<ApplyResult> {
    this.record('clear', [options]);
    const written = (this.state?.cells ?? []).map((c) => `${c.sheet}!${c.cell}`);
    this.state = null;
    return { written, messages: [] };
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.record('select', [sheet, cell]);
  }

  async loadSetting(key: string): Promise<unknown> {
    this.record('loadSetting', [key]);
    return this.settings.has(key) ? clone(this.settings.get(key)) : null;
  }

  async saveSetting(key: string, value: unknown): Promise<void> {
    this.record('saveSetting', [key, value]);
    this.settings.set(key, clone(value));
  }
}
