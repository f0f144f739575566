// The host contract (test/hosts/contract.ts) run against the WPS host over the fake ET object model.

import { runHostContract } from '../contract';
import { fakeFromContract, wpsUnderTest } from './helpers';

runHostContract('wps', (workbook) => wpsUnderTest(fakeFromContract(workbook)));
