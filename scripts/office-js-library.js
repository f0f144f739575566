// Asks an Office.js library (a folder laid out like the CDN's lib/1/hosted/, or @microsoft/office-js's dist/) which
// Excel API members it defines: its Excel scripts are evaluated in jsdom and their classes' prototypes inspected.
// Used by the build (a self-hosted snapshot must define every member the Excel host calls unguarded) and by tests,
// which also build real requests with a loaded library to measure what each operation puts on the wire.

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


/** A reference id as Excel gives a tracked Range (a GUID and a counter; the exact form is Excel's, its length ours). */
function referenceId(n) {
  return `{2C8A4F1E-5B7D-4E2A-9C61-${String(n).padStart(12, '0')}}`;
}

/**
 * Runs `batch` in `Excel.run` of a loaded library (`loadExcelLibraries(dir)[i].window`) over a request executor that
 * records every request as Office.js puts it on the wire — `JSON.stringify` of the body, as
 * RichApiMessageUtility.buildMessageArrayForIRequestExecutor does — and answers it. Objects Excel.run tracks (ranges)
 * get a `_ReferenceId`, so later syncs address them the way they do in Excel; `answer(action, body)` gives the value
 * of a query or method action (undefined: no result for it). `batch` gets the requests recorded so far as well, to
 * tell which request a sync of its own sent.
 * @param {any} window
 * @param {(context: any, requests: readonly string[]) => Promise<unknown>} batch
 * @param {(action: any, body: any) => unknown} [answer]
 * @returns {Promise<{ requests: string[], responses: string[] }>} the request and response bodies, cleanup included
 */
async function recordRequests(window, batch, answer = () => undefined) {
  const requests = [];
  const responses = [];
  let refs = 0;
  const context = new window.Excel.RequestContext();
  context._requestExecutor = {
    executeAsync(_customData, _flags, message) {
      const body = message.Body;
      requests.push(JSON.stringify(body));
      const kept = new Set(
        body.Actions.filter((a) => a.ActionType === 3 && a.Name === '_KeepReference').map((a) => a.ObjectPathId),
      );
      const results = [];
      for (const action of body.Actions) {
        if (action.ActionType === 1) {
          if (kept.has(action.ObjectPathId)) results.push({ ActionId: action.Id, Value: { _ReferenceId: referenceId(++refs) } });
          continue;
        }
        const value = answer(action, body);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      }
      const response = { Results: results };
      responses.push(JSON.stringify(response));
      return window.OfficeExtension.Promise.resolve({ ErrorCode: '', ErrorMessage: '', Headers: {}, Body: response });
    },
  };
  await window.Excel.run(context, (ctx) => batch(ctx, requests));
  return { requests, responses };
}

module.exports = { EXCEL_SCRIPTS, loadExcelLibraries, missingMembers, recordRequests };
