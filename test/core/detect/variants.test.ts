// Layout variants built from seed tables: two-row headers, header wording, spacer rows, sheets without tables, overrides.

import { detectTables } from '../../../src/core/detect';
import type { Cell } from '../../../src/core/grid';
import { sheet } from './sheet';

const _ = null;

/** Seed 001's 102.社保中心工装制作 rows under a header given per test. */
const gongzhuang: Cell[][] = [
  ['产出指标', '质量指标', '产品质量合格率', '工装质量情况', '100百分比'],
  [_, '成本指标', '提供产品及服务所需成本的控制情况', '工装单位成本', '≤3000元'],
  [_, '数量指标', '提供产品及服务数量', '购置工装数量', '≥30套'],
  [_, '时效指标', '工装购置资金支出时效', '工装购置资金支出时效', '下半年启动工装采购，年内完成量体验收付款手续'],
  ['效益指标', '可持续影响指标', '产品使用年限', '工装使用年限', '≥3年'],
  ['满意度指标', '服务对象满意度指标', '使用人员满意度', '经办工作人员满意度', '≥95百分比'],
];

describe('two-row header', () => {
  it('reads 绩效指标 merged over 一级/二级/三级 with 指标值 merged down both rows', () => {
    const rows: Cell[][] = [
      ['102.社保中心工装制作绩效目标表', _, _, _, _],
      ['项目名称', '社保中心工装制作', _, _, _],
      ['绩效指标', _, _, '绩效指标描述', '指标值'],
      ['一级指标', '二级指标', '三级指标', _, _],
      ...gongzhuang,
    ];
    const [t, ...rest] = detectTables(sheet(rows, { merges: ['A1:E1', 'B2:E2', 'A3:C3', 'D3:D4', 'E3:E4'] }));
    expect(rest).toHaveLength(0);
    expect([t?.range, t?.headerRow, t?.headerRows]).toEqual(['A1:E10', 4, [3, 4]]);
    expect(t?.columns).toEqual({ level1: 'A', level2: 'B', level3: 'C', description: 'D', value: 'E' });
    expect(t?.indicators.map((i) => i.row)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(t?.indicators[1]?.target).toMatchObject({ operator: '≤', value: 3000, unit: '元' });
  });

  it('takes 指标值 from the row above when the lower row leaves it empty (no merges)', () => {
    const rows: Cell[][] = [
      ['项目名称', '社保中心工装制作', _, _, _],
      ['绩效指标', _, _, '绩效指标描述', '指标值'],
      ['一级指标', '二级指标', '三级指标', _, _],
      ...gongzhuang,
    ];
    const [t] = detectTables(sheet(rows));
    expect([t?.headerRow, t?.headerRows, t?.range]).toEqual([3, [2, 3], 'A1:E9']);
    expect(t?.columns).toEqual({ level1: 'A', level2: 'B', level3: 'C', description: 'D', value: 'E' });
  });
});

describe('header wording variants', () => {
  const cases: [string, Cell[], Record<string, string>][] = [
    [
      '指标名称 / 目标值 / 单位 / 指标值类型 / 备注',
      ['一级\n指标', '二级指标', '指标名称', '指标值类型', '目标值', '单位', '备注'],
      { level1: 'A', level2: 'B', level3: 'C', operator: 'D', value: 'E', unit: 'F', note: 'G' },
    ],
    [
      '*三级指标名称 / 指标性质 / 年度指标值 / 度量单位',
      ['*一级指标', '*二级指标', '*三级指标名称', '指标性质', '年度指标值', '度量单位', _],
      { level1: 'A', level2: 'B', level3: 'C', operator: 'D', value: 'E', unit: 'F' },
    ],
    [
      '绩效指标 / 指标值（包含数字及文字描述）/ 计量单位 / 取值依据',
      ['一级指标', '二级指标', '绩效指标', '指标值（包含数字及文字描述）', '计量单位', '取值依据', _],
      { level1: 'A', level2: 'B', level3: 'C', value: 'D', unit: 'E', standard: 'F' },
    ],
    [
      '指标方向 / 评（扣）分标准 / 指标说明',
      ['一级指标', '二级指标', '三级指标', '指标方向', '指标值', '评（扣）分标准', '指标说明'],
      { level1: 'A', level2: 'B', level3: 'C', operator: 'D', value: 'E', standard: 'F', description: 'G' },
    ],
  ];
  it.each(cases)('%s', (_label, header, columns) => {
    const rows: Cell[][] = [
      ['项目名称', '社保中心工装制作'],
      header,
      ['产出指标', '数量指标', '购置工装数量', '≥', 30, '套', _],
      [_, '成本指标', '工装单位成本', '≤', 3000, '元', _],
    ];
    const tables = detectTables(sheet(rows));
    expect(tables).toHaveLength(1);
    expect(tables[0]?.columns).toEqual(columns);
    expect(tables[0]?.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标', '数量指标', '购置工装数量'],
      ['产出指标', '成本指标', '工装单位成本'],
    ]);
  });

  it('reads an operator column next to a bare number as operator + value', () => {
    const rows: Cell[][] = [
      ['一级指标', '二级指标', '三级指标', '指标值类型', '指标值', '计量单位'],
      ['产出指标', '数量指标', '购置工装数量', '≥', 30, '套'],
      [_, '质量指标', '资产管理规范性', '定性', '规范', _],
    ];
    const [t] = detectTables(sheet(rows));
    expect(t?.indicators.map((i) => [i.target.operator, i.target.value, i.target.unit, i.target.kind])).toEqual([
      ['≥', 30, '套', 'quantitative'],
      [null, null, null, 'qualitative'],
    ]);
  });
});

