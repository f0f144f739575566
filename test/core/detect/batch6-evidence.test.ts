// General evidence added after corpus batch 6 (docs/detection.md), each on a small sheet of its own built from the
// corpus table that showed it, with a twin where the evidence is absent and the old reading must stay: 指标值 beside
// 指标值内容 (湖南's export), 单位(专项)名称 over a unit's row and its 专项's rows, 项目预算金额(万元), a signature line
// merged across the form under the table, 2021年全年, a bounded number under 定性, a rate unit 元/人.每天.

import { detectTables } from '../../../src/core/detect';
import type { Cell } from '../../../src/core/grid';
import { parseTarget } from '../../../src/core/parse/target';
import { sheet } from './sheet';

const _ = null;

describe('指标值 beside 指标值内容 (湖南 湘西 export: 指标值 | 指标值内容 | 评(扣分标准))', () => {
  const rows = (headers: string[], cells: string[][]): Cell[][] => [
    ['一级指标', '二级指标', '三级指标', ...headers],
    ['产出指标', '数量指标', '补助学生数量', ...(cells[0] as string[])],
    [_, '质量指标', '伙食补助发放率', ...(cells[1] as string[])],
    ['满意度指标', '服务对象满意度指标', '学生对学校伙食满意度', ...(cells[2] as string[])],
  ];

  it('reads 指标值 as the target and 指标值内容 as what it means, one set of indicators', () => {
    const [t] = detectTables(
      sheet(
        rows(
          ['指标值', '指标值内容', '评(扣分标准)'],
          [
            ['168人', '反映补助学生人数', '发放到位得10分'],
            ['90%以上', '实际发放伙食补助金额/应发放伙食补助金额', '90%得10分'],
            ['95%以上', '学生对学校伙食满意程度', '95%以上得10分'],
          ],
        ),
      ),
    );
    expect(t?.columns).toMatchObject({ value: 'D', description: 'E' });
    expect(t?.columns['midterm.value']).toBeUndefined();
    expect(t?.indicators.map((i) => [i.row, i.set, i.target.raw])).toEqual([
      [2, 'annual', '168人'],
      [3, 'annual', '90%以上'],
      [4, 'annual', '95%以上'],
    ]);
  });

  it('reads 指标值内容 as the target where no 指标值 stands beside it', () => {
    const [t] = detectTables(
      sheet(
        rows(
          ['指标值内容', '备注'],
          [
            ['168人', _ as unknown as string],
            ['≥90%', _ as unknown as string],
            ['≥95%', _ as unknown as string],
          ],
        ),
      ),
    );
    expect(t?.columns.value).toBe('D');
    expect(t?.indicators.map((i) => i.target.raw)).toEqual(['168人', '≥90%', '≥95%']);
  });
});

describe('单位(专项)名称 over a unit’s row and then its 专项’s rows (湖南’s export)', () => {
  const grid = (nameHeader: string) =>
    sheet(
      [
        ['单位代码', nameHeader, '资金总额', '一级指标', '二级指标', '三级指标', '指标值'],
        ['505006', '州民族特殊教育学校', '30.00', _, _, _, _],
        ['505006', '学生伙食费', '30.00', _, _, _, _],
        [_, _, _, '产出指标', '数量指标', '补助学生数量', '168人'],
        [_, _, _, _, '质量指标', '伙食补助发放率', '≥90%'],
        [_, _, _, '满意度指标', '服务对象满意度指标', '学生满意度', '≥95%'],
      ],
      { merges: ['D4:D5'] },
    );

  it('the 专项 on the row above the indicators is their project, with its 资金总额', () => {
    const tables = detectTables(grid('单位(专项)名称'));
    expect(tables.map((t) => [t.project.name, t.project.budget, t.indicators.map((i) => i.row)])).toEqual([
      ['学生伙食费', 30, [4, 5, 6]],
    ]);
  });

  it('专项名称 alone names the project too; a column of codes does not', () => {
    const [t] = detectTables(grid('专项名称'));
    expect(t?.project.name).toBe('学生伙食费');
    const [u] = detectTables(grid('单位代码'));
    expect(u?.project.name).not.toBe('学生伙食费');
  });
});

