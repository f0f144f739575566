// parseTarget over every target value form in the five seeds, plus the written variants the brief lists.
import { parseTarget, extractQuantities } from '../../../src/core/parse/target';
import { TargetSchema, type Target } from '../../../src/core/model';

type Expect = Partial<Target>;
const q = (operator: Target['operator'], value: number, unit: string | null, extra: Expect = {}): Expect => ({
  kind: 'quantitative',
  operator,
  value,
  unit,
  ...extra,
});

describe('parseTarget — quantitative forms in the seeds', () => {
  it.each<[string, string | null, Expect]>([
    // 000: bare number with a separate 计量单位 column
    ['1500', '人', q(null, 1500, '人')],
    ['4', '次', q(null, 4, '次')],
    ['100', '%', q(null, 100, '%')],
    ['14', '万元', q(null, 14, '万元', { factorToWanyuan: 1 })],
    ['99', '%', q(null, 99, '%')],
    ['20', '人', q(null, 20, '人')],
    ['15000', '册', q(null, 15000, '册')],
    ['80000', '份', q(null, 80000, '份')],
    // 001: operator and unit inside the value
    ['100百分比', null, q(null, 100, '%')],
    ['≥95百分比', null, q('≥', 95, '%')],
    ['≤10百分比', null, q('≤', 10, '%')],
    ['≤5百分比', null, q('≤', 5, '%')],
    ['≤753万元', null, q('≤', 753, '万元', { factorToWanyuan: 1 })],
    ['≤12.6万元', null, q('≤', 12.6, '万元', { factorToWanyuan: 1 })],
    ['≤500元', null, q('≤', 500, '元', { factorToWanyuan: 0.0001 })],
    ['≤3000元', null, q('≤', 3000, '元', { factorToWanyuan: 0.0001 })],
    ['≥180人', null, q('≥', 180, '人')],
    // corpus (岳阳县, 南岳, 武川): rate units are one unit, a scale joins a money rate
    ['1600元/亩', null, q(null, 1600, '元/亩')],
    ['<=475元/亩', null, q('≤', 475, '元/亩')],
    ['490元/平米', null, q(null, 490, '元/平米')],
    ['=23万元/个', null, q('=', 23, '万元/个')],
    ['24', '人/次', q(null, 24, '人/次')],
    ['≥1800人次', null, q('≥', 1800, '人次')],
    ['10.65万元', null, q(null, 10.65, '万元', { factorToWanyuan: 1 })],
    ['469483张', null, q(null, 469483, '张')],
    ['≥150笔', null, q('≥', 150, '笔')],
    ['≥15000封', null, q('≥', 15000, '封')],
    ['≥6500000条', null, q('≥', 6500000, '条')],
    ['≤1万人', null, q('≤', 10000, '人')],
    ['≤3.1万封', null, q('≤', 31000, '封')],
    ['≤3000封', null, q('≤', 3000, '封')],
    ['≥1260册', null, q('≥', 1260, '册')],
    ['≥5年', null, q('≥', 5, '年')],
    ['≥30套', null, q('≥', 30, '套')],
    ['≥3年', null, q('≥', 3, '年')],
    ['4次', null, q(null, 4, '次')],
    ['1次', null, q(null, 1, '次')],
    ['12份', null, q(null, 12, '份')],
    ['≥800篇次', null, q('≥', 800, '篇次')],
    ['≥90百分比', null, q('≥', 90, '%')],
    // 002: bare figures with 绩效标准 beside them
    ['47000', null, q(null, 47000, null)],
    ['29100', null, q(null, 29100, null)],
    ['32500', null, q(null, 32500, null)],
    ['300', null, q(null, 300, null)],
    ['100%', null, q(null, 100, '%')],
    // 003: operator and unit in their own columns (指标值类型 ≥, 指标值 90, unit %)
    ['90', '%', q(null, 90, '%')],
    ['≥100', null, q('≥', 100, null)],
    ['≤95', null, q('≤', 95, null)],
    ['30', '%', q(null, 30, '%')],
    ['=100', '%', q('=', 100, '%')],
    ['≥100', '%', q('≥', 100, '%')],
    ['≤ 95', '%', q('≤', 95, '%')],
    ['≥ 100 %', null, q('≥', 100, '%')],
    ['≤ 95 %', null, q('≤', 95, '%')],
    // 004
    ['10', null, q(null, 10, null)],
    ['达到90%以上', null, q('≥', 90, '%')],
  ])('%s (unit column %s)', (text, unit, expected) => {
    expect(parseTarget(text, unit)).toMatchObject({ raw: text, ...expected });
  });
});