describe('table ends', () => {
  const header: Cell[] = ['一级指标', '二级指标', '三级指标', '指标值', '计量单位'];
  it('tolerates one blank spacer row and stops after two', () => {
    const rows: Cell[][] = [
      ['项目名称', '维修（护）费', _, _, _],
      header,
      ['产出指标', '数量指标', '维修次数', 20, '次'],
      [],
      [_, '时效指标', '维修按时完成', '按时', _],
      [_, '成本指标', '维修成本', 1, '万元'],
      [],
      [],
      ['产出指标', '质量指标', '维修质量符合标准', '是', _],
    ];
    const [t, ...rest] = detectTables(sheet(rows));
    expect(rest).toHaveLength(0);
    expect(t?.range).toBe('A1:E6');
    expect(t?.indicators.map((i) => [i.row, i.level2, i.name])).toEqual([
      [3, '数量指标', '维修次数'],
      [5, '时效指标', '维修按时完成'],
      [6, '成本指标', '维修成本'],
    ]);
  });

  it('stops at 其他说明 and at the next block’s 项目名称', () => {
    const rows: Cell[][] = [
      ['项目名称', '维修（护）费', _, _, _],
      header,
      ['产出', '数量指标', '维修次数', 20, '次'],
      ['其他说明', '测算依据有变化，预算压缩，预算支出为 1 万元。', _, _, _],
      ['项目名称', '印刷费用', _, _, _],
      ['项目资金申请（万元）', '3 万元', _, _, _],
      header,
      ['产出', '数量指标', '印刷数量', 15000, '册'],
    ];
    const tables = detectTables(sheet(rows));
    expect(tables.map((t) => [t.range, t.headerRow, t.project.name, t.project.budget, t.indicators.length])).toEqual([
      ['A1:E3', 2, '维修（护）费', null, 1],
      ['A5:E8', 7, '印刷费用', 3, 1],
    ]);
  });
});

describe('sheets without an indicator table', () => {
  it('an empty sheet and a sheet of prose give no table', () => {
    expect(detectTables(sheet([]))).toEqual([]);
    expect(
      detectTables(
        sheet([
          ['绩效目标设置情况'],
          [
            '2021 年枣庄市社会保险服务中心项目支出实现绩效目标管理全覆盖，2021 年预算安排的项目 6 个，涉及财政拨款 50 万元。绩效目标表如下：',
          ],
        ]),
      ),
    ).toEqual([]);
  });

  it('a 年度履职目标 block with 年度主要任务 and 预算情况 is not a table', () => {
    const rows: Cell[][] = [
      ['省级部门（单位）整体绩效目标申报表', _, _],
      ['部门（单位）名称', '州社会保险服务中心', _],
      [
        '年度履职目标',
        '及时办理养老保险、职业年金关系建立、中断、转移、接续、终止等业务，保管好业务档案，离退人员社会化发放率100%，养老保险待遇按时足额安全完整。',
        _,
      ],
      ['年度主要任务', '*任务名称', '*主要内容'],
      [_, '社保关系转移接续工作', '目标：及时办理机关企事业单位基金养老保险关系建立、中断、转移'],
      ['预算情况', '部门预算总额（万元）', 327.89],
      [_, '1、资金来源：(1) 财政性资金', 327.89],
    ];
    expect(detectTables(sheet(rows))).toEqual([]);
  });

  it('a header with no indicator rows under it is not a table', () => {
    expect(detectTables(sheet([['一级指标', '二级指标', '三级指标', '指标值'], [], [], ['其他说明', '无']]))).toEqual(
      [],
    );
  });
});

