// The ribbon's function file: the real commands.ts entry under a mocked Office (office-addin-mock) and Excel (the
// Excel host's fake object model), run on seed 000's 批复表; plus the summary and the handlers' failure paths.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { OfficeMockObject } from 'office-addin-mock';
import { FILLS, LINE_PREFIX } from '../../src/core/annotate';
import { checkGrids } from '../../src/core/check';
import type { Finding } from '../../src/core/model';
import { commandHandlers, firstFinding, type CommandEnv } from '../../src/commands/run';
import {
  CommandSummarySchema,
  LAST_COMMAND_KEY,
  lastCommandMessage,
  summaryMessage,
  type CommandSummary,
} from '../../src/app/summary';
import { HostError, type Host } from '../../src/hosts/host';
import { functionNames, parseXml } from '../../scripts/validate-manifest';
import { contractWorkbook, PERSON_COMMENT_E15, SHEET } from '../hosts/contract';
import { annotationText, docFromContract, excelHostOver, snapshot } from '../hosts/excel/helpers';
import type { FakeWorkbookDoc } from '../hosts/excel/fake-excel';

// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose main module pulls in ESM-only
// packages Jest on Node 20 cannot load; give it the one CommonJS file it uses.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

const MANIFEST_FUNCTIONS = functionNames(
  parseXml(fs.readFileSync(path.resolve(__dirname, '..', '..', 'manifest.xml'), 'utf8')),
);

type Handler = (event?: { completed: () => void }) => Promise<CommandSummary>;

interface Loaded {
  associated: Map<string, Handler>;
  onReady: jest.Mock;
  globals: Record<string, unknown>;
}

const globals = globalThis as unknown as Record<string, unknown>;

/**
 * Installs Office (office-addin-mock) and Excel (Excel.run over the fake workbook) as globals, then loads the real
 * commands.ts entry the way commands.html does.
 */
async function loadFunctionFile(doc: FakeWorkbookDoc, displayLanguage = 'zh-CN'): Promise<Loaded> {
  const associated = new Map<string, Handler>();
  const onReady = jest.fn(async () => ({ host: 'Excel', platform: 'PC' }));
  // The document's settings object lives as long as the function file, as Office's does.
  const settings = doc.settings();
  const office = new OfficeMockObject({
    actions: { associate: (id: string, fn: Handler) => associated.set(id, fn) },
    onReady,
    context: {
      displayLanguage,
      requirements: { isSetSupported: doc.isSetSupported },
      document: {
        settings: {
          get: (name: string) => settings.get(name),
          set: (name: string, value: unknown) => settings.set(name, value),
          remove: (name: string) => settings.remove(name),
          saveAsync: (cb: Parameters<typeof settings.saveAsync>[0]) => settings.saveAsync(cb),
          refreshAsync: (cb: Parameters<typeof settings.refreshAsync>[0]) => settings.refreshAsync(cb),
        },
      },
    },
  });
  // Office's common API needs no load; the mock gates every scalar behind load + sync, so load it once up front.
  office.load('context/displayLanguage');
  await office.sync();
  globals.Office = office;
  globals.Excel = new OfficeMockObject({
    // Excel.run(options, batch), as the host calls it (delayForCellEdit).
    run: async <T>(options: { delayForCellEdit?: boolean }, batch: (ctx: unknown) => Promise<T>): Promise<T> =>
      batch(doc.context(options)),
  });
  jest.isolateModules(() => {
    require('../../src/commands/commands');
  });
  return { associated, onReady, globals };
}

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
  for (const name of MANIFEST_FUNCTIONS) delete globals[name];
});

/** What the core finds on the sheet as the Excel host reads it: the expectation, never hard-coded. */
async function expectedCheck(doc: FakeWorkbookDoc, config?: unknown) {
  const { host } = excelHostOver(doc);
  const { grids } = await host.read('active');
  return checkGrids(grids, { lang: 'zh-CN', config });
}

