// deviation-reason-missing: an unmet target or a cut score with no 偏差原因.

import { WATER } from './self-evaluation-tables';
import { withCells } from './seed-tables';
import { corpusGrid, loadEntry, TABLES_DIR } from '../corpus/load';
import { ruleTester } from './tester';

// 衡山县 县级储备粮 自评表 (corpus b2b): 市民满意度调查 targeted at 290 %, achieved 100 %.
const HENGSHAN_ENTRY = loadEntry(`${TABLES_DIR}/b2b-hengshan-chubeiliang-ziping.json`);
const HENGSHAN = { grid: corpusGrid(HENGSHAN_ENTRY).cells, merges: HENGSHAN_ENTRY.sheet.merges };

ruleTester.run('deviation-reason-missing', {
  valid: [
    {
      name: '衡山 (corpus): a 290 % satisfaction target is a typo for percent-out-of-range, not a shortfall to explain',
      ...HENGSHAN,
    },
    { name: 'the clean self-evaluation: nothing missed, nothing cut', ...WATER },
    {
      name: 'a shortfall with its reason',
      ...withCells(WATER, { F16: '4500人', H16: 18, I16: '部分村组整体搬迁，受益人口减少；明年按实际人口调整目标' }),
    },
    {
      name: 'a cut score with its reason',
      ...withCells(WATER, { H13: 8, I13: '两处工程首次验收未通过，整改后复验合格' }),
    },
    { name: 'a target exceeded (5200 of ≥5000) needs no reason', ...withCells(WATER, { F16: '6000人' }) },
  ],
  invalid: [
    {
      name: 'a shortfall with no reason',
      ...withCells(WATER, { F16: '4500人', H16: 18 }),
      errors: [
        {
          messageId: 'unmet',
          cell: 'I16',
          related: ['F16'],
          message: '“受益人口数”实际完成 4500人，未达到目标 ≥5000人，未填写偏差原因',
        },
      ],
    },
    {
      name: 'a shortfall “explained” with 无',
      ...withCells(WATER, { F16: '4500人', H16: 18, I16: '无' }),
      errors: [{ messageId: 'unmet', cell: 'I16' }],
    },
    {
      name: 'a cut score on a met target with no reason',
      ...withCells(WATER, { H13: 8 }),
      errors: [
        {
          messageId: 'cut',
          cell: 'I13',
          related: ['H13'],
          message: '“工程验收合格率”得分 8 低于分值 10，未填写偏差原因',
        },
      ],
    },
    {
      name: 'a cut score on a qualitative target with only “/”',
      ...withCells(WATER, { E17: '正常运行', F17: '基本正常', H17: 8, I17: '/' }),
      errors: [{ messageId: 'cut', cell: 'I17' }],
    },
  ],
});
