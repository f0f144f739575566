// Batch honesty: every file of a batch is accounted for — unreadable, refused (.xls, special files) or checked —
// the exit status and the summary say so, a closed stdout ends quietly, and a bad --config names the file and place.

import { execFileSync, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ReportSchema } from '../../src/core/model';
import { oleFile, seed000Workbook } from './helpers';
import { BIN, buildCli, runCli } from './run';

let dir: string;

const run = (args: string[]) => runCli(dir, args);

beforeAll(async () => {
  buildCli();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-batch-'));
  await fs.mkdir(path.join(dir, 'folder'));
  await fs.writeFile(path.join(dir, 'folder', 'good.xlsx'), await seed000Workbook());
  await fs.writeFile(path.join(dir, 'folder', 'broken.xlsx'), 'not a zip at all');
  await fs.writeFile(path.join(dir, 'folder', 'old.xls'), oleFile(false));
}, 120000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

test('a folder with a corrupt workbook and an .xls among good ones: each reported, counted, and the status is not 0', async () => {
  const r = await run(['check', 'folder', '--json']);
  const report = ReportSchema.parse(JSON.parse(r.stdout));
  expect(report.files.map((f) => [path.basename(f.file), f.status, f.error?.code ?? null])).toEqual([
    ['broken.xlsx', 'unreadable', 'not-a-workbook'],
    ['good.xlsx', 'checked', null],
    ['old.xls', 'unreadable', 'xls-format'],
  ]);
  expect(report.summary.unreadable).toBe(2);
  expect(r.code).toBe(1);
  const text = await run(['check', 'folder']);
  expect(text.stdout).toContain('2 个文件无法读取，未审核');
});

(process.platform === 'win32' ? test.skip : test)(
  'a FIFO named as a file is refused at once; the other files are still reported',
  async () => {
    const fifo = path.join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const r = await run(['check', 'pipe.xlsx', 'folder/good.xlsx', '--json']);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.files.map((f) => [path.basename(f.file), f.status])).toEqual([
      ['pipe.xlsx', 'unreadable'],
      ['good.xlsx', 'checked'],
    ]);
    expect(report.files[0]?.error?.message).toContain('special file (pipe or device)');
  },
);

test('a reader that goes away (| head) ends the run quietly, with no stack trace', async () => {
  const child = spawn(process.execPath, [BIN, 'check', 'folder/good.xlsx', '--json'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // Read one chunk, then close the pipe, as head does.
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
  expect(code).not.toBeNull();
});

test('a missing or broken --config says which file and where, in both languages', async () => {
  const missing = await run(['check', 'folder/good.xlsx', '--config', 'nope.json']);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('无法读取配置文件 nope.json：找不到文件 / file not found');
  expect(missing.stderr).not.toContain('ENOENT: ENOENT');
  await fs.writeFile(path.join(dir, 'broken.json'), '{\n  "profile": "auto",\n  "rules": {,}\n}\n');
  const broken = await run(['check', 'folder/good.xlsx', '--config', 'broken.json']);
  expect(broken.code).toBe(2);
  expect(broken.stderr).toContain('不是有效的 JSON（第 3 行第 13 列附近）/ not valid JSON (near line 3, column 13)');
});