async function storedSummary(doc: FakeWorkbookDoc): Promise<CommandSummary> {
  // A fresh host over the saved document: what the task pane finds when it opens later.
  const { host } = excelHostOver(doc);
  return CommandSummarySchema.parse(await host.loadSetting(LAST_COMMAND_KEY));
}

function count(findings: readonly Finding[], severity: Finding['severity']): number {
  return findings.filter((f) => f.severity === severity).length;
}

function ourLines(doc: FakeWorkbookDoc, cell: string): string[] {
  return (annotationText(doc, SHEET, cell) ?? '').split(/\r?\n/).filter((l) => l.startsWith(LINE_PREFIX));
}

describe('commands.ts (the function file) under mocked Office and Excel', () => {
  test('registers exactly the manifest’s ExecuteFunction names, with Office.actions and as globals', async () => {
    const doc = docFromContract(contractWorkbook());
    const loaded = await loadFunctionFile(doc);
    expect(MANIFEST_FUNCTIONS).toEqual(['checkActiveSheet', 'clearAnnotations']);
    expect([...loaded.associated.keys()].sort()).toEqual([...MANIFEST_FUNCTIONS].sort());
    for (const name of MANIFEST_FUNCTIONS) expect(globals[name]).toBe(loaded.associated.get(name));
    expect(loaded.onReady).toHaveBeenCalledTimes(1);
  });

  test('审核本表 checks the active sheet, annotates every finding, selects the worst one and stores the counts', async () => {
    const doc = docFromContract(contractWorkbook());
    const expected = await expectedCheck(doc);
    expect(expected.tables.length).toBeGreaterThan(0);
    // Seed 000's 批复表 has errors and warnings (劳动能力鉴定费 has no value, 按时 and 是 are vague…).
    expect(count(expected.findings, 'error')).toBeGreaterThan(0);
    expect(count(expected.findings, 'warning')).toBeGreaterThan(0);
    const { associated } = await loadFunctionFile(doc);
    const event = { completed: jest.fn() };

    const summary = await (associated.get('checkActiveSheet') as Handler)(event);

    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(summary.ok).toBe(true);
    expect(summary).toMatchObject({
      command: 'check',
      sheets: [SHEET],
      tables: expected.tables.length,
      errors: count(expected.findings, 'error'),
      warnings: count(expected.findings, 'warning'),
      infos: count(expected.findings, 'info'),
    });
    // Every finding's cell carries its fill and line(s); E15 keeps the person's comment byte for byte.
    const cells = new Set(expected.findings.map((f) => f.cell));
    expect(summary.cells).toBe(cells.size);
    for (const cell of cells) {
      const worst = expected.findings
        .filter((f) => f.cell === cell)
        .sort((a, b) => (a.severity < b.severity ? -1 : 1))[0];
      expect([cell, doc.sheet(SHEET).fillAt(cell)?.color]).toEqual([cell, FILLS[worst.severity]]);
      expect([cell, ourLines(doc, cell).length > 0]).toEqual([cell, true]);
    }
    if (cells.has('E15')) expect(annotationText(doc, SHEET, 'E15')).toContain(PERSON_COMMENT_E15.text);
    // The selection moved to the worst finding, and the summary says so.
    const first = firstFinding(expected.findings) as Finding;
    expect(summary.selected).toEqual({ sheet: first.sheet, cell: first.cell });
    expect(doc.selection?.sheet).toBe(SHEET);
    // Stored with the workbook for the task pane, with its message in both languages.
    const stored = await storedSummary(doc);
    expect(stored).toEqual(summary);
    const message = summaryMessage(stored);
    expect(message.code).toBe('command-check-done');
    expect(message['zh-CN']).toContain(
      `错误 ${summary.errors} 条、警告 ${summary.warnings} 条、提示 ${summary.infos} 条`,
    );
    expect(message['en-US']).toContain(`${summary.errors} error(s), ${summary.warnings} warning(s)`);
  });

  test('审核本表 uses the configuration stored with the workbook (a rule turned off is not reported)', async () => {
    const doc = docFromContract(contractWorkbook());
    const all = await expectedCheck(doc);
    const rule = all.findings[0].ruleId;
    const config = { rules: { [rule]: 'off' } };
    const { host } = excelHostOver(doc);
    await host.saveSetting('config', config);
    const expected = await expectedCheck(doc, config);
    expect(expected.findings.some((f) => f.ruleId === rule)).toBe(false);

    const { associated } = await loadFunctionFile(doc);
    const summary = await (associated.get('checkActiveSheet') as Handler)({ completed: jest.fn() });
    expect(summary.errors + summary.warnings + summary.infos).toBe(expected.findings.length);
    for (const cell of new Set(all.findings.map((f) => f.cell))) {
      for (const line of ourLines(doc, cell)) expect(line).not.toContain(`（${rule}）`);
    }
  });

  test('清除标注 removes every mark and restores the original fills, keeping the person’s comment', async () => {
    const doc = docFromContract(contractWorkbook());
    const before = snapshot(doc);
    const { associated } = await loadFunctionFile(doc);
    const checked = await (associated.get('checkActiveSheet') as Handler)({ completed: jest.fn() });
    expect(checked.cells).toBeGreaterThan(0);
    const event = { completed: jest.fn() };

    const summary = await (associated.get('clearAnnotations') as Handler)(event);

    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(summary).toMatchObject({ command: 'clear', ok: true, cells: checked.cells });
    expect(doc.sheet(SHEET).fillAt('E17')?.color).toBe('#FFFF00');
    expect(annotationText(doc, SHEET, 'E15')).toBe(PERSON_COMMENT_E15.text);
    for (const cell of ['E13', 'E15', 'E17', 'E18', 'E20']) expect(ourLines(doc, cell)).toEqual([]);
    // Cells, fills and comments are as before the check (selection and settings aside).
    expect(snapshot(doc)).toEqual(before);
    expect((await storedSummary(doc)).command).toBe('clear');
    expect(summaryMessage(summary).code).toBe('command-clear-done');
  });

  test.each([
    ['1.18', 'Workbook.settings'],
    ['1.3', 'document settings, refreshed'],
  ])(
    'ExcelApi %s (%s): the pane annotates, 审核本表 annotates, the pane clears — every fill back, no line of ours',
    async (api) => {
      const doc = docFromContract(contractWorkbook(), api);
      const before = snapshot(doc);
      // The function file is loaded with the workbook: its copy of the document settings is from before the pane ran.
      const { associated } = await loadFunctionFile(doc);
      const { host: pane } = excelHostOver(doc);
      const expected = await expectedCheck(doc);
      const paneFindings = expected.findings.filter((f) => f.cell !== 'E17' && f.cell !== 'E18');
      await pane.annotate(paneFindings);
      expect(doc.sheet(SHEET).fillAt('E17')?.color).toBe('#FFFF00');

      const checked = await (associated.get('checkActiveSheet') as Handler)({ completed: jest.fn() });
      expect(checked.ok).toBe(true);
      expect(doc.sheet(SHEET).fillAt('E17')?.color).toBe(FILLS.error);

      await pane.clear();
      expect([doc.sheet(SHEET).fillAt('E17')?.color, doc.sheet(SHEET).fillAt('E18')?.color]).toEqual([
        '#FFFF00',
        '#FFFF00',
      ]);
      for (const cell of ['E13', 'E15', 'E17', 'E18', 'E20']) expect(ourLines(doc, cell)).toEqual([]);
      expect(snapshot(doc)).toEqual(before);
    },
  );

  test('on a protected sheet 审核本表 completes, changes nothing and stores the reason', async () => {
    const doc = docFromContract(contractWorkbook());
    doc.sheet(SHEET).protected = true;
    const before = snapshot(doc);
    const { associated } = await loadFunctionFile(doc, 'en-US');
    const event = { completed: jest.fn() };
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    const summary = await (associated.get('checkActiveSheet') as Handler)(event);

    expect(event.completed).toHaveBeenCalledTimes(1);
    // The function file has no UI of its own: the failure also goes to the console for whoever debugs it.
    expect(consoleError).toHaveBeenCalledWith(
      expect.stringMatching(/^\[indicator-checker\] check failed: .*protected/),
    );
    consoleError.mockRestore();
    expect(summary.ok).toBe(false);
    expect(summary.messages[0]).toMatchObject({ code: 'sheet-protected', intent: 'error' });
    expect(snapshot(doc)).toEqual(before);
    const message = summaryMessage(await storedSummary(doc));
    expect(message.code).toBe('command-check-failed');
    expect(message['en-US']).toMatch(/^Check Sheet did not finish: .*protected/);
  });
});

