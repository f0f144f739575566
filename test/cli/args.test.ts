// CLI pieces that need no child process: argument parsing, the locale default, exit status, the progress bar.

import { langFromEnv, parseArgs } from '../../src/cli/args';
import { createProgress } from '../../src/cli/progress';
import { buildReport, exitStatus } from '../../src/cli/report';
import type { FileReport, Finding } from '../../src/core/model';

describe('parseArgs', () => {
  it('parses check with every option, in either --opt value or --opt=value form', () => {
    expect(
      parseArgs(
        [
          'check',
          'a.xlsx',
          'dir',
          '--json',
          '--out=out',
          '--lang',
          'en-US',
          '--profile',
          'department',
          '--config',
          'c.json',
          '--map=m.json',
          '--summary-sheet',
        ],
        'zh-CN',
      ),
    ).toEqual({
      command: 'check',
      inputs: ['a.xlsx', 'dir'],
      json: true,
      out: 'out',
      lang: 'en-US',
      profile: 'department',
      config: 'c.json',
      map: 'm.json',
      summarySheet: true,
    });
  });

  it('takes paths after -- literally', () => {
    const p = parseArgs(['check', '--', '--json.xlsx'], 'zh-CN');
    expect(p.command === 'check' && p.inputs).toEqual(['--json.xlsx']);
    expect(p.command === 'check' && p.json).toBe(false);
  });

  it('parses clear and requires --out', () => {
    expect(parseArgs(['clear', 'a.xlsx', '--out', 'o'], 'zh-CN')).toMatchObject({
      command: 'clear',
      inputs: ['a.xlsx'],
      out: 'o',
    });
    expect(parseArgs(['clear', 'a.xlsx'], 'zh-CN').command).toBe('usage-error');
    expect(parseArgs(['clear', 'a.xlsx', '--out', 'o', '--profile', 'department'], 'zh-CN').command).toBe(
      'usage-error',
    );
  });

  it('accepts every profile the model knows, self-evaluation included, and names them when one is unknown', () => {
    const p = parseArgs(['check', 'a.xlsx', '--profile', 'self-evaluation'], 'zh-CN');
    expect(p.command === 'check' && p.profile).toBe('self-evaluation');
    const bad = parseArgs(['check', 'a.xlsx', '--profile', 'selfeval'], 'en-US');
    expect(bad.command).toBe('usage-error');
    expect(bad.command === 'usage-error' && bad.message).toContain(
      'auto, project-2021, project-legacy, department, self-evaluation',
    );
  });

  it('answers usage errors in the language asked for', () => {
    const en = parseArgs(['check', 'a.xlsx', '--lang', 'en-US', '--nope'], 'zh-CN');
    expect(en).toEqual({ command: 'usage-error', message: 'unknown option: --nope' });
    const zh = parseArgs(['check', 'a.xlsx', '--nope'], 'zh-CN');
    expect(zh).toEqual({ command: 'usage-error', message: '未知选项：--nope' });
  });

  it('help and version win over everything', () => {
    expect(parseArgs(['check', '--bogus', '--help'], 'zh-CN').command).toBe('help');
    expect(parseArgs(['check', '--', '--help'], 'zh-CN').command).toBe('check');
    expect(parseArgs(['--help', '--bogus'], 'zh-CN').command).toBe('help');
    expect(parseArgs(['-v'], 'zh-CN').command).toBe('version');
  });

  it('defaults the language from the environment', () => {
    expect(langFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en-US');
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(langFromEnv({ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en-US');
    expect(langFromEnv({})).toBe('zh-CN');
  });
});

function finding(severity: Finding['severity']): Finding {
  return {
    ruleId: 'satisfaction-direction',
    severity,
    sheet: 'Sheet1',
    cell: 'E19',
    related: [],
    message: '满意度',
    messageId: 'm',
    data: {},
  };
}

function file(name: string, over: Partial<FileReport>): FileReport {
  return { file: name, error: null, tables: [], findings: [], ...over };
}

describe('exitStatus', () => {
  const unreadable = file('text.xlsx', { error: { code: 'not-a-workbook', message: '不是 / not' } });
  it('is 2 with no readable input, 1 with an error finding or any file of the batch not read, else 0', () => {
    expect(exitStatus(buildReport('0', []))).toBe(2);
    expect(exitStatus(buildReport('0', [unreadable]))).toBe(2);
    expect(exitStatus(buildReport('0', [file('a.xlsx', { findings: [finding('warning')] })]))).toBe(0);
    // A batch never hides a failure: one unreadable workbook among good ones makes the status 1.
    expect(exitStatus(buildReport('0', [unreadable, file('a.xlsx', { findings: [finding('warning')] })]))).toBe(1);
    expect(exitStatus(buildReport('0', [file('a.xlsx', { findings: [finding('info'), finding('error')] })]))).toBe(1);
  });
  it('is 2 when an annotated copy could not be written', () => {
    const failed = file('a.xlsx', { error: { code: 'write-failed', message: '无法写出 / cannot write' } });
    expect(exitStatus(buildReport('0', [failed]))).toBe(2);
  });
  it('counts findings by severity in the summary', () => {
    const r = buildReport('0', [file('a.xlsx', { findings: [finding('info'), finding('error'), finding('error')] })]);
    expect(r.summary).toEqual({ files: 1, tables: 0, indicators: 0, errors: 2, warnings: 0, infos: 1 });
  });
});

describe('progress bar', () => {
  it('draws in place and clears itself, only when enabled and for more than one file', () => {
    const written: string[] = [];
    const stream = { write: (s: string) => written.push(s), columns: 60 };
    const p = createProgress(stream, 3, true);
    p.update(1, 'folder/b.xlsx');
    p.finish();
    expect(written[0]).toMatch(/^\r\[#{7}-{13}\] 1\/3 folder\/b\.xlsx/);
    expect(written[1]).toBe('\r\x1b[K');
    const none: string[] = [];
    createProgress({ write: (s: string) => none.push(s) }, 1, true).update(0, 'a');
    createProgress({ write: (s: string) => none.push(s) }, 5, false).update(0, 'a');
    expect(none).toEqual([]);
  });
});
