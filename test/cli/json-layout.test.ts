// `check --json`: one JSON document either way — indented for a person reading a terminal, compact for a file or a
// pipe (a third the size on a big export), as ESLint's json formatter writes it — and the same report.

import * as path from 'node:path';
import { main } from '../../src/cli/main';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'zaozhuang-2021-project-approval.xlsx');

async function checkJson(tty: boolean): Promise<string> {
  let stdout = '';
  await main(['check', SAMPLE, '--json'], {
    stdout: { write: (s: string) => (stdout += s), isTTY: tty },
    stderr: { write: () => true },
    env: { INDICATOR_CHECKER_JOBS: '0' },
  });
  return stdout;
}

describe('check --json layout', () => {
  it('is compact when stdout is a file or a pipe, indented on a terminal, and the same document', async () => {
    const [piped, terminal] = [await checkJson(false), await checkJson(true)];
    const report = JSON.parse(piped) as { files: unknown[] };
    expect(report.files).toHaveLength(1);
    expect(piped).toBe(`${JSON.stringify(report)}\n`);
    expect(terminal).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(piped.length).toBeLessThan(terminal.length * 0.8);
  }, 60000);
});