/** A Host that records calls; each method can be made to fail. */
function recordingHost(overrides: Partial<Host> = {}): { host: Host; calls: string[]; saved: Map<string, unknown> } {
  const calls: string[] = [];
  const saved = new Map<string, unknown>();
  const host: Host = {
    kind: 'excel',
    capabilities: async () => ({ comments: true, notes: false, merges: true, settings: true }),
    read: async (scope) => {
      calls.push(`read:${scope}`);
      return { grids: [], messages: [] };
    },
    annotate: async (findings) => {
      calls.push(`annotate:${findings.length}`);
      return { written: [], messages: [] };
    },
    clear: async () => {
      calls.push('clear');
      return { written: ['批复表!E15'], messages: [] };
    },
    select: async (sheet, cell) => {
      calls.push(`select:${sheet}!${cell}`);
    },
    loadSetting: async (key) => saved.get(key) ?? null,
    saveSetting: async (key, value) => {
      calls.push(`save:${key}`);
      saved.set(key, value);
    },
    ...overrides,
  };
  return { host, calls, saved };
}

function env(host: Host | (() => Host), report = jest.fn()): CommandEnv {
  return {
    createHost: typeof host === 'function' ? host : () => host,
    displayLanguage: () => 'zh-CN',
    now: () => new Date('2021-06-30T08:00:00Z'),
    report,
  };
}