describe('mapping overrides', () => {
  const unusual: Cell[][] = [
    ['项目名称', '社保中心工装制作', _, _],
    ['类别', '子类', '名称', '目标'],
    ['产出指标', '数量指标', '购置工装数量', '≥30套'],
    [_, '成本指标', '工装单位成本', '≤3000元'],
  ];

  it('a header row the user points at creates the table detection missed', () => {
    expect(detectTables(sheet(unusual))).toEqual([]);
    const tables = detectTables(sheet(unusual), {
      overrides: [{ sheet: 'Sheet1', headerRow: 2, columns: { level1: 'A', level2: 'B', level3: 'C', value: 'D' } }],
    });
    expect(tables.map((t) => [t.range, t.headerRow, t.project.name])).toEqual([['A1:D4', 2, '社保中心工装制作']]);
    expect(
      tables[0]?.indicators.map((i) => [i.row, i.level1, i.level2, i.name, i.target.operator, i.target.value]),
    ).toEqual([
      [3, '产出指标', '数量指标', '购置工装数量', '≥', 30],
      [4, '产出指标', '成本指标', '工装单位成本', '≤', 3000],
    ]);
  });

  it('newHeaderRow moves the header; overrides for other sheets are ignored', () => {
    const other = detectTables(sheet(unusual), {
      overrides: [{ sheet: '别的表', headerRow: 2, columns: { value: 'D' } }],
    });
    expect(other).toEqual([]);
    const moved = detectTables(sheet(unusual), {
      overrides: [
        {
          sheet: 'Sheet1',
          headerRow: 9,
          newHeaderRow: 2,
          columns: { level1: 'A', level2: 'B', level3: 'C', value: 'D' },
        },
      ],
    });
    expect(moved.map((t) => t.headerRow)).toEqual([2]);
  });

  it('forces and removes column roles on a detected table', () => {
    const rows: Cell[][] = [
      ['项目名称', '社保中心工装制作', _, _, _],
      ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
      ...gongzhuang,
    ];
    const plain = detectTables(sheet(rows));
    expect(plain[0]?.indicators[0]?.name).toBe('产品质量合格率');
    const [t] = detectTables(sheet(rows), {
      overrides: [{ sheet: 'Sheet1', headerRow: 2, columns: { level3: 'D', description: '' } }],
    });
    expect(t?.columns).toEqual({ level1: 'A', level2: 'B', level3: 'D', value: 'E' });
    expect(t?.indicators[0]?.name).toBe('工装质量情况');
    expect(t?.indicators[0]?.description).toBeUndefined();
  });
});

describe('amount units and years in the block', () => {
  it('单位：元 converts bare amounts to 万元; 年度 as a label gives the year', () => {
    const rows: Cell[][] = [
      ['社保中心工装制作绩效目标表', _, _, _, '单位：元'],
      ['项目名称', '社保中心工装制作', '年度', 2023, _],
      ['预算数', 100000, '其中：财政资金', 100000, _],
      ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
      ...gongzhuang,
    ];
    const [t] = detectTables(sheet(rows));
    expect(t?.project).toMatchObject({
      name: '社保中心工装制作',
      budget: 10,
      fiscal: 10,
      budgetUnit: '万元',
      year: 2023,
    });
    expect(t?.project.cells).toMatchObject({ budget: 'B3', fiscal: 'D3', year: 'D2' });
  });

  it('a label’s own unit wins: 项目资金申请(元)', () => {
    const rows: Cell[][] = [
      ['项目名称', '维修（护）费', _, _, _],
      ['项目资金\n申请\n（元）', 10000, _, _, _],
      ['一级指标', '二级指标', '三级指标', '指标值', '计量单位'],
      ['产出指标', '成本指标', '维修成本', 1, '万元'],
    ];
    expect(detectTables(sheet(rows))[0]?.project.budget).toBe(1);
  });
});

