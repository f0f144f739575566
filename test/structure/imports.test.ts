// The structure of src/ drawn from its imports (type imports included): no import circle, and no arrow from a lower
// layer to a higher one — core → hosts → app → the entry points (commands, taskpane, standalone, cli), which import
// one another only where the standalone page shows the pane's own UI over its file host.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve(__dirname, '..', '..', 'src');
const LAYERS: Record<string, number> = { core: 0, hosts: 1, app: 2, commands: 3, taskpane: 3, standalone: 3, cli: 3 };
/** Arrows allowed between entry points: the standalone page is the pane's App over the browser-file host. */
const BETWEEN_ENTRIES = new Set(['standalone→taskpane']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ])
    if (candidate.startsWith(SRC) && /\.tsx?$/.test(candidate) && exists(candidate)) return candidate;
  return null;
}

function exists(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Every file of src → the files of src it imports (imports, type imports, re-exports, dynamic imports). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles.map((f) => resolveImport(file, f.fileName)).filter((t): t is string => !!t);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
      onStack.delete(w);
      component.push(path.relative(SRC, w));
      if (w === v) break;
    }
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const layerOf = (file: string): string => path.relative(SRC, file).split(path.sep)[0] as string;

describe('the structure of src', () => {
  const graph = importGraph();

  it('reads the imports of every source file', () => {
    expect(graph.size).toBeGreaterThan(150);
    const edges = [...graph.values()].reduce((n, t) => n + t.length, 0);
    expect(edges).toBeGreaterThan(500);
  });

  it('has no import circle', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('has no arrow from a lower layer to a higher one, and no arrow between the entry points', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = layerOf(file);
      for (const t of targets) {
        const to = layerOf(t);
        const a = LAYERS[from];
        const b = LAYERS[to];
        if (a === undefined || b === undefined) wrong.push(`${path.relative(SRC, file)}: unknown layer`);
        else if (b > a || (a === 3 && b === 3 && from !== to && !BETWEEN_ENTRIES.has(`${from}→${to}`)))
          wrong.push(`${path.relative(SRC, file)} → ${path.relative(SRC, t)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds a circle and an upward arrow where there is one (the checks can fail)', () => {
    const a = path.join(SRC, 'core', 'a.ts');
    const b = path.join(SRC, 'hosts', 'b.ts');
    expect(
      circles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([['core/a.ts', 'hosts/b.ts']]);
    expect(LAYERS[layerOf(b)]).toBeGreaterThan(LAYERS[layerOf(a)] as number);
  });
});
