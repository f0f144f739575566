// Asks an Office.js library (a folder laid out like the CDN's lib/1/hosted/, or @microsoft/office-js's dist/) which
// Excel API members it defines: its Excel scripts are evaluated in jsdom and their classes' prototypes inspected.
// Used by the build (a self-hosted snapshot must define every member the Excel host calls unguarded) and by tests.

'use strict';

const fs = require('node:fs');
const path = require('node:path');

/** The Excel scripts Office.js loads per platform; each one present in a library folder is checked. */
const EXCEL_SCRIPTS = ['excel-web-16.00.js', 'excel-win32-16.01.js', 'excel-mac-16.00.js'];

/**
 * Loads each Excel script of `dir` in its own jsdom window.
 * @param {string} dir
 * @returns {{ script: string, has: (member: string) => boolean }[]}
 */
function loadExcelLibraries(dir) {
  const { JSDOM } = require('jsdom');
  const scripts = EXCEL_SCRIPTS.filter((f) => fs.existsSync(path.join(dir, f)));
  if (scripts.length === 0) {
    throw new Error(
      `${dir} 不含 Office.js 的 Excel 脚本（${EXCEL_SCRIPTS.join('、')}）/ ${dir} holds none of Office.js's Excel scripts (${EXCEL_SCRIPTS.join(', ')})`,
    );
  }
  return scripts.map((script) => {
    const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { runScripts: 'outside-only', url: 'https://localhost/' });
    dom.window.eval(fs.readFileSync(path.join(dir, script), 'utf8'));
    const Excel = dom.window.Excel;
    if (!Excel) throw new Error(`${script}: 未定义 Excel / defines no Excel namespace`);
    /** @param {string} member `Class.member`, or `Excel.fn` for a namespace function */
    const has = (member) => {
      const [owner, name] = member.split('.');
      if (owner === 'Excel') return typeof Excel[name] === 'function';
      const cls = Excel[owner];
      return typeof cls === 'function' && name in cls.prototype;
    };
    return { script, has, window: dom.window };
  });
}

/**
 * Members of `members` that some Excel script of `dir` lacks, as `script: Class.member`.
 * @param {string} dir @param {readonly string[]} members
 */
function missingMembers(dir, members) {
  const out = [];
  for (const lib of loadExcelLibraries(dir)) {
    for (const m of members) if (!lib.has(m)) out.push(`${lib.script}: ${m}`);
  }
  return out;
}

module.exports = { EXCEL_SCRIPTS, loadExcelLibraries, missingMembers };
