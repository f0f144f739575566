// The host contract on the Excel host over the fake Office.js object model: ExcelApi 1.18 (comments and notes),
// and 1.13 (comments, no notes).

import { runHostContract } from '../contract';
import { docFromContract, excelUnderTest } from './helpers';

runHostContract('excel (ExcelApi 1.18)', (wb) => excelUnderTest(docFromContract(wb, '1.18')));
runHostContract('excel (ExcelApi 1.13)', (wb) => excelUnderTest(docFromContract(wb, '1.13')));
