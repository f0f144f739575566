// A real spreadsheet program opens our annotated copies: LibreOffice converts one to PDF and back to xlsx.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { annotateWorkbook, clearWorkbook } from '../../../src/hosts/file/annotate';
import { writeFileAtomic } from '../../../src/hosts/file/atomic';
import { FILLS } from '../../../src/core/annotate/types';
import { buildSeed000, FINDINGS, SHEET } from '../../core/annotate/seed000.workbook';

function findOnPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

const soffice = findOnPath('soffice') ?? findOnPath('libreoffice');

function convert(file: string, format: string, outDir: string, profile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      soffice as string,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        file,
      ],
      { timeout: 120_000 },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stdout}\n${stderr}`)) : resolve()),
    );
  });
}

describe('LibreOffice opens an annotated copy', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ic-lo-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('converts it to PDF and back to xlsx with our notes and fills intact', async () => {
    if (!soffice) {
      if (process.env.CI) throw new Error('soffice (LibreOffice) is not installed: CI must run this check');
      console.warn('SKIPPED LOCALLY: soffice (LibreOffice) not found on PATH; the LibreOffice check did not run');
      return;
    }
    const annotated = await annotateWorkbook(await buildSeed000(), FINDINGS, { lang: 'zh-CN', summarySheet: true });
    const file = path.join(dir, '劳动能力鉴定费用.xlsx');
    await writeFileAtomic(file, annotated);
    const profile = path.join(dir, 'profile');
    const pdfDir = path.join(dir, 'pdf');
    const xlsxDir = path.join(dir, 'xlsx');
    await mkdir(pdfDir);
    await mkdir(xlsxDir);

    await convert(file, 'pdf', pdfDir, profile);
    const pdf = path.join(pdfDir, '劳动能力鉴定费用.pdf');
    expect((await stat(pdf)).size).toBeGreaterThan(1000);
    expect((await readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // LibreOffice read our notes and fills as notes and fills: its own xlsx export still carries them.
    await convert(file, 'xlsx', xlsxDir, profile);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(path.join(xlsxDir, '劳动能力鉴定费用.xlsx'))) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(SHEET)!;
    const e15 = ws.getCell('E15');
    const text = typeof e15.note === 'string' ? e15.note : (e15.note?.texts ?? []).map((t) => t.text).join('');
    expect(text).toContain('王会计:');
    expect(text).toContain('【绩效审核·警告】指标值“按时”无法衡量，请写明可衡量的标准（vague-target）');
    expect((ws.getCell('A13').fill as ExcelJS.FillPattern).fgColor?.argb?.slice(2)).toBe(FILLS.error.slice(1));
    expect(ws.getCell('E17').formula).toBe('B8');
    expect(wb.getWorksheet('审核结果')).toBeDefined();

    // A cleared copy opens too.
    const cleared = path.join(dir, 'cleared.xlsx');
    await writeFileAtomic(cleared, await clearWorkbook(annotated));
    await convert(cleared, 'pdf', pdfDir, profile);
    expect((await stat(path.join(pdfDir, 'cleared.pdf'))).size).toBeGreaterThan(1000);
  }, 400_000);
});
