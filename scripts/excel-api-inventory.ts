// Lists every member of the Excel JavaScript API (the `Excel` namespace of @types/office-js) that src/hosts/excel
// uses, found by the TypeScript type checker: each property access, method call and namespace function whose
// declaration belongs to a class or interface of namespace Excel.
//
//   npx tsx scripts/excel-api-inventory.ts          prints the inventory
//   npx tsx scripts/excel-api-inventory.ts --write  writes src/hosts/excel/api-members.json (read by the build):
//                                                   { used: members, guarded: capability → members behind it }

import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { GUARDED } from '../src/hosts/excel/capabilities';

const ROOT = resolve(__dirname, '..');
export const INVENTORY_FILE = join(ROOT, 'src', 'hosts', 'excel', 'api-members.json');

/** `Class.member` of every Excel API member used by the files of `dir` (sorted, unique). */
export function excelMembersUsed(dir = join(ROOT, 'src', 'hosts', 'excel')): string[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['office-js'],
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  });
  const checker = program.getTypeChecker();
  const found = new Set<string>();

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const symbol = checker.getSymbolAtLocation(node.name);
      const name = symbol && excelMemberName(symbol);
      if (name) found.add(name);
    }
    ts.forEachChild(node, visit);
  };
  for (const f of files) {
    const sf = program.getSourceFile(f);
    if (sf) visit(sf);
  }
  return [...found].sort();
}

/** `Worksheet.notes` for a member declared in class/interface Excel.Worksheet; `Excel.run` for a namespace function. */
function excelMemberName(symbol: ts.Symbol): string | null {
  const decl = symbol.declarations?.[0];
  if (!decl) return null;
  const owner = decl.parent;
  if ((ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) && owner.name && inExcelNamespace(owner)) {
    // Loading options and data interfaces (…LoadOptions, …Data, …UpdateData) describe plain objects, not the library.
    if (/(?:LoadOptions|Data)$/.test(owner.name.text)) return null;
    return `${owner.name.text}.${symbol.name}`;
  }
  if (ts.isFunctionDeclaration(decl) && inExcelNamespace(decl)) return `Excel.${symbol.name}`;
  return null;
}

function inExcelNamespace(node: ts.Node): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (ts.isModuleDeclaration(p)) return p.name.text === 'Excel';
  }
  return false;
}

export interface Inventory {
  used: string[];
  guarded: Record<string, string[]>;
}

export function inventory(): Inventory {
  const guarded = Object.fromEntries(Object.entries(GUARDED).map(([cap, g]) => [cap, [...g.members]]));
  return { used: excelMembersUsed(), guarded };
}

if (require.main === module) {
  const inv = inventory();
  if (process.argv.includes('--write')) {
    writeFileSync(INVENTORY_FILE, `${JSON.stringify(inv, null, 2)}\n`);
    console.log(`${inv.used.length} members → ${INVENTORY_FILE}`);
  } else console.log(JSON.stringify(inv, null, 2));
}
