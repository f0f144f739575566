// Real tables the money rule tests share beyond seed-tables.ts: projects of samples/flat-export.xlsx as the export
// writes them (one row per indicator, the project repeated on every row, no 绩效指标描述 column), and corpus tables.

import type { Cell } from '../../src/core/grid';
import { corpusGrid, loadEntry, TABLES_DIR } from '../corpus/load';
import type { SeedTable } from './seed-tables';

const FLAT_HEADER: Cell[] = [
  '单位名称',
  '项目名称',
  '项目金额',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '指标值',
  '度量单位',
];
const TIANJIN = '353302天津市社会保险基金管理中心';

// samples/flat-export.xlsx rows 24–30, 社保卡制卡工本费 (budget 500 万元): the 绩效目标表 (seed 001) calls the cost line
// 社保卡制卡单位平均成本 in its 绩效指标描述; the export keeps only the 三级 社保卡制卡工本费 = 10.65 万元 (really 10.65 元
// per card: × 469483 张 = 500 万元). Here in rows 2–8 (the cost in H3 | I3, the cards in H4 | I4).
export const FLAT_CARD: SeedTable = {
  grid: [
    FLAT_HEADER,
    [
      TIANJIN,
      '社保卡制卡工本费',
      500,
      '产出指标',
      '质量指标',
      '保障社保卡正常供应',
      '定性',
      '保障社保卡正常供应，卡片质量满足使用要求',
      null,
    ],
    [TIANJIN, '社保卡制卡工本费', 500, '产出指标', '成本指标', '社保卡制卡工本费', '=', 10.65, '万元'],
    [TIANJIN, '社保卡制卡工本费', 500, '产出指标', '数量指标', '社保卡片数量', '=', 469483, '张'],
    [
      TIANJIN,
      '社保卡制卡工本费',
      500,
      '产出指标',
      '时效指标',
      '社保卡制卡费用支付时效',
      '定性',
      '2023年6月底前支付工本费欠款',
      null,
    ],
    [
      TIANJIN,
      '社保卡制卡工本费',
      500,
      '效益指标',
      '社会效益指标',
      '申报社保卡人员待遇享受',
      '定性',
      '保障社保社保卡人员依法及时享受社保待遇，提升百姓用卡体验',
      null,
    ],
    [
      TIANJIN,
      '社保卡制卡工本费',
      500,
      '效益指标',
      '可持续影响指标',
      '社保卡可持续使用年限',
      '定性',
      '无人为因素损坏的情况下可持续使用超过5年',
      null,
    ],
    [TIANJIN, '社保卡制卡工本费', 500, '满意度指标', '服务对象满意度指标', '服务对象满意度', '≥', 95, '百分比'],
  ],
  merges: [],
};

// samples/flat-export.xlsx rows 37–42, 社保中心工装制作 (budget 10 万元): the 绩效目标表's 工装单位成本 ≤3000元 and
// 购置工装数量 ≥30套 keep only their generic 三级 names (提供产品及服务所需成本的控制情况, 提供产品及服务数量).
// Here in rows 2–7 (the cost in H3 | I3, the sets in H4 | I4).
export const FLAT_UNIFORMS: SeedTable = {
  grid: [
    FLAT_HEADER,
    [TIANJIN, '社保中心工装制作', 10, '产出指标', '质量指标', '产品质量合格率', '=', 100, '百分比'],
    [TIANJIN, '社保中心工装制作', 10, '产出指标', '成本指标', '提供产品及服务所需成本的控制情况', '≤', 3000, '元'],
    [TIANJIN, '社保中心工装制作', 10, '产出指标', '数量指标', '提供产品及服务数量', '≥', 30, '套'],
    [
      TIANJIN,
      '社保中心工装制作',
      10,
      '产出指标',
      '时效指标',
      '工装购置资金支出时效',
      '定性',
      '下半年启动工装采购，年内完成量体验收付款手续',
      null,
    ],
    [TIANJIN, '社保中心工装制作', 10, '效益指标', '可持续影响指标', '产品使用年限', '≥', 3, '年'],
    [TIANJIN, '社保中心工装制作', 10, '满意度指标', '服务对象满意度指标', '使用人员满意度', '≥', 95, '百分比'],
  ],
  merges: [],
};

/** A corpus table as a reader gets it (test/corpus/tables/<id>.json, read-only). */
export function corpusTable(id: string): SeedTable {
  const entry = loadEntry(`${TABLES_DIR}/${id}.json`);
  return { grid: corpusGrid(entry).cells, merges: entry.sheet.merges };
}

// 稷山县医疗保障局 建档立卡个人缴费县级配套资金 2020 自评表: 配套资金每人每年 75元 × 全县参合人数 8755 = 65.66 万元, the budget.
export const JISHAN = corpusTable('b4a-shanxi-jishan-yibao-ziping');
// 清涧县 果园路 2021: 硬化水泥砼公路补助标准 ≤120万元 (per km) for 2 + 2 km of road on a 500 万元 budget.
export const QINGJIAN = corpusTable('b2c-qingjian-guoyuanlu');
// 乌海 供销社 再生资源 2021: 出差总成本 1 + 劳务人员总成本 2 + 办公费总成本 0 under 年度预算总成本 3 = the budget.
export const WUHAI = corpusTable('b1a-wuhai-gxs-zaisheng');
// 天津市河北区人民法院 2023 (two tables): 办案业务费 (rows 17–26, budget 24 万元) prices 参审案件补助 100元 per
// 陪审员参审案件数量 ≥900件 = 9 万元 (the rest of the budget pays the mediator and the internet line).
export const HEBEI_COURT = corpusTable('b5-tianjin-hebeiqu-fayuan-zhongyang');