describe('项目预算金额(万元) beside its figure (天津 宁河)', () => {
  const grid = (label: string) =>
    sheet(
      [
        ['项目名称', '2020年非营利性民办园房租补贴', _, _, _],
        ['主管预算部门', '天津市宁河区教育局', _, label, '193.8'],
        [_, '一级指标', '二级指标', '三级指标', '指标值'],
        [_, '产出指标', '数量指标', '补贴民办幼儿园数量', '20个'],
        [_, _, '质量指标', '补贴发放合规率', '≥95%'],
      ],
      { merges: ['B1:E1'] },
    );

  it('is the year’s budget, composed of the words a budget label is made of', () => {
    expect(detectTables(grid('项目预算金额(万元)'))[0]?.project.budget).toBe(193.8);
    expect(detectTables(grid('年度项目预算数(万元)'))[0]?.project.budget).toBe(193.8);
  });

  it('an amount of the budget spent is not the budget', () => {
    expect(detectTables(grid('预算执行金额(万元)'))[0]?.project.budget).toBeNull();
  });
});

describe('a line merged across the form under the table (重庆 圣灯山: 经办人及联系电话, 上报时间)', () => {
  const rows: Cell[][] = [
    ['一级指标', '二级指标', '三级指标', _, _, '指标值'],
    ['产出指标', '数量指标', '补贴发放人数', _, _, '48人'],
    [_, '时效指标', '按时发放率', _, _, '100%'],
    ['效益指标', '社会效益指标', '激发为民办事的热情', _, _, '有效激发'],
    ['经办人及联系电话:王舜17782316998', _, _, _, _, _],
    ['上报时间:  2021 年10  月 26日', _, _, _, _, _],
  ];
  const merges = ['C1:E1', 'C2:E2', 'C3:E3', 'C4:E4', 'A2:A3'];

  it('is a note of the form, not an indicator', () => {
    const [t] = detectTables(sheet(rows, { merges: [...merges, 'A5:F5', 'A6:F6'] }));
    expect(t?.indicators.map((i) => i.row)).toEqual([2, 3, 4]);
  });

  it('a name merged from the 二级 column across the target is still an indicator (under a 一级 carried down)', () => {
    const across = rows.slice(0, 4);
    across.push([_, '可持续影响指标', _, _, _, _]);
    across.push([_, '社保卡可持续使用年限超过5年', _, _, _, _]);
    const [t] = detectTables(sheet(across, { merges: [...merges, 'A4:A6', 'B6:F6'] }));
    expect(t?.indicators.map((i) => i.row)).toContain(6);
  });

  it('a name merged over the target alone is still an indicator (原州: a qualitative benefit written across)', () => {
    const across = rows.slice(0, 4);
    across.push([_, '生态效益指标', '提高森林覆盖率,促进生物多样性保护。', _, _, _]);
    const [t] = detectTables(sheet(across, { merges: [...merges, 'C5:F5'] }));
    expect(t?.indicators.map((i) => [i.row, i.level2])).toContainEqual([5, '生态效益指标']);
  });
});

describe('targets of batch 6', () => {
  it('2021年全年 is the whole year, a period; 全年 alone stays a word', () => {
    expect(parseTarget('2021年全年').kind).toBe('date');
    expect(parseTarget('2022年全年度').kind).toBe('date');
    expect(parseTarget('全年').kind).not.toBe('date');
  });

  it('a rate unit written with a dot or a second slash is one unit (湘西: 17元/人.每天)', () => {
    expect(parseTarget('17元/人.每天')).toMatchObject({ kind: 'quantitative', value: 17, unit: '元/人.每天' });
    expect(parseTarget('3元/人/次')).toMatchObject({ kind: 'quantitative', value: 3, unit: '元/人/次' });
    // …and leaves the bound after it alone.
    expect(parseTarget('80元/人.月以内')).toMatchObject({ operator: '≤', value: 80, unit: '元/人.月' });
    expect(parseTarget('100元/人.年及以上')).toMatchObject({ operator: '≥', value: 100, unit: '元/人.年' });
  });

  const typed = (value: string, type: string): Cell[][] => [
    ['一级指标', '二级指标', '三级指标', '指标值', '指标值类型'],
    ['满意度指标', '服务对象满意度指标', '学生满意度', value, type],
  ];

  it('a number the cell bounds (95%以上) stays a quantity under 定性; a bare one becomes a grade', () => {
    const read = (value: string) => detectTables(sheet(typed(value, '定性')))[0]?.indicators[0]?.target;
    expect(read('95%以上')).toMatchObject({ kind: 'quantitative', operator: '≥', value: 95, unit: '%' });
    expect(read('95')).toMatchObject({ kind: 'qualitative' });
  });
});

