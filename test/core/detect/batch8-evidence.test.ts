// General evidence added after corpus batch 8 (docs/detection.md), on a small sheet built from the corpus table that
// showed it, with a twin where the evidence is absent: 专项(项目)名称 naming the project of a 专项 form (陕西 陈仓).

import { detectTables } from '../../../src/core/detect';
import type { Cell } from '../../../src/core/grid';
import { sheet } from './sheet';

const _ = null;

describe('专项(项目)名称 above a 专项 form passed down to a district (陕西 陈仓, 省级水利发展资金)', () => {
  const form = (label: string): Cell[][] => [
    ['2020年省级财政水利发展资金绩效目标表', _, _, _, _],
    [label, '农村饮水安全巩固提升工程专项', _, _, _],
    ['市级财政部门', '宝鸡市财政局', '市级主管部门', '宝鸡市水利局', _],
    ['资金情况(万元)', '资金来源', '资金总额', _, _],
    [_, '其中:财政拨款', 500, _, _],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    [_, '产出指标', '数量指标', '指标1:新建堤防、护岸长度', '10公里'],
    [_, _, _, '指标3:农村饮水工程覆盖服务人口数', '0.92万人'],
    [_, _, '质量指标', '指标5:工程验收合格率', '≥95%'],
  ];

  it.each(['专项(项目)名称', '专项（项目）名称', '项目(专项)名称', '专项资金名称'])('%s names the project', (label) => {
    const [t] = detectTables(sheet(form(label)));
    expect(t?.project.name).toBe('农村饮水安全巩固提升工程专项');
    expect(t?.project.budget).toBe(500);
    expect(t?.indicators.map((i) => i.name)).toEqual([
      '指标1:新建堤防、护岸长度',
      '指标3:农村饮水工程覆盖服务人口数',
      '指标5:工程验收合格率',
    ]);
  });

  it('a label of other words (专项资金来源) names no project', () => {
    const [t] = detectTables(sheet(form('专项资金来源')));
    expect(t?.project.name).toBeNull();
    expect(t?.indicators).toHaveLength(3);
  });
});