describe('项目资金 as a 中期/年度 matrix (central template)', () => {
  it('gives each figure to the total of its column', () => {
    const rows: Cell[][] = [
      ['项目名称', '企业退休人员社会化管理服务', _, _, _],
      ['主管部门', '市人社局', '项目实施单位', '六安市养老保险基金管理中心', _],
      ['项目资金（万元）', _, '中期资金总额', '年度资金总额', _],
      [_, '资金总额', 294, 90, _],
      [_, '其中：财政拨款', 294, 90, _],
      [_, '其他资金', 0, 0, _],
      ['一级指标', '二级指标', '三级指标', '指标值', _],
      ['产出指标', '成本指标', '项目总成本', '项目总成本90万元', _],
    ];
    const [t] = detectTables(sheet(rows, { merges: ['A3:B3'] }));
    expect(t?.project).toMatchObject({
      budget: 90,
      fiscal: 90,
      other: 0,
      midtermBudget: 294,
      midtermFiscal: 294,
      midtermOther: 0,
      implementer: '六安市养老保险基金管理中心',
    });
    expect(t?.project.cells).toMatchObject({
      budget: 'D4',
      midtermBudget: 'C4',
      fiscal: 'D5',
      midtermFiscal: 'C5',
      other: 'D6',
      midtermOther: 'C6',
    });
  });
});

describe('grid origin and a fourth level named 指标名称', () => {
  it('reads a grid whose used range starts at C5 with sheet coordinates', () => {
    const grid = sheet(
      [
        ['项目名称', '维修（护）费', _, _, _],
        ['一级指标', '二级指标', '三级指标', '指标值', '计量单位'],
        ['产出', '数量指标', '维修次数', 20, '次'],
      ],
      { top: 5, left: 3, merges: ['D5:G5'] },
    );
    const [t] = detectTables(grid);
    expect([t?.range, t?.headerRow, t?.project.cells.name]).toEqual(['C5:G7', 6, 'D5']);
    expect(t?.columns).toEqual({ level1: 'C', level2: 'D', level3: 'E', value: 'F', unit: 'G' });
    expect(t?.indicators[0]?.cells).toEqual({ level1: 'C7', level2: 'D7', name: 'E7', target: 'F7', unit: 'G7' });
  });

  it('三级指标 followed by 指标名称 is a four-level sheet', () => {
    const rows: Cell[][] = [
      ['一级指标', '二级指标', '三级指标', '指标名称', '指标值', '计量单位'],
      ['产出', '项目产出', '数量指标', '印刷数量', 15000, '册'],
      [_, _, '时效指标', '印刷及时性', '及时', _],
    ];
    const [t] = detectTables(sheet(rows, { merges: ['A2:A3', 'B2:B3'] }));
    expect(t?.levels).toBe(4);
    expect(t?.columns).toMatchObject({ level3: 'C', level4: 'D' });
    expect(t?.indicators.map((i) => [i.level1, i.grouping, i.level2, i.name])).toEqual([
      ['产出指标', '项目产出', '数量指标', '印刷数量'],
      ['产出指标', '项目产出', '时效指标', '印刷及时性'],
    ]);
  });
});

