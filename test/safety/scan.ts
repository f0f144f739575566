// A syntax-aware scan of our TypeScript sources for network use and raw-markup sinks (comments and prose ignored).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface Violation {
  file: string;
  line: number;
  what: string;
}

/** Node modules that open connections or resolve names. */
const NETWORK_MODULES = new Set([
  'http',
  'https',
  'http2',
  'net',
  'tls',
  'dgram',
  'dns',
  'undici',
  'node-fetch',
  'axios',
  'got',
  'ws',
]);

/** Globals that send or receive over the network in a browser or in node. */
const NETWORK_CONSTRUCTORS = new Set(['XMLHttpRequest', 'WebSocket', 'EventSource', 'RTCPeerConnection']);
const NETWORK_CALLS = new Set(['fetch', 'importScripts']);
const NETWORK_MEMBERS = new Set(['sendBeacon', 'fetch']);

/** XML namespaces are names, not addresses anything connects to. */
const ALLOWED_URL_PREFIXES = [
  'http://schemas.openxmlformats.org/',
  'http://schemas.microsoft.com/',
  'http://www.w3.org/',
  'http://purl.org/',
  'http://purl.oclc.org/ooxml/',
];

/** Ways to put text into a page as markup, or to run text as code. */
const MARKUP_MEMBERS = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'write', 'writeln']);

function moduleName(spec: string): string {
  return spec.replace(/^node:/, '').split('/')[0] as string;
}

/** Scans one source text; `file` is only used in the report. */
export function scanSource(file: string, text: string): Violation[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const out: Violation[] = [];
  const report = (node: ts.Node, what: string) => {
    out.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, what });
  };
  const visit = (node: ts.Node): void => {
    // import x from 'http'; export … from 'https'
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      if (NETWORK_MODULES.has(moduleName(node.moduleSpecifier.text)))
        report(node, `imports ${node.moduleSpecifier.text}`);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const first = node.arguments[0];
      // require('https'), import('node:http')
      const loads =
        (ts.isIdentifier(callee) && callee.text === 'require') || callee.kind === ts.SyntaxKind.ImportKeyword;
      if (loads && first && ts.isStringLiteralLike(first) && NETWORK_MODULES.has(moduleName(first.text))) {
        report(node, `loads ${first.text}`);
      }
      if (ts.isIdentifier(callee) && NETWORK_CALLS.has(callee.text)) report(node, `calls ${callee.text}()`);
      if (ts.isPropertyAccessExpression(callee) && NETWORK_MEMBERS.has(callee.name.text))
        report(node, `calls .${callee.name.text}()`);
      if (
        ts.isPropertyAccessExpression(callee) &&
        ['insertAdjacentHTML', 'write', 'writeln'].includes(callee.name.text)
      ) {
        const target = callee.expression.getText(source);
        if (callee.name.text === 'insertAdjacentHTML' || /(^|\.)document$/.test(target))
          report(node, `calls ${target}.${callee.name.text}()`);
      }
      if (ts.isIdentifier(callee) && callee.text === 'eval') report(node, 'calls eval()');
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
      if (NETWORK_CONSTRUCTORS.has(node.expression.text)) report(node, `new ${node.expression.text}()`);
      if (node.expression.text === 'Function') report(node, 'new Function()');
    }
    if (ts.isJsxAttribute(node) && node.name.getText(source) === 'dangerouslySetInnerHTML')
      report(node, 'dangerouslySetInnerHTML');
    if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'dangerouslySetInnerHTML')
      report(node, 'dangerouslySetInnerHTML');
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = node.left;
      if (ts.isPropertyAccessExpression(left) && MARKUP_MEMBERS.has(left.name.text))
        report(node, `assigns .${left.name.text}`);
    }
    if (ts.isStringLiteralLike(node) && /\b(?:https?|wss?|ftp):\/\//i.test(node.text)) {
      const urls = node.text.match(/\b(?:https?|wss?|ftp):\/\/\S*/gi) ?? [];
      for (const url of urls) if (!ALLOWED_URL_PREFIXES.some((p) => url.startsWith(p))) report(node, `URL ${url}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Every .ts/.tsx file under the folders, recursively. */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
    }
  };
  for (const f of folders) {
    const dir = path.join(root, f);
    try {
      if (statSync(dir).isDirectory()) walk(dir);
    } catch {
      // A layer that does not exist yet has nothing to scan.
    }
  }
  return out.sort();
}

export function scanFiles(root: string, files: readonly string[]): Violation[] {
  return files.flatMap((f) => scanSource(path.relative(root, f), readFileSync(f, 'utf8')));
}