describe('parseTarget — written variants', () => {
  it.each<[string, string | null, Expect]>([
    ['>=95%', null, q('≥', 95, '%')],
    ['<=5%', null, q('≤', 5, '%')],
    ['＞＝９５％', null, q('≥', 95, '%')],
    ['＞90', null, q('>', 90, null)],
    ['＜5', null, q('<', 5, null)],
    ['＝100%', null, q('=', 100, '%')],
    ['≧95', null, q('≥', 95, null)],
    ['≦10', null, q('≤', 10, null)],
    ['≥=90', null, q('≥', 90, null)],
    ['=100', '%', q('=', 100, '%')],
    ['不低于95%', null, q('≥', 95, '%')],
    ['不少于180人', null, q('≥', 180, '人')],
    ['大于等于90%', null, q('≥', 90, '%')],
    ['95%以上', null, q('≥', 95, '%')],
    ['180人以上', null, q('≥', 180, '人')],
    ['100以上', null, q('≥', 100, null)],
    ['不高于5%', null, q('≤', 5, '%')],
    ['不超过90万元', null, q('≤', 90, '万元', { factorToWanyuan: 1 })],
    ['90万元以内', null, q('≤', 90, '万元')],
    ['5%以下', null, q('≤', 5, '%')],
    ['小于等于10', null, q('≤', 10, null)],
    ['超过5年', null, q('>', 5, '年')],
    ['低于3%', null, q('<', 3, '%')],
    ['约47万元', null, q(null, 47, '万元', { factorToWanyuan: 1 })],
    ['3000元', null, q(null, 3000, '元', { factorToWanyuan: 0.0001 })],
    ['2千元', null, q(null, 2, '千元', { factorToWanyuan: 0.1 })],
    ['1.2亿元', null, q(null, 1.2, '亿元', { factorToWanyuan: 10000 })],
    ['6,500,000', '条', q(null, 6500000, '条')],
    ['６５００', '人', q(null, 6500, '人')],
    ['９５．５％', null, q(null, 95.5, '%')],
    ['-5%', null, q(null, -5, '%')],
    ['100-150', '人', q(null, 100, '人', { valueMax: 150 })],
    ['100～150人', null, q(null, 100, '人', { valueMax: 150 })],
    ['100~150', null, q(null, 100, null, { valueMax: 150 })],
    ['100百分比', '%', q(null, 100, '%')],
    ['95', '百分比', q(null, 95, '%')],
    ['95', '％', q(null, 95, '%')],
    ['95', '(%)', q(null, 95, '%')],
    ['百分之百', null, q(null, 100, '%')],
    ['3.1万', '封', q(null, 31000, '封')],
    ['3.1', '万封', q(null, 31000, '封')],
    ['47万', '元', q(null, 47, '万元', { factorToWanyuan: 1 })],
    ['1324.00', '万元', q(null, 1324, '万元', { factorToWanyuan: 1 })],
    ['100%', '万元', q(null, 100, '%')],
    ['5千米', null, q(null, 5, '千米')],
    ['3个工作日', null, q(null, 3, '个工作日')],
    ['100%完成', null, q(null, 100, '%')],
    ['95 %。', null, q(null, 95, '%')],
  ])('%s (unit column %s)', (text, unit, expected) => {
    const t = parseTarget(text, unit);
    expect(t).toMatchObject({ raw: text, ...expected });
    if (expected.valueMax === undefined) expect(t.valueMax).toBeUndefined();
    if (expected.factorToWanyuan === undefined && !['万元', '元', '千元', '亿元'].includes(t.unit ?? '')) {
      expect(t.factorToWanyuan).toBeUndefined();
    }
  });
});