describe('rows that only look like block rows', () => {
  it('a lone indicator name under filled-down levels does not end the table', () => {
    const rows: Cell[][] = [
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '时效指标', '预算资金支出时效', '按照合同约定时间支付资金，分步骤实施采购验收。'],
      [_, _, '年度绩效目标完成率', _],
      [_, '质量指标', '物业服务验收合格率', '100百分比'],
    ];
    const [t] = detectTables(sheet(rows));
    expect(t?.indicators.map((i) => [i.row, i.name, i.target.kind])).toEqual([
      [2, '预算资金支出时效', 'text'],
      [3, '年度绩效目标完成率', 'empty'],
      [4, '物业服务验收合格率', 'quantitative'],
    ]);
  });

  it('an override on a header with some known words keeps them and adds the user’s', () => {
    // 目标 alone names no column, and its cells do not read like targets: only the user's mapping makes a table.
    const rows: Cell[][] = [
      ['一级指标', '二级指标', '三级指标', '目标'],
      ['产出指标', '质量指标', '工装质量', '工装符合单位统一采购标准并经验收合格后发放'],
    ];
    expect(detectTables(sheet(rows))).toEqual([]);
    const [t] = detectTables(sheet(rows), { overrides: [{ sheet: 'Sheet1', headerRow: 1, columns: { value: 'D' } }] });
    expect(t?.columns).toEqual({ level1: 'A', level2: 'B', level3: 'C', value: 'D' });
    expect(t?.indicators[0]?.target).toMatchObject({ kind: 'text' });
  });

  it('a template hint left in the name gives a bare number its operator and unit; rows before any category are read', () => {
    // corpus (原州, 昌宁, 武川): 苗木成活率(≥**%) with 85; the first rows of a form that left its categories blank.
    const rows: Cell[][] = [
      ['一级指标', '二级指标', '三级指标', '指标值'],
      [_, _, '贫困地区新增特色产业数量', '≥1个'],
      ['产出指标', '质量指标', '苗木成活率(≥**%)', '85'],
      [_, _, '公猪舍(≥**平方米)', '180'],
      [_, _, '验收合格率(%)', '100'],
    ];
    const [t] = detectTables(sheet(rows));
    expect(t?.indicators.map((i) => [i.row, i.level1, i.target.operator, i.target.value, i.target.unit])).toEqual([
      [2, null, '≥', 1, '个'],
      [3, '产出指标', '≥', 85, '%'],
      [4, '产出指标', '≥', 180, '平方米'],
      [5, '产出指标', null, 100, null],
    ]);
  });

  it('a header that names no target column takes the column whose cells read like targets', () => {
    const rows: Cell[][] = [
      ['一级指标', '二级指标', '三级指标', '指标解释', '笏石街道办'],
      ['产出指标', '数量指标', '开展修复工程(个)', '反映防洪水利设施水毁修复项目开展情况', '1'],
      [_, '质量指标', '已建工程是否存在质量问题', '当年已完工项目是否在检查中发现质量问题', '否'],
    ];
    const [t] = detectTables(sheet(rows));
    expect(t?.columns).toMatchObject({ level3: 'C', description: 'D', value: 'E' });
    expect(t?.indicators.map((i) => i.target.raw)).toEqual(['1', '否']);
  });
});

describe('ragged rows', () => {
  it('finds a 指标值 header merged down from the row above when the lower row is shorter', () => {
    const rows: Cell[][] = [
      ['绩效指标', _, _, '指标值'],
      ['一级指标', '二级指标', '三级指标'],
      ['产出指标', '数量指标', '购置工装数量', '≥30套'],
    ];
    const [t] = detectTables(sheet(rows, { merges: ['A1:C1', 'D1:D2'] }));
    expect([t?.headerRow, t?.headerRows, t?.columns]).toEqual([
      2,
      [1, 2],
      { level1: 'A', level2: 'B', level3: 'C', value: 'D' },
    ]);
  });

  it('a stray cell far to the right does not slow the scan or join the table', () => {
    const rows: Cell[][] = [
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '购置工装数量', '≥30套'],
      [],
      [],
    ];
    rows[3] = new Array<Cell>(16000).fill(null);
    (rows[3] as Cell[])[15999] = '备注';
    const [t] = detectTables(sheet(rows, { merges: ['A3:B3'] }));
    expect(t?.range).toBe('A1:D2');
  });
});

describe('notes between tables', () => {
  it('a footnote under a table does not start the next block', () => {
    const rows: Cell[][] = [
      ['项目名称', '维修（护）费', _, _],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出', '数量指标', '维修次数', '20次'],
      ['备注：本表金额单位：万元', _, _, _],
      ['印刷费用绩效目标表', _, _, _],
      ['（金额单位：万元）', _, _, _],
      ['项目名称', '印刷费用', _, _],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出', '数量指标', '印刷数量', '15000册'],
    ];
    const tables = detectTables(sheet(rows));
    expect(tables.map((t) => [t.range, t.title, t.project.name])).toEqual([
      ['A1:D3', null, '维修（护）费'],
      ['A5:D9', '印刷费用绩效目标表', '印刷费用'],
    ]);
  });
});

