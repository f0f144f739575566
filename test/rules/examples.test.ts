// Every example a finding offers is neutral and measurable: no wording of the social-insurance seed tables (the
// checker reviews tables about anything), no year of its own (the table's budget year is filled in at run time), and
// never one of the vague words vague-target flags — a fix must not be as vague as the defect (issue 16).

import { allRules } from '../../src/core/rules/index';
import { MESSAGE_EXAMPLES } from '../../src/core/rules/util/structure';
import { VAGUE_DEGREES, VAGUE_WORDS, isVagueWord } from '../../src/core/rules/vague-target';

/** Words of the seed tables' own projects (社保, 劳动能力鉴定, 社保卡工本费, 退管, 保安服务…). */
const SEED_WORDING =
  /社保|社会保险|养老保险|工伤|参保|鉴定|工本费|制卡|退管|退休人员|保安服务|经办大厅|代发|枣庄|天津|六安/u;

/** A year written into a template: 2021, 2023年. Named documents and framework editions are not examples (2021版, 财预〔2020〕10号). */
const HARD_YEAR = /(?<![0-9〔[])(?:19|20)[0-9]{2}(?![0-9]|版|〕|\]|\s*framework)/u;

// Quoted examples in a template: “…” and "…", placeholders left out (they are filled from the table).
function quotedExamples(template: string): string[] {
  const out: string[] = [];
  for (const m of template.matchAll(/[“"]([^”"]+)[”"]/gu)) {
    if (!m[1].includes('{')) out.push(m[1]);
  }
  return out;
}

/** Multi-character vague words and degrees: as part of a phrase (工作环境得到改善) they are as vague as alone. */
const VAGUE_PHRASE = new RegExp([...VAGUE_WORDS, ...VAGUE_DEGREES].filter((w) => w.length >= 2).join('|'), 'u');

/** An example is vague when it is a vague word, or has no figure and leans on a vague word (得到改善, 有所提升). */
function isVagueExample(text: string): boolean {
  if (isVagueWord(text)) return true;
  return !/[0-9０-９%]/u.test(text) && VAGUE_PHRASE.test(text);
}

const templates = allRules().flatMap((r) =>
  Object.entries(r.meta.messages).flatMap(([id, m]) =>
    (['zh-CN', 'en-US'] as const).map((lang) => ({ where: `${r.meta.id}.${id} (${lang})`, text: m[lang] })),
  ),
);

describe('message examples', () => {
  it('reads every template of every rule in both languages', () => {
    expect(templates.length).toBeGreaterThan(100);
  });

  it('uses no wording of the seed tables', () => {
    expect(templates.filter((t) => SEED_WORDING.test(t.text)).map((t) => t.where)).toEqual([]);
    expect(MESSAGE_EXAMPLES.filter((e) => SEED_WORDING.test(e.name + e.target))).toEqual([]);
  });

  it('writes no year of its own', () => {
    expect(templates.filter((t) => HARD_YEAR.test(t.text)).map((t) => `${t.where}: ${t.text}`)).toEqual([]);
    expect(MESSAGE_EXAMPLES.filter((e) => HARD_YEAR.test(e.name + e.target))).toEqual([]);
  });

  it('offers no vague example', () => {
    const vague = templates.flatMap((t) =>
      quotedExamples(t.text)
        .filter(isVagueExample)
        .map((q) => `${t.where}: “${q}”`),
    );
    expect(vague).toEqual([]);
    expect(MESSAGE_EXAMPLES.filter((e) => isVagueExample(e.target))).toEqual([]);
  });

  it('knows a vague example when it sees one', () => {
    expect(isVagueExample('工作环境得到改善，业务经办正常运转')).toBe(true);
    expect(isVagueExample('较高')).toBe(true);
    expect(isVagueExample('≥95%')).toBe(false);
    expect(HARD_YEAR.test('如“2021-01-01 至 2021-12-31”')).toBe(true);
    expect(HARD_YEAR.test('按2021版绩效指标框架')).toBe(false);
    expect(HARD_YEAR.test('the 2021 framework')).toBe(false);
    expect(SEED_WORDING.test('如“社保经办大厅工作环境改善”')).toBe(true);
  });
});
