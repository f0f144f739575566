// nonstandard-category: a 一级/二级 label read by its alias (效果 → 效益指标, 产出 → 产出指标, 社会效益 → 社会效益指标), and
// the extra grouping level of a four-level sheet (项目产出, 项目效益): one finding per table and level, naming the standard.

import { L1, L2, canonicalLevel1, canonicalLevel2, normaliseLabel } from '../categories';
import { Memo } from '../memo';
import type { Indicator, IndicatorPart } from '../model';
import type { RuleContext, RuleModule } from './rule';
import type { Location } from './types';
import { shown } from './util/structure';
import { hasPartCell } from '../indicator-cells';

// As categories.ts reads past them: list numbering (一、, 1.) and the form's points or fill hints after a label.
const LEADING_NUMBERING = /^(?:[一二三四五六七八九十]+|\d{1,2})[、.．]/u;
const TRAILER =
  /(?:\((?:[\d.]+(?:[-~—][\d.]+)?分?|[\d.]+%|必填[^()]*|选填[^()]*|可选[^()]*|核心[^()]*|[^()]*硬性[^()]*)\)分?|[\d.]+分)$/u;
// A 一级 written before its 二级 in one cell (产出数量指标): the 二级 part is what is judged.
const LEVEL1_PREFIX = /^(?:产出|效益|效果|满意度)/u;

const STANDARD_LEVEL1: ReadonlySet<string> = new Set<string>(Object.values(L1));
// 社会公众或服务对象满意度指标 is the 二级 of the older framework (财预〔2013〕53号), still printed on many forms.
const STANDARD_LEVEL2: ReadonlySet<string> = new Set<string>([...Object.values(L2), '社会公众或服务对象满意度指标']);
// The department form (seed 003) prints 满意度 as its own 二级 under 效益指标.
const DEPARTMENT_LEVEL2: ReadonlySet<string> = new Set<string>(['满意度', '满意度指标']);

/** A label as compared with the standard names: normalised, numbering and points dropped. */
function bare(raw: string): string {
  // Every row repeats one of a few labels: each is worked out once.
  return BARE.get(raw, (r) => normaliseLabel(r).replace(LEADING_NUMBERING, '').replace(TRAILER, ''));
}

const BARE = new Memo<string>();

/** A label as quoted: as written, without the points or fill hint after it (项目效益(35分) → 项目效益). */
function quoted(raw: string): string {
  const s = shown(raw).replace(/\s+/gu, '');
  return s.normalize('NFKC').replace(TRAILER, '') || s;
}

/** Whether a 二级 label, bare, is a standard name (with a 一级 written before it, its 二级 part). */
function isStandardLevel2(s: string, department: boolean): boolean {
  if (STANDARD_LEVEL2.has(s) || (department && DEPARTMENT_LEVEL2.has(s))) return true;
  const prefix = LEVEL1_PREFIX.exec(s);
  return prefix !== null && STANDARD_LEVEL2.has(s.slice(prefix[0].length));
}

interface Label {
  text: string;
  standard: string | null;
  at: Location;
}

/** What a label's text says, worked out once per text: as quoted, its standard name if it has one, and bare. */
interface Reading {
  text: string;
  canonical: string | null;
  bare: string;
  /** A 二级's bare text is a standard name (isStandardLevel2), on a project's form and on a department's. */
  standard: boolean;
  standardInDepartment: boolean;
}

const LEVEL1_READINGS = new Memo<Reading>();
const LEVEL2_READINGS = new Memo<Reading>();
const GROUPING_READINGS = new Memo<Reading>();

function reading(raw: string, canonical: string | null, level2: boolean): Reading {
  const b = bare(raw);
  return {
    text: quoted(raw),
    canonical,
    bare: b,
    standard: level2 && isStandardLevel2(b, false),
    standardInDepartment: level2 && isStandardLevel2(b, true),
  };
}

const readLevel1 = (raw: string): Reading => reading(raw, canonicalLevel1(raw), false);
const readLevel2 = (raw: string): Reading => reading(raw, canonicalLevel2(raw), true);
const readGrouping = (raw: string): Reading => ({
  text: quoted(raw),
  canonical: null,
  bare: '',
  standard: false,
  standardInDepartment: false,
});