describe('中期指标值 | 年度指标值 columns under one hierarchy', () => {
  it('yields a mid-term and an annual indicator per row with the shared names', () => {
    const rows: Cell[][] = [
      ['一级指标', '二级指标', '三级指标', '中期指标值', '年度指标值'],
      ['产出指标', '数量指标', '培训人次', '一次学习人数100-150人', '本年度每次学习人数100-150人'],
      [_, '质量指标', '资格认证率', '达到90%以上', '资格认证率达90%以上'],
    ];
    const [t] = detectTables(sheet(rows));
    expect(t?.columns).toEqual({
      level1: 'A',
      'midterm.level2': 'B',
      'midterm.level3': 'C',
      'midterm.value': 'D',
      level2: 'B',
      level3: 'C',
      value: 'E',
    });
    expect(t?.indicators.map((i) => [i.row, i.set, i.level2, i.name, i.target.operator, i.target.value])).toEqual([
      [2, 'midterm', '数量指标', '培训人次', null, 100],
      [2, 'annual', '数量指标', '培训人次', null, 100],
      [3, 'midterm', '质量指标', '资格认证率', '≥', 90],
      [3, 'annual', '质量指标', '资格认证率', '≥', 90],
    ]);
  });
});

describe('指标类型 column', () => {
  it('定性 in a 指标类型 column marks a bare grade qualitative', () => {
    const rows: Cell[][] = [
      ['一级指标', '二级指标', '三级指标', '指标类型', '指标值'],
      ['产出指标', '数量指标', '购置工装数量', '定量', '≥30套'],
      [_, '质量指标', '工装质量情况', '定性', 100],
    ];
    const [t] = detectTables(sheet(rows));
    expect(t?.columns).toMatchObject({ valueType: 'D', value: 'E' });
    expect(t?.indicators.map((i) => i.target.kind)).toEqual(['quantitative', 'qualitative']);
  });
});

describe('a self-evaluation money block (corpus: 普陀, 衡山, 昌宁)', () => {
  it('takes the year’s adjusted budget from under 全年预算数, never the amount spent, in the unit its heading names', () => {
    const rows: Cell[][] = [
      ['财政项目支出绩效自评表', _, _, _, _, _],
      ['项目名称', '普陀体育中心与委托运营方结算费用', _, _, _, _],
      ['项目资金(元)', _, '年初预算数', '全年预算数', '全年执行数', '执行率'],
      [_, '年度资金总额', '200000.00', '250000.00', '215457.6', '86.19%'],
      [_, '其中:当年财政拨款', '200000.00', '250000.00', '215457.6', _],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
      ['产出指标', '数量指标', '结算次数', '1次', '1次', 10],
    ];
    const [t] = detectTables(sheet(rows, { merges: ['A1:F1', 'B2:F2'] }));
    expect([t?.project.name, t?.project.budget, t?.project.fiscal, t?.project.cells.budget]).toEqual([
      '普陀体育中心与委托运营方结算费用',
      25,
      25,
      'D4',
    ]);
  });

  it('takes 预算数(A) when the form has no 全年 column', () => {
    const rows: Cell[][] = [
      ['专项资金名称', '县级储备粮', _, _, _],
      ['预算执行情况(万元)', _, '预算数(A)', '执行数(B)', '执行率(B/A)'],
      [_, '年度财政资金总额', 50, 10, '20%'],
      ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)'],
      ['产出指标', '数量指标', '储备规模', '5000吨', '5000吨'],
    ];
    const [t] = detectTables(sheet(rows));
    expect([t?.project.name, t?.project.budget]).toEqual(['县级储备粮', 50]);
  });
});

describe('total and template rows (corpus: 中江, 大英, 原州)', () => {
  it('a 总分 or 合计 row and unfilled 指标N： rows are not indicators', () => {
    const rows: Cell[][] = [
      ['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分'],
      ['产出指标(70分)', '数量指标', '新建水表池数量', 20, '≥30个', '30个', 20],
      [_, _, '指标2:', _, _, _, _],
      [_, '质量指标', '工程验收合格率', 20, '100%', '100%', 20],
      ['总分', _, _, 100, _, _, 95],
      ['合计', _, _, _, _, _, _],
    ];
    const [t] = detectTables(sheet(rows));
    expect(t?.indicators.map((i) => [i.row, i.name])).toEqual([
      [2, '新建水表池数量'],
      [4, '工程验收合格率'],
    ]);
  });
});