// Batch 7 (first try 4/4 tables, 43/45 indicators exact): the old 二级 wording 环境效益, 100%覆盖, and 四川's
// 年度资金总额 left blank above its parts.
describe('evidence of batch 7', () => {
  const rows = (level2: string, target: string): Cell[][] => [
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '共享工程服务点', '12个'],
    [_, '质量指标', '服务覆盖率', target],
    ['效益指标', level2, '减少纸质资源消耗', '有效减少'],
  ];

  it('环境效益 is the 生态效益指标 of the older templates; a word of no category stays as written', () => {
    const read = (level2: string) => detectTables(sheet(rows(level2, '100%')))[0]?.indicators[2];
    expect(read('环境效益')).toMatchObject({ level2: '生态效益指标', level2Raw: '环境效益' });
    expect(read('环境治理')?.level2).not.toBe('生态效益指标');
  });

  it('100%覆盖 and 100%到位 are quantities; 全覆盖 alone is a word', () => {
    expect(parseTarget('100%覆盖')).toMatchObject({ kind: 'quantitative', value: 100, unit: '%' });
    expect(parseTarget('≥95%到位')).toMatchObject({ kind: 'quantitative', operator: '≥', value: 95, unit: '%' });
    expect(parseTarget('全覆盖').kind).not.toBe('quantitative');
  });

  const money = (total: Cell): Cell[][] => [
    ['项目名称', '麻风病防治', _, _, _],
    ['项目资金(万元)', '年度资金总额', _, _, total],
    [_, '   (一)财政拨款小计', _, _, '4.00'],
    [_, '       1、一般公共预算', _, _, '4.00'],
    [_, '   (二)自有资金小计', _, _, '1.50'],
    [_, '   (三)其他收入', _, _, '0.00'],
    ['一级指标', '二级指标', '三级指标', _, '指标值'],
    ['产出指标', '数量指标', '麻风病人随访', _, '≥20人'],
    [_, '质量指标', '随访率', _, '≥95%'],
  ];

  it('a 年度资金总额 left blank above its parts (四川 昭化) is their sum; a total written stays the budget', () => {
    const merges = ['B1:E1', 'A2:A6'];
    expect(detectTables(sheet(money('金额(万元)'), { merges }))[0]?.project.budget).toBe(5.5);
    expect(detectTables(sheet(money('6.00'), { merges }))[0]?.project.budget).toBe(6);
  });
});

describe('the parts of a blank 年度资金总额 (四川 昭化)', () => {
  it('adds every part besides the fiscal one, 自有资金小计 and 其他收入 both', () => {
    const rows: Cell[][] = [
      ['项目名称', '麻风病防治', _, _, _],
      ['项目资金(万元)', '年度资金总额', _, _, '金额(万元)'],
      [_, '   (一)财政拨款小计', _, _, '4.00'],
      [_, '   (二)自有资金小计', _, _, '0.00'],
      [_, '   (三)其他收入', _, _, '1.00'],
      ['一级指标', '二级指标', '三级指标', _, '指标值'],
      ['产出指标', '数量指标', '麻风病人随访', _, '≥20人'],
    ];
    expect(detectTables(sheet(rows, { merges: ['B1:E1', 'A2:A5'] }))[0]?.project.budget).toBe(5);
  });
});