describe('parseTarget — dates and periods', () => {
  it.each<[string, Target['period'] | null, string | null]>([
    // 000 项目期限 and Excel date cells (cellText gives yyyy-mm-dd)
    ['2021-01-01 至 2021-12-31', { start: '2021-01-01', end: '2021-12-31' }, null],
    ['2021-12-31', { start: '2021-12-31', end: '2021-12-31' }, null],
    // 004 项目日期, 中期目标(2020-2022)
    ['2021至2023', { start: '2021-01-01', end: '2023-12-31' }, null],
    ['2020-2022', { start: '2020-01-01', end: '2022-12-31' }, null],
    // 001
    ['2023年6月底前支付工本费欠款', { start: null, end: '2023-06-30' }, null],
    ['2023年6月底前', { start: null, end: '2023-06-30' }, null],
    ['2023年底前', { start: null, end: '2023-12-31' }, null],
    ['当日完成信息编辑、发布工作', null, '当日'],
    ['上半年', null, '上半年'],
    ['当日', null, '当日'],
    // 004
    ['每月10日前', null, '每月10日前'],
    ['计划完成时间每月10日前', null, '每月10日前'],
    // A leading verb before a deadline (达到/确保/力争) is not a quantity with unit 月底前.
    ['达到6月底前', null, '6月底前'],
    ['确保2023年底前完成', { start: null, end: '2023-12-31' }, null],
    ['年底之前', null, '年底之前'],
    ['年底前', null, '年底前'],
    ['活动计划完成时间年底之前', null, '年底之前'],
    ['培训计划完成时间年底之前', null, '年底之前'],
    // variants
    ['2023.07-2024.01', { start: '2023-07-01', end: '2024-01-31' }, null],
    ['2023年7月', { start: '2023-07-01', end: '2023-07-31' }, null],
    ['2021年12月31日前', { start: null, end: '2021-12-31' }, null],
    ['2021年12月31日', { start: '2021-12-31', end: '2021-12-31' }, null],
    ['2024年2月底', { start: '2024-02-29', end: '2024-02-29' }, null],
    ['2021年', { start: '2021-01-01', end: '2021-12-31' }, null],
    ['2021年度', { start: '2021-01-01', end: '2021-12-31' }, null],
    ['2021年上半年', { start: '2021-01-01', end: '2021-06-30' }, null],
    ['2021年下半年', { start: '2021-07-01', end: '2021-12-31' }, null],
    ['2021年内', { start: '2021-01-01', end: '2021-12-31' }, null],
    ['2021年1月至12月', { start: '2021-01-01', end: '2021-12-31' }, null],
    ['2021/3/15', { start: '2021-03-15', end: '2021-03-15' }, null],
    ['２０２１年６月底前完成', { start: null, end: '2021-06-30' }, null],
    ['6月底前', null, '6月底前'],
    ['每季度末', null, '每季度末'],
  ])('%s', (text, period, recurrence) => {
    const t = parseTarget(text);
    expect(t.kind).toBe('date');
    expect(t.period ?? null).toEqual(period);
    expect(t.recurrence ?? null).toBe(recurrence);
    expect(t.value).toBeNull();
  });

  it('keeps a date-looking decimal and an invalid date out of the date kind', () => {
    expect(parseTarget('2023.1')).toMatchObject({ kind: 'quantitative', value: 2023.1 });
    expect(parseTarget('2021')).toMatchObject({ kind: 'quantitative', value: 2021 });
    expect(parseTarget('2023-13-01').kind).not.toBe('date');
    expect(parseTarget('2023年2月30日').kind).not.toBe('date');
  });
});

describe('parseTarget — qualitative', () => {
  it.each([
    '是',
    '否',
    '优',
    '良',
    '好',
    '较高',
    '高',
    '显著',
    '明显',
    '有效',
    '提升',
    '积极',
    '达标',
    '按时',
    '及时',
    '合格',
    '相关',
    '科学',
    '合理',
    '完整',
    '规范',
    '达成年度指标',
    '部分达成年度指标并具有一定效果',
    '未达成年度指标且效果较差',
    '影响程度较高',
    '影响程度 较高',
    '效果明显',
    '优良',
    '较高。',
    // A short subject before the graded word (004 annual 经费支出合规性).
    '支出内容合规',
    '卡片质量合格',
  ])('%s', (text) => {
    expect(parseTarget(text)).toEqual({ raw: text, operator: null, value: null, unit: null, kind: 'qualitative' });
  });
});

