// Government data never leaves the machine: no network use anywhere in our sources, and a CLI run that checks and
// annotates a workbook opens no connection and resolves no name.

import { promises as fs } from 'node:fs';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import tls from 'node:tls';
import { main } from '../../src/cli/main';
import { seed000Workbook } from '../cli/helpers';
import { scanFiles, scanSource, sourceFiles } from './scan';

const ROOT = path.resolve(__dirname, '../..');

describe('no network use in the sources', () => {
  it('finds none in core, hosts, cli, taskpane, commands and the standalone page', () => {
    const files = sourceFiles(ROOT, [
      'src/core',
      'src/hosts',
      'src/cli',
      'src/taskpane',
      'src/commands',
      'src/standalone',
    ]);
    // The scan must have had something to read: core and the hosts alone are dozens of files.
    expect(files.filter((f) => f.includes(`${path.sep}core${path.sep}`)).length).toBeGreaterThan(30);
    expect(files.some((f) => f.includes(`${path.sep}hosts${path.sep}file${path.sep}`))).toBe(true);
    expect(scanFiles(ROOT, files)).toEqual([]);
  });

  it('the scan catches every kind of network use (and ignores comments and XML namespaces)', () => {
    const bad = [
      "import http from 'node:http';",
      "import { request } from 'https';",
      "const net = require('net');",
      "const d = await import('node:dns');",
      "await fetch('/api');",
      'window.fetch(url);',
      'navigator.sendBeacon(url, data);',
      'const x = new XMLHttpRequest();',
      'const s = new WebSocket(address);',
      "const e = new EventSource('/events');",
      "const u = 'https://telemetry.example.invalid/collect';",
    ];
    for (const line of bad) expect(scanSource('bad.ts', line)).toHaveLength(1);
    const fine = [
      '// we never fetch() anything, nor open an https:// connection',
      "const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';",
      'const fetched = rows.filter((r) => r.fetch === undefined);',
      "import { Worker } from 'node:worker_threads';",
    ];
    for (const line of fine) expect(scanSource('fine.ts', line)).toEqual([]);
  });
});

describe('a CLI run makes no network request', () => {
  const calls: string[] = [];
  const trap = (name: string) =>
    (() => {
      calls.push(name);
      throw new Error(`network use: ${name}`);
    }) as never;

  beforeEach(() => {
    calls.length = 0;
    jest.spyOn(http, 'request').mockImplementation(trap('http.request'));
    jest.spyOn(http, 'get').mockImplementation(trap('http.get'));
    jest.spyOn(https, 'request').mockImplementation(trap('https.request'));
    jest.spyOn(https, 'get').mockImplementation(trap('https.get'));
    jest.spyOn(net, 'connect').mockImplementation(trap('net.connect'));
    jest.spyOn(net, 'createConnection').mockImplementation(trap('net.createConnection'));
    jest.spyOn(tls, 'connect').mockImplementation(trap('tls.connect'));
    jest.spyOn(dns, 'lookup').mockImplementation(trap('dns.lookup'));
    jest.spyOn(dns.promises, 'lookup').mockImplementation(trap('dns.promises.lookup'));
    jest.spyOn(globalThis, 'fetch').mockImplementation(trap('fetch'));
  });

  afterEach(() => jest.restoreAllMocks());

  it('check --out and clear read, check, annotate and write with the network trapped', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-safety-'));
    try {
      const file = path.join(dir, '劳动能力鉴定费用.xlsx');
      await fs.writeFile(file, await seed000Workbook({ patch: { E19: '≤95' } }));
      let stdout = '';
      // JOBS=0: checked in this thread, where the traps are (a worker thread would load its own modules).
      const io = {
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: () => true },
        env: { INDICATOR_CHECKER_JOBS: '0' },
      };
      const status = await main(['check', file, '--json', '--out', path.join(dir, 'out'), '--summary-sheet'], io);
      // The run did real work: it found seed 003's 满意度 ≤95 error and wrote the annotated copy.
      expect(status).toBe(1);
      expect(
        JSON.parse(stdout).files[0].findings.some((f: { ruleId: string }) => f.ruleId === 'satisfaction-direction'),
      ).toBe(true);
      await expect(fs.stat(path.join(dir, 'out', '劳动能力鉴定费用.xlsx'))).resolves.toBeTruthy();
      stdout = '';
      expect(
        await main(['clear', path.join(dir, 'out', '劳动能力鉴定费用.xlsx'), '--out', path.join(dir, 'clear')], io),
      ).toBe(0);
      expect(calls).toEqual([]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
