// The host contract (test/hosts/contract.ts) run against the WPS host over the fake ET object model, as documented
// and as some WPS builds are reported to behave (strings cut at 255 characters, the author's name before a comment).

import { runHostContract } from '../contract';
import { fakeFromContract, wpsUnderTest } from './helpers';

runHostContract('wps', (workbook) => wpsUnderTest(fakeFromContract(workbook)));
runHostContract('wps (strings cut at 255, author label on new comments)', (workbook) =>
  wpsUnderTest(fakeFromContract(workbook), { cutStringsAt: 255, authorPrefix: '审核员:\n' }),
);