describe('parseTarget — longer phrases ending in a graded word stay text', () => {
  it.each(['社保经办大厅工作环境得到改善', '工作环境得到改善，业务经办正常运转', '按文件要求'])('%s', (text) => {
    expect(parseTarget(text).kind).toBe('text');
  });
});

describe('parseTarget — sentences (text), with the one embedded number when clear', () => {
  it.each<[string, Expect]>([
    // 004
    [
      '完成共军转干补贴、53年前参军补贴、未参保集体企业生活补助、53年后参战参试、信访局代发、计生补贴、市直企业内退人员生活费等代发项目共704人',
      { value: 704, unit: '人' },
    ],
    ['5场退休人员文体活动', { value: 5, unit: '场' }],
    ['采购硬件设备数量10套', { value: 10, unit: '套' }],
    ['一年举办1次社区专管员资格认证培训', { value: 1, unit: '次' }],
    ['6次异地退管服务', { value: 6, unit: '次' }],
    ['一次学习人数100-150人', { value: 100, valueMax: 150, unit: '人' }],
    ['本年度每次学习人数100-150人', { value: 100, valueMax: 150, unit: '人' }],
    ['拨付金安区、裕安区退管服务经费约47万元', { value: 47, unit: '万元', factorToWanyuan: 1 }],
    ['项目总成本90万元', { value: 90, unit: '万元', factorToWanyuan: 1 }],
    ['资格认证率达90%以上', { value: 90, unit: '%', operator: '≥' }],
    ['需专人、专用信息系统,预算需宣传费、劳务费、印刷费以及办公耗材约12万元', { value: 12, unit: '万元' }],
    [
      '考虑每年提标,结合代发账户剩余资金,预算2021年还需金额约21万元',
      { value: 21, unit: '万元', period: { start: '2021-01-01', end: '2021-12-31' } },
    ],
    ['采购10套资格认证设备约5万元', { value: null, unit: null }],
    ['档案整理及数据整理购买劳务3人支付劳务费约9.99万元', { value: null, unit: null }],
    ['社会代发无经济效益', { value: null }],
    ['按照六安市市直退休人员退管服务经费实施细则规定内容支出', { value: null }],
    // 001
    [
      '准确、及时发布社保经办信息，未经允许，不得擅自发布相关信息，信息浏览量增长率>=20%，提升政策知晓度',
      { value: 20, unit: '%', operator: '≥' },
    ],
    ['信息浏览量增长率>=20%', { value: 20, unit: '%', operator: '≥' }],
    ['公众号关注人数超过50万人，关注人数年增长率>=20%', { value: null }],
    ['无人为因素损坏的情况下可持续使用超过5年', { value: 5, unit: '年', operator: '>' }],
    [
      '常态化开展档案数字化加工工作，2023年底前完成在册档案加工。',
      { value: null, period: { start: null, end: '2023-12-31' } },
    ],
    ['上半年按鉴定场地租赁协议支付费用，鉴定评审费按照实际鉴定情况据实支付。', { value: null, recurrence: '上半年' }],
    ['下半年启动工装采购，年内完成量体验收付款手续', { value: null, recurrence: '下半年' }],
    ['按照合同约定时间支付资金，分步骤实施采购验收。', { value: null }],
    ['按照合同约定按月/季度开展明察暗访及形成舆情分析报告等，及时支付资金', { value: null }],
    ['保障社保卡正常供应，卡片质量满足使用要求', { value: null }],
    ['满足业务经办及消防安全需要', { value: null }],
    ['及时告知公告人相关信息', { value: null }],
    ['防范养老金冒领', { value: null }],
    ['符合条件人员及时享受政策', { value: null }],
    // 002
    ['调整率 100%, 调整待遇额当 月发放。', { value: 100, unit: '%' }],
    ['投诉率 0%;上 访事项答复率 100%。', { value: null }],
    ['按文件要求', { value: null }],
    ['按上级文件要求时限内', { value: null }],
    ['公共服务高效化,更大程度便民利企。', { value: null }],
    ['上级下达的年度社会保险稽核工作方案中要求', { value: null }],
    // 001, the remaining sentences
    ['保障邮寄信函按时收悉、邮寄信息（表单号）及时反馈、退信信函及时反馈情况', { value: null }],
    ['工作环境得到改善，业务经办正常运转', { value: null }],
    ['减少服务对象往返次数，保障社保权益，促进人才流动，优化营商环境。', { value: null }],
    ['维护职工参保权益', { value: null }],
    ['网络舆论环境良好，经办服务效能及群众满意度得到提升', { value: null }],
    ['保障业务正常经办，有效预防消防安全隐患', { value: null }],
    ['舆情分析报告满足工作需要，有效预防舆情风险。', { value: null }],
    ['分上下半年两次采购，按合同要求及时组织验收付款', { value: null }],
    ['按各项业务工作实施进度支付资金，及时办理支付手续', { value: null }],
    ['保障社保社保卡人员依法及时享受社保待遇，提升百姓用卡体验', { value: null }],
    ['达到省级要求', { value: null }],
    // placeholders stay text so the placeholder rule sees them
    ['……', { value: null }],
    ['…', { value: null }],
    ['XX', { value: null }],
    ['xx%', { value: null }],
    ['待定', { value: null }],
    ['**', { value: null }],
    // list marks and ordinals are not quantities
    ['1.保障中心系统正常运转', { value: null }],
    ['第3批设备完成验收', { value: null }],
  ])('%s', (text, expected) => {
    const t = parseTarget(text);
    expect(t.kind).toBe('text');
    expect(t).toMatchObject({ raw: text, ...expected });
  });

  it('lets the unit column fill a lone plain number in a sentence', () => {
    expect(parseTarget('采购硬件设备数量10', '套')).toMatchObject({ kind: 'text', value: 10, unit: '套' });
  });

  it('lists every quantity so a cost rule can pick the money one', () => {
    const found = extractQuantities('采购10套资格认证设备约5万元');
    expect(found.map((f) => [f.value, f.unit])).toEqual([
      [10, '套'],
      [5, '万元'],
    ]);
    expect(
      extractQuantities('档案整理及数据整理购买劳务3人支付劳务费约9.99万元').map((f) => f.factorToWanyuan),
    ).toEqual([null, 1]);
  });
});