describe('command handlers: every path completes the event', () => {
  test('a sheet with no table: read, nothing applied (earlier marks stay), nothing selected, "not checked" stored', async () => {
    const { host, calls, saved } = recordingHost();
    const event = { completed: jest.fn() };
    const summary = await commandHandlers(env(host)).checkActiveSheet(event);
    expect(calls).toEqual(['read:active', `save:${LAST_COMMAND_KEY}`]);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(summary).toMatchObject({ ok: true, tables: 0, selected: null, at: '2021-06-30T08:00:00.000Z' });
    const message = lastCommandMessage(saved.get(LAST_COMMAND_KEY));
    expect([message?.code, message?.intent]).toEqual(['command-check-no-table', 'warning']);
    expect(message?.['zh-CN']).toContain('未找到指标表，未审核（这不代表没有问题）');
  });

  test('a sheet with a header but no target column: the stored summary gives the reason', async () => {
    const grid = {
      sheet: '目标表',
      top: 1,
      left: 1,
      cells: [
        ['一级指标', '二级指标', '三级指标', '指标说明'],
        ['产出指标', '数量指标', '培训人数', '反映培训覆盖面的长期工作要求与说明文字'],
      ],
      merges: [],
    };
    const { host, calls, saved } = recordingHost({ read: async () => ({ grids: [grid], messages: [] }) });
    await commandHandlers(env(host)).checkActiveSheet({ completed: jest.fn() });
    expect(calls).toEqual([`save:${LAST_COMMAND_KEY}`]);
    const message = lastCommandMessage(saved.get(LAST_COMMAND_KEY));
    expect(message?.['zh-CN']).toContain('工作表「目标表」第 1 行：A 列是一级指标');
    expect(message?.['en-US']).toContain('nothing was checked');
  });

  test('a host that cannot be created: the event completes and the failure is reported', async () => {
    const report = jest.fn();
    const event = { completed: jest.fn() };
    const summary = await commandHandlers(
      env(() => {
        throw new Error('Excel is not defined');
      }, report),
    ).clearAnnotations(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(summary.ok).toBe(false);
    expect(summary.messages[0]['en-US']).toContain('Excel is not defined');
    expect(report).toHaveBeenCalledWith(expect.stringContaining('clear failed'));
  });

  test('a HostError keeps its code; a summary that cannot be stored is reported, and the event still completes', async () => {
    const report = jest.fn();
    const { host } = recordingHost({
      clear: async () => {
        throw new HostError({
          code: 'workbook-read-only',
          intent: 'error',
          'zh-CN': '工作簿只读',
          'en-US': 'read-only',
        });
      },
      saveSetting: async () => {
        throw new Error('settings could not be saved');
      },
    });
    const event = { completed: jest.fn() };
    const summary = await commandHandlers(env(host, report)).clearAnnotations(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(summary.messages[0].code).toBe('workbook-read-only');
    expect(report).toHaveBeenCalledWith('[indicator-checker] could not store the command summary', expect.any(Error));
  });

  test('a selection that fails is a warning in the summary, not a failure', async () => {
    const doc = docFromContract(contractWorkbook());
    const { host: excel } = excelHostOver(doc);
    const host: Host = {
      ...excel,
      select: async () => {
        throw new Error('the sheet is hidden');
      },
    };
    const summary = await commandHandlers(env(host)).checkActiveSheet({ completed: jest.fn() });
    expect(summary.ok).toBe(true);
    expect(summary.selected).toBeNull();
    expect(summary.messages.some((m) => m.intent === 'warning' && m['en-US'].includes('the sheet is hidden'))).toBe(
      true,
    );
  });
});

describe('summary messages', () => {
  const base: CommandSummary = {
    version: 1,
    command: 'check',
    at: '2021-06-30T08:00:00.000Z',
    ok: true,
    sheets: ['批复表'],
    tables: 1,
    errors: 1,
    warnings: 4,
    infos: 1,
    cells: 5,
    selected: { sheet: '批复表', cell: 'E17' },
    messages: [],
  };

  test('check with findings, in both languages', () => {
    expect(summaryMessage(base)).toEqual({
      code: 'command-check-done',
      intent: 'warning',
      'zh-CN': '审核本表：批复表 上找到 1 张表；错误 1 条、警告 4 条、提示 1 条，已标注 5 个单元格。',
      'en-US': 'Check Sheet: 1 table(s) on 批复表; 1 error(s), 4 warning(s), 1 info; 5 cell(s) marked.',
    });
    expect(summaryMessage({ ...base, errors: 0 }).intent).toBe('info');
  });

  test('a failure names its first error', () => {
    const failed = {
      ...base,
      ok: false,
      messages: [
        {
          code: 'sheet-protected',
          intent: 'error' as const,
          'zh-CN': '工作表受保护',
          'en-US': 'the sheet is protected',
        },
      ],
    };
    expect(summaryMessage(failed)).toMatchObject({
      code: 'command-check-failed',
      'zh-CN': '审核本表未完成：工作表受保护',
      'en-US': 'Check Sheet did not finish: the sheet is protected',
    });
  });

  test('anything else stored under the key gives no message', () => {
    expect(lastCommandMessage(null)).toBeNull();
    expect(lastCommandMessage({ ...base, version: 2 })).toBeNull();
    expect(lastCommandMessage('审核本表')).toBeNull();
    expect(lastCommandMessage(base)?.code).toBe('command-check-done');
  });

  test('firstFinding: worst severity first, then reading order', () => {
    const f = (cell: string, severity: Finding['severity']): Finding => ({
      ruleId: 'vague-target',
      severity,
      sheet: SHEET,
      cell,
      related: [],
      message: '',
      messageId: 'vague-target',
      data: {},
    });
    expect(firstFinding([])).toBeNull();
    expect(firstFinding([f('E20', 'info'), f('E18', 'warning'), f('E15', 'warning')])?.cell).toBe('E15');
    expect(firstFinding([f('E15', 'warning'), f('E17', 'error'), f('AA3', 'error'), f('B17', 'error')])?.cell).toBe(
      'AA3',
    );
  });
});