describe('levels by content and forms without levels (corpus: 宁晋, 巴南)', () => {
  it('a column of category words is a level column whatever its header; 产出数量指标 is 数量指标; a side label merged down the rows does not end the table', () => {
    const rows: Cell[][] = [
      ['2019年度宁晋县高中助学金项目绩效评价指标表', _, _, _, _],
      ['评价指标', '评价内容', '指标名称', '目标值', '分值'],
      ['项目年度绩效目标(定量指标)', '产出数量指标', '享受资助人数', '2100', 10],
      [_, '质量指标', '建档立卡学生全面覆盖', '100%', 10],
      [_, '时效指标', '及时发放率', '100%', 20],
    ];
    const [t] = detectTables(sheet(rows, { merges: ['A1:E1', 'A3:A5'] }));
    expect(t?.columns).toMatchObject({ level2: 'B', level3: 'C', value: 'D' });
    expect(t?.indicators.map((i) => [i.row, i.level2, i.name])).toEqual([
      [3, '数量指标', '享受资助人数'],
      [4, '质量指标', '建档立卡学生全面覆盖'],
      [5, '时效指标', '及时发放率'],
    ]);
  });

  it('a 绩效 form whose indicators have no level columns is read; a statistics sheet of the same shape is not', () => {
    const form: Cell[][] = [
      ['2022年部门(单位)整体绩效目标表', _, _, _, _, _],
      ['部门(单位)名称', '重庆市巴南区人民政府一品街道办事处', _, '区级支出预算总量', 3724.39, _],
      ['绩效指标', '指标名称', '指标权重', '计量单位', '指标性质', '指标值'],
      [_, '预算执行率', 10, '%', '=', 100],
      [_, '农村公路养护里程', 10, '公里', '=', 125],
    ];
    const [t] = detectTables(sheet(form, { merges: ['A1:F1', 'B2:C2', 'A3:A5'] }));
    expect([
      t?.kind,
      t?.project.budget,
      t?.indicators.map((i) => [i.name, i.target.operator, i.target.value, i.target.unit]),
    ]).toEqual([
      'department',
      3724.39,
      [
        ['预算执行率', '=', 100, '%'],
        ['农村公路养护里程', '=', 125, '公里'],
      ],
    ]);
    const statistics: Cell[][] = [
      ['2022年国民经济主要指标', _, _],
      ['指标名称', '计量单位', '指标值'],
      ['地区生产总值', '亿元', 1520.3],
      ['常住人口', '万人', 98.2],
    ];
    expect(detectTables(sheet(statistics))).toEqual([]);
  });
});

describe('the wordings issue 12 names (corpus: 丽江, 成安)', () => {
  it('a 指标值 header merged over 符号 / 数值 / 单位 sub-columns', () => {
    const rows: Cell[][] = [
      ['绩效指标', _, _, '年度指标值', _, _],
      ['一级指标', '二级指标', '三级指标', '符号', '数值', '单位'],
      ['产出指标', '数量指标', '卫片执法补助经费', '﹦', '72890', '元'],
      [_, '质量指标', '项目验收合格率', '≥', '95', '%'],
    ];
    const [t] = detectTables(sheet(rows, { merges: ['A1:C1', 'D1:F1'] }));
    expect(t?.columns).toMatchObject({ level1: 'A', level2: 'B', level3: 'C', operator: 'D', value: 'E', unit: 'F' });
    expect(t?.indicators.map((i) => [i.target.operator, i.target.value, i.target.unit])).toEqual([
      ['=', 72890, '元'],
      ['≥', 95, '%'],
    ]);
  });

  it('指标值及单位 names the target column', () => {
    const rows: Cell[][] = [
      ['一级指标', '二级指标', '三级指标', '指标值及单位'],
      ['产出指标', '数量指标', '培训人数', '≥300人'],
    ];
    const [t] = detectTables(sheet(rows));
    expect([t?.columns.value, t?.indicators[0]?.target.value, t?.indicators[0]?.target.unit]).toEqual(['D', 300, '人']);
  });
});