/** Labels of one kind in table order, each distinct text (and standard) once, at its first cell. */
class Labels {
  readonly list: Label[] = [];
  // A table holds a handful of distinct labels: arrays searched in place cost less than sets built per table.
  private readonly seenRaw: string[] = [];
  private readonly seenKey: string[] = [];

  add(raw: string, reading: Reading, standard: string | null, indicator: Indicator, part: IndicatorPart): void {
    // Most rows repeat a label already seen: one search, nothing built.
    if (this.seenRaw.includes(raw)) return;
    this.seenRaw.push(raw);
    const key = `${reading.text}\u0000${standard ?? ''}`;
    if (this.seenKey.includes(key)) return;
    this.seenKey.push(key);
    this.list.push({ text: reading.text, standard, at: { indicator, part } });
  }
}

function pairs(labels: readonly Label[]): string {
  return labels.map((l) => (l.standard ? `“${l.text}”→“${l.standard}”` : `“${l.text}”`)).join('、');
}

export const rule: RuleModule = {
  meta: {
    id: 'nonstandard-category',
    category: 'structure',
    defaultSeverity: 'info',
    description: {
      'zh-CN':
        '一级、二级指标用了非规范的写法（效果、产出、项目效益、社会效益等），或在一级与二级之间多了一层（项目产出、项目效益）',
      'en-US':
        'A 一级/二级 label written in a non-standard way (效果, 产出, 项目效益, 社会效益…), or an extra level between 一级 and 二级 (项目产出, 项目效益)',
    },
    messages: {
      label: {
        'zh-CN': '指标类别的写法不是规范名称：{pairs}；本表按规范名称识别，应改写为规范名称，便于汇总和审核',
        'en-US':
          'Category labels written in a non-standard way: {pairs}; they are read here as the standard names, which the table should use so it can be compiled and reviewed',
      },
      grouping: {
        'zh-CN':
          '{pairs}是一级指标与数量、质量、社会效益等指标之间多出的一层；规范的指标体系中一级指标下直接是这些指标（如产出指标下为数量指标、质量指标、时效指标），这一层可以删去',
        'en-US':
          '{pairs} form an extra level between the 一级 and categories such as 数量, 质量 or 社会效益; in the standard framework a 一级 holds them directly (产出指标: 数量指标, 质量指标, 时效指标), so this level can go',
      },
    },
  },
  check(ctx) {
    const department = ctx.profile === 'department';
    const labels = new Labels();
    const groupings = new Labels();
    // Rows repeat the label of the row above: a label already judged on this table adds nothing (Labels keeps the
    // first row of each text).
    let last1: string | null = null;
    let last2: string | null = null;
    for (const ind of ctx.table.indicators) {
      const raw1 = ind.level1Raw;
      if (raw1 !== last1 && ind.level1 !== null && raw1 && hasPartCell(ind, 'level1')) {
        last1 = raw1;
        const r = LEVEL1_READINGS.get(raw1, readLevel1);
        if (!STANDARD_LEVEL1.has(r.bare)) labels.add(raw1, r, r.canonical ?? ind.level1, ind, 'level1');
      }
      const raw2 = ind.level2Raw;
      if (raw2 !== last2 && ind.level2 !== null && raw2 && hasPartCell(ind, 'level2')) {
        last2 = raw2;
        const r = LEVEL2_READINGS.get(raw2, readLevel2);
        if (!(department ? r.standardInDepartment : r.standard))
          labels.add(raw2, r, r.canonical ?? ind.level2, ind, 'level2');
      }
      const rawGroup = ind.grouping;
      if (rawGroup && rawGroup.trim() !== '' && hasPartCell(ind, 'grouping')) {
        groupings.add(rawGroup, GROUPING_READINGS.get(rawGroup, readGrouping), null, ind, 'grouping');
      }
    }
    report(ctx, 'label', labels.list);
    report(ctx, 'grouping', groupings.list);
  },
};

function report(ctx: RuleContext, messageId: string, labels: readonly Label[]): void {
  const first = labels[0];
  if (!first) return;
  ctx.report({
    messageId,
    data: { pairs: pairs(labels) },
    at: first.at,
    related: labels.slice(1).map((l) => l.at),
  });
}
