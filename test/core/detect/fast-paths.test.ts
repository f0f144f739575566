// Detection's shortcuts (texts used without trimming, remembered targets, kept label verdicts) give the answers the
// plain reading gives: padded cells, shared target texts, labels differing by spaces, starred header words.

import { detectTables } from '../../../src/core/detect';
import type { Cell } from '../../../src/core/grid';
import { sheet } from './sheet';

const _ = null;
const TJ = '天津市社会保险基金管理中心';
const ZZ = '枣庄市社会保险服务中心';
const HEADER: Cell[] = [
  '单位名称',
  '项目名称',
  '项目金额（万元）',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '指标值',
  '度量单位',
];

const plain: Cell[][] = [
  HEADER,
  [TJ, '社保卡制卡工本费', 500, '产出指标', '数量指标', '社保卡片数量', '=', 469483, '张'],
  [TJ, '社保卡制卡工本费', 500, '产出指标', '成本指标', '社保卡制卡单位平均成本', '=', '10.65万元', _],
  [TJ, '社保卡制卡工本费', 500, '满意度指标', '服务对象满意度指标', '申报社保卡人员满意度', '≥', '95%', _],
  [ZZ, '维修（护）费', 1, '产出指标', '时效指标', '维修按时完成', '定性', '按时', _],
  [ZZ, '维修（护）费', 1, '满意度指标', '服务对象满意度指标', '服务对象满意度', '≥', '95%', _],
];

/** The same sheet with every text below the header wrapped in the white space exports leave around cells. */
function padded(rows: Cell[][]): Cell[][] {
  const pads = [' ', '\u3000', '\u00a0', '\ufeff', '\n', '\t', '\u2003'];
  let k = 0;
  return rows.map((r, i) =>
    r.map((v) => {
      if (i === 0) return v;
      if (typeof v !== 'string') return v;
      const pad = pads[k++ % pads.length] as string;
      return k % 2 === 0 ? `${pad}${v}` : `${v}${pad}`;
    }),
  );
}

describe('detection shortcuts', () => {
  it('reads texts padded with any kind of white space as the trimmed texts', () => {
    const a = detectTables(sheet(plain));
    const b = detectTables(sheet(padded(plain)));
    expect(a).toHaveLength(2);
    expect(b).toEqual(a);
  });

  it('treats a row of white space only as blank: two of them end the table', () => {
    const rows = [...plain.slice(0, 3), [' ', '\u3000', _, '\n'], ['\ufeff'], plain[4] as Cell[]];
    const tables = detectTables(sheet(rows));
    expect(tables.map((t) => [t.range, t.indicators.length])).toEqual([['A2:I3', 2]]);
  });

  it('shares one frozen target between the rows whose cells repeat the same text; a name hint makes a copy', () => {
    const tables = detectTables(sheet(plain));
    const [first, second] = [tables[0]?.indicators[2], tables[1]?.indicators[1]];
    expect(first?.target).toEqual({ raw: '95%', operator: '≥', value: 95, unit: '%', kind: 'quantitative' });
    expect(first?.target).toBe(second?.target);
    expect(Object.isFrozen(first?.target)).toBe(true);
    // Nobody can change the target of another row through it.
    expect(() => {
      (first?.target as { value: number | null }).value = 1;
    }).toThrow(TypeError);
    const money = tables[0]?.indicators[1]?.target;
    expect(Object.keys(money ?? {})).toEqual(['raw', 'operator', 'value', 'unit', 'kind', 'factorToWanyuan']);
    expect(detectTables(sheet(plain))[0]?.indicators[1]?.target).toBe(money);

    // The same bare number under a name whose template hint gives the unit: that row's own copy gets it.
    const hinted = detectTables(
      sheet([
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '培训场次', '30'],
        ['产出指标', '数量指标', '培训人数（≥**人）', '30'],
        ['产出指标', '数量指标', '发放册数', '30'],
      ]),
    )[0]?.indicators;
    expect(hinted?.map((i) => [i.target.operator, i.target.unit])).toEqual([
      [null, null],
      ['≥', '人'],
      [null, null],
    ]);
    expect(hinted?.[0]?.target).toBe(hinted?.[2]?.target);
    expect(hinted?.[1]?.target).not.toBe(hinted?.[0]?.target);
  });

  it('keeps the 二级 filling down under a 一级 that differs only by spaces, and drops it under a new 一级', () => {
    const tables = detectTables(
      sheet([
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '社保卡片数量', '469483张'],
        ['产出 指标', _, '购置工装数量', '≥30套'],
        ['效益指标', _, '群众办事便利程度', '提高'],
      ]),
    );
    expect(tables[0]?.indicators.map((i) => [i.name, i.level1, i.level2])).toEqual([
      ['社保卡片数量', '产出指标', '数量指标'],
      ['购置工装数量', '产出指标', '数量指标'],
      ['群众办事便利程度', '效益指标', null],
    ]);
  });

  it('recognises header words behind a required-field star, spaces or full-width forms', () => {
    const tables = detectTables(
      sheet([
        ['＊一级指标', ' * 二级指标', '\u3000三级指标', '指标值（%）'],
        ['产出指标', '质量指标', '工装质量情况', '100'],
      ]),
    );
    expect(tables[0]?.columns).toEqual({ level1: 'A', level2: 'B', level3: 'C', value: 'D' });
    expect(tables[0]?.indicators[0]?.cells).toEqual({ level1: 'A2', level2: 'B2', name: 'C2', target: 'D2' });
  });

  it('ends a flat export at a 备注 row even after thousands of rows with the same first cell', () => {
    const rows: Cell[][] = [HEADER];
    for (let i = 0; i < 3000; i++)
      rows.push([
        TJ,
        `社保卡制卡工本费（第${Math.floor(i / 3) + 1}批）`,
        500,
        '产出指标',
        '数量指标',
        '社保卡片数量',
        '=',
        469483,
        '张',
      ]);
    rows.push(['备注：数据来自预算系统导出']);
    rows.push([TJ, '社保中心工装制作', 10, '产出指标', '质量指标', '工装质量情况', '=', 100, '%']);
    const tables = detectTables(sheet(rows));
    expect(tables).toHaveLength(1000);
    expect(tables[999]?.range).toBe('A2999:I3001');
    expect(tables[999]?.indicators[2]?.cells.name).toBe('F3001');
  });
});