describe('parseTarget — empty', () => {
  it.each(['', '   ', '\n', '-', '—', '--', '——', '/', '－'])('%j', (text) => {
    expect(parseTarget(text)).toEqual({ raw: text, operator: null, value: null, unit: null, kind: 'empty' });
  });
});

describe('parseTarget — robustness', () => {
  it('never throws and always returns a valid Target', () => {
    const odd: unknown[] = [
      null,
      undefined,
      42,
      '≥',
      '%',
      '万元',
      '≥≥95',
      '9'.repeat(400),
      '1e999',
      '.',
      '..5',
      '-.5',
      '∞',
      '≥-',
      '2021-2023-2025',
      '每',
      '年',
      '至',
      '100-',
      '-100-',
      '百分之',
      '<br>',
      'NaN',
      '１２３４５６７８９０'.repeat(50),
      '约'.repeat(2000) + '5',
      '2021年'.repeat(500),
      '5'.repeat(5000) + '人',
      '\u0000\uffff',
    ];
    for (const v of odd) {
      const t = parseTarget(v as string);
      expect(TargetSchema.safeParse(t).success).toBe(true);
      if (t.value !== null) expect(Number.isFinite(t.value)).toBe(true);
    }
  });

  it('gives the same answer for a cell however often it is parsed (memos never leak one cell into another)', () => {
    // Speed is measured by npm run bench, not here; this checks that repeated parsing stays correct.
    const cells = [
      '≥95百分比',
      '1500',
      '按时',
      '≤753万元',
      '2023年6月底前支付工本费欠款',
      '较高',
      '5场退休人员文体活动',
      '100',
    ];
    const once = cells.map((c, i) => JSON.stringify(parseTarget(c, i % 2 ? '人' : null)));
    for (let i = 0; i < 20_000; i++) {
      const k = i % cells.length;
      expect(JSON.stringify(parseTarget(cells[k] as string, k % 2 ? '人' : null))).toBe(once[k]);
    }
  });
});
