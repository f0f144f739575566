// Every catalog rule has its module, its tests and its doc; the index, profiles and docs index hold nothing else.

import * as fs from 'fs';
import * as path from 'path';
import { allRules, getRule, ruleIds } from '../../src/core/rules/index';
import { PROFILES } from '../../src/core/rules/profiles';
import type { RuleCategory } from '../../src/core/rules/types';
import { checkMeta } from './tester';

const ROOT = path.resolve(__dirname, '../..');
/** The project's own rule catalog: docs/rules/README.md, one table per category, a row per rule. */
const CATALOG = path.join(ROOT, 'docs/rules/README.md');

/** Rule rows of the catalog's tables: `| [id](id.md) | 警告 warning | … |`, with the (English) section they sit in. */
function catalogRules(): Array<{ id: string; severity: string; section: string }> {
  const out: Array<{ id: string; severity: string; section: string }> = [];
  let section = '';
  for (const line of fs.readFileSync(CATALOG, 'utf8').split('\n')) {
    const h = /^##\s+\S+\s+(.+)$/.exec(line);
    if (h) section = h[1].trim();
    const m = /^\|\s*\[([a-z0-9-]+)\]\(([a-z0-9-]+)\.md\)\s*\|\s*\S+\s+(error|warning|info)\s*\|/.exec(line);
    if (m) {
      expect([m[1], m[2]]).toEqual([m[1], m[1]]);
      out.push({ id: m[1], severity: m[3], section });
    }
  }
  return out;
}

const SECTION_CATEGORY: Record<string, RuleCategory> = {
  Structure: 'structure',
  'Target values': 'target',
  Time: 'time',
  Money: 'money',
  'Consistency between sets and blocks': 'consistency',
  'Self-evaluation': 'self-evaluation',
};

const catalog = catalogRules();

describe('rule catalog coverage', () => {
  it('reads the catalog', () => {
    // The catalog has 28 rules today; fewer means the parser missed rows.
    expect(catalog.length).toBeGreaterThanOrEqual(28);
  });

  describe.each(catalog)('$id', ({ id, severity, section }) => {
    it('has a module in the index with the catalog severity and category', () => {
      const rule = getRule(id);
      expect(rule).toBeDefined();
      expect(rule?.meta.defaultSeverity).toBe(severity);
      expect(rule?.meta.category).toBe(SECTION_CATEGORY[section]);
    });
    it('has its module file, test file and doc', () => {
      expect(fs.existsSync(path.join(ROOT, 'src/core/rules', `${id}.ts`))).toBe(true);
      expect(fs.existsSync(path.join(ROOT, 'test/rules', `${id}.test.ts`))).toBe(true);
      expect(fs.existsSync(path.join(ROOT, 'docs/rules', `${id}.md`))).toBe(true);
    });
    it('has a doc in Chinese first, then English', () => {
      const doc = path.join(ROOT, 'docs/rules', `${id}.md`);
      if (!fs.existsSync(doc)) throw new Error(`missing ${doc}`);
      const text = fs.readFileSync(doc, 'utf8');
      expect(text.startsWith(`# ${id}`)).toBe(true);
      const firstHan = text.search(/[\u4e00-\u9fff]/);
      const english = text.search(/\(English\)|^#+ .*English/m);
      expect(firstHan).toBeGreaterThan(0);
      expect(english).toBeGreaterThan(firstHan);
    });
    it('is listed in the docs index', () => {
      const index = fs.readFileSync(path.join(ROOT, 'docs/rules/README.md'), 'utf8');
      expect(index).toContain(`(${id}.md)`);
    });
  });

  it('has no rule the catalog lacks', () => {
    const known = new Set(catalog.map((c) => c.id));
    expect(ruleIds().filter((id) => !known.has(id))).toEqual([]);
  });

  it('keeps the index sorted by id', () => {
    const ids = ruleIds();
    expect(ids).toEqual([...ids].sort());
  });

  it('names only existing rules in the profiles', () => {
    const ids = new Set(ruleIds());
    for (const profile of Object.values(PROFILES)) {
      expect(Object.keys(profile.rules).filter((id) => !ids.has(id))).toEqual([]);
    }
  });

  it.each(allRules().map((r) => [r.meta.id, r] as const))('%s has complete bilingual metadata', (_id, rule) => {
    checkMeta(rule);
  });
});
