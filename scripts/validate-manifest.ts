// Offline manifest validation: the XSDs (xmllint, else xmllint-wasm) plus what XSD cannot check (resids, icons, locales);
// and the unified manifest (manifest.json) against the JSON schemas of @microsoft/app-manifest, its files, and its
// agreement with manifest.xml (scripts/validate-unified-manifest.ts, where the documentation it follows is cited).
//
// CLI: npx tsx scripts/validate-manifest.ts [manifest.xml | manifest.json] [--site DIR] [--schemas DIR]
//                                            [--engine auto|xmllint|wasm] [--xml FILE]
//   No file: both manifest.xml and manifest.json of the repository. A .json file: the unified manifest only, compared
//   with --xml FILE (default: manifest.xml beside it, else the repository's).
//   exit 0 valid, 1 invalid (errors printed), 2 the check itself could not run (schemas missing, bad arguments).
// --site DIR also requires every page and icon under the manifest's base URL to exist in DIR (a built dist/).
// `office-addin-manifest validate` posts the manifest to an online service, which this project must not depend on.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** Where CI and every clone keep the patched official XSDs: `shared/` beside the repository. */
export const DEFAULT_SCHEMA_DIR = path.resolve(
  __dirname,
  '..',
  '..',
  'shared',
  'schemas',
  'office-addin-manifest',
  'patched',
);
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

export type Engine = 'xmllint' | 'wasm';

export interface ValidateOptions {
  schemaDir?: string;
  /** 'auto' (default): the xmllint binary when on PATH, else xmllint-wasm. */
  engine?: 'auto' | Engine;
  /** A built site (dist/): every URL under the manifest's base must name a file in it. */
  site?: string;
}

export interface ValidationReport {
  valid: boolean;
  /** The XSD engine used, or 'none' when the XSD check did not run (the schemas beside the repository are absent). */
  engine: Engine | 'none';
  /** Why the XSD check did not run, when it did not; the reference checks always run. */
  xsdSkipped?: string;
  /** XSD errors first (as xmllint prints them), then reference errors. */
  errors: string[];
  warnings: string[];
}

/** Raised when validation cannot run at all (as opposed to an invalid manifest). */
export class ValidationSetupError extends Error {
  override name = 'ValidationSetupError';
}

// ---------------------------------------------------------------------------------------------------------------
// A minimal XML reader: enough for a manifest (elements, attributes, line numbers). The XSD pass decides validity;
// this only walks a document that is already well-formed, and reports a parse problem as an error if it is not.

export interface XmlElement {
  /** Local name, prefix dropped: manifests bind the same namespaces under different prefixes. */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e];
  });
}

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

export function parseXml(xml: string): XmlElement {
  const lineAt = (index: number): number => xml.slice(0, index).split('\n').length;
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '', line: 1 };
  const stack: Array<{ el: XmlElement; qname: string }> = [{ el: root, qname: '' }];
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)([^>]*?)(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(xml))) {
    const top = stack[stack.length - 1].el;
    if (m[1] !== undefined) top.text += m[1];
    else if (m[6] !== undefined) top.text += decodeEntities(m[6]);
    else if (m[3] !== undefined) {
      const [, , closing, qname, rawAttrs, selfClosing] = m;
      if (closing) {
        const open = stack.pop();
        if (!open || open.qname !== qname) throw new Error(`line ${lineAt(m.index)}: unexpected </${qname}>`);
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of rawAttrs.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attrs[a[1]] = decodeEntities(a[2] ?? a[3]);
      }
      const el: XmlElement = { name: localName(qname), attrs, children: [], text: '', line: lineAt(m.index) };
      top.children.push(el);
      if (!selfClosing) stack.push({ el, qname });
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].qname}> is never closed`);
  if (root.children.length !== 1) throw new Error('a document must have exactly one root element');
  return root.children[0];
}

function* walk(
  el: XmlElement,
  parent: XmlElement | null = null,
): Generator<{ el: XmlElement; parent: XmlElement | null }> {
  yield { el, parent };
  for (const c of el.children) yield* walk(c, el);
}

function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

// ---------------------------------------------------------------------------------------------------------------
// Checks XSD cannot make.

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

/** Which kind of resource an element's `resid` must name (elements not listed may name any kind). */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

/** Top-level settings that are localisable strings (each needs the same locale overrides as the resources). */
const LOCALISED_SETTINGS = new Set(['DisplayName', 'Description']);

/** Top-level image settings and the pixel size Office asks for. */
const ICON_SETTINGS: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };

/** Width and height of a PNG file, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    return null;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface ReferenceCheckOptions {
  /** Directory that URLs under the base resolve to: the manifest's folder (icons only) or a built site. */
  root: string;
  /** True: every URL under the base must exist in `root`; false: only images are checked (pages are built). */
  site: boolean;
}

/** The function names the ribbon's ExecuteFunction buttons call, in manifest order. */
export function functionNames(manifest: XmlElement): string[] {
  const out: string[] = [];
  for (const { el } of walk(manifest)) if (el.name === 'FunctionName') out.push(el.text.trim());
  return out;
}

/** The folder the add-in is served from: the task pane URL without its file name. */
export function baseUrl(manifest: XmlElement): string | null {
  const src = child(child(manifest, 'DefaultSettings'), 'SourceLocation')?.attrs.DefaultValue;
  if (!src) return null;
  try {
    return new URL('.', src).href;
  } catch {
    return null;
  }
}

export function checkReferences(xml: string, opts: ReferenceCheckOptions): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  let manifest: XmlElement;
  try {
    manifest = parseXml(xml);
  } catch (e) {
    return { errors: [`not well-formed XML: ${(e as Error).message}`], warnings };
  }

  // Resources by id.
  const resources = new Map<string, { kind: ResourceKind; el: XmlElement }>();
  for (const { el, parent } of walk(manifest)) {
    if (!parent || !['Images', 'Urls', 'ShortStrings', 'LongStrings'].includes(parent.name) || !el.attrs.id) continue;
    const kind = parent.name as ResourceKind;
    if (resources.has(el.attrs.id)) errors.push(`line ${el.line}: resource id "${el.attrs.id}" is defined twice`);
    else resources.set(el.attrs.id, { kind, el });
  }

  // Every resid names a resource of the right kind; image resources are used at one size only.
  const used = new Set<string>();
  const imageSizes = new Map<string, Set<number>>();
  for (const { el } of walk(manifest)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    const res = resources.get(resid);
    if (!res) {
      errors.push(`line ${el.line}: <${el.name} resid="${resid}"> names no resource`);
      continue;
    }
    used.add(resid);
    const want = RESID_KIND[el.name];
    if (want && res.kind !== want) {
      errors.push(`line ${el.line}: <${el.name} resid="${resid}"> must name one of bt:${want}, not bt:${res.kind}`);
    }
    if (el.name === 'Image' && el.attrs.size) {
      const sizes = imageSizes.get(resid) ?? new Set<number>();
      sizes.add(Number(el.attrs.size));
      imageSizes.set(resid, sizes);
    }
  }
  for (const [id, res] of resources) {
    if (!used.has(id)) warnings.push(`line ${res.el.line}: resource "${id}" is never used`);
  }
  for (const [id, sizes] of imageSizes) {
    if (sizes.size > 1) errors.push(`image resource "${id}" is used at several sizes (${[...sizes].join(', ')})`);
  }

  // Control ids are unique (Office drops duplicates silently).
  const controlIds = new Map<string, number>();
  for (const { el } of walk(manifest)) {
    if (!['Control', 'Group', 'CustomTab'].includes(el.name) || !el.attrs.id) continue;
    if (controlIds.has(el.attrs.id)) errors.push(`line ${el.line}: id "${el.attrs.id}" is used twice`);
    controlIds.set(el.attrs.id, el.line);
  }

  // Every localisable string carries an override for every locale the manifest uses, and one only.
  const locales = new Set<string>();
  for (const { el } of walk(manifest))
    if (el.name === 'Override' && el.attrs.Locale) locales.add(el.attrs.Locale.toLowerCase());
  const localised: XmlElement[] = [];
  for (const c of manifest.children) if (LOCALISED_SETTINGS.has(c.name)) localised.push(c);
  for (const [, res] of resources)
    if (res.kind === 'ShortStrings' || res.kind === 'LongStrings') localised.push(res.el);
  for (const el of localised) {
    const have = el.children.filter((c) => c.name === 'Override').map((c) => (c.attrs.Locale ?? '').toLowerCase());
    const label = el.attrs.id ? `string "${el.attrs.id}"` : `<${el.name}>`;
    for (const loc of locales) if (!have.includes(loc)) errors.push(`line ${el.line}: ${label} has no ${loc} override`);
    const dup = have.filter((l, i) => have.indexOf(l) !== i);
    for (const loc of new Set(dup)) errors.push(`line ${el.line}: ${label} overrides ${loc} more than once`);
  }

  // URLs: https only; those under the add-in's base URL must be files we ship.
  const base = baseUrl(manifest);
  if (!base) errors.push('DefaultSettings/SourceLocation has no usable URL');
  const urlValues: Array<{ url: string; el: XmlElement; expectSize?: number; isImage: boolean }> = [];
  for (const { el, parent } of walk(manifest)) {
    const isImageResource = parent?.name === 'Images';
    const isUrlResource = parent?.name === 'Urls';
    const settingSize = parent === manifest ? ICON_SETTINGS[el.name] : undefined;
    const isSource = el.name === 'SourceLocation' && el.attrs.DefaultValue !== undefined;
    if (!isImageResource && !isUrlResource && settingSize === undefined && !isSource) continue;
    const values = [
      el.attrs.DefaultValue,
      ...el.children.filter((c) => c.name === 'Override').map((c) => c.attrs.Value),
    ];
    for (const v of values) {
      if (v === undefined) continue;
      let expectSize = settingSize;
      if (isImageResource) {
        const sizes = imageSizes.get(el.attrs.id ?? '');
        if (sizes && sizes.size === 1) expectSize = [...sizes][0];
      }
      urlValues.push({ url: v, el, expectSize, isImage: isImageResource || settingSize !== undefined });
    }
  }
  for (const { url, el, expectSize, isImage } of urlValues) {
    if (!/^https:\/\//i.test(url)) {
      errors.push(`line ${el.line}: ${url} is not an https URL (Office loads add-in files over SSL only)`);
      continue;
    }
    if (!base || !url.startsWith(base)) continue;
    if (!isImage && !opts.site) continue;
    const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length));
    const file = path.join(opts.root, rel);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      errors.push(`line ${el.line}: ${url} → ${path.relative(process.cwd(), file) || file} does not exist`);
      continue;
    }
    if (isImage) {
      const size = pngSize(fs.readFileSync(file));
      if (!size) errors.push(`line ${el.line}: ${rel} is not a PNG`);
      else if (expectSize !== undefined && (size.width !== expectSize || size.height !== expectSize)) {
        errors.push(`line ${el.line}: ${rel} is ${size.width}×${size.height}, expected ${expectSize}×${expectSize}`);
      }
    }
  }

  // A function command needs its function file.
  const names = functionNames(manifest);
  let hasFunctionFile = false;
  for (const { el } of walk(manifest)) if (el.name === 'FunctionFile') hasFunctionFile = true;
  if (names.length > 0 && !hasFunctionFile) errors.push('ExecuteFunction buttons need a <FunctionFile>');
  for (const n of names)
    if (!/^[A-Za-z_$][\w$]*$/.test(n)) errors.push(`FunctionName "${n}" is not a JavaScript identifier`);

  return { errors, warnings };
}

// ---------------------------------------------------------------------------------------------------------------
// XSD validation.

function xmllintOnPath(): boolean {
  return spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).error === undefined;
}

function schemaFiles(dir: string): string[] {
  if (!fs.existsSync(path.join(dir, MAIN_SCHEMA))) {
    throw new ValidationSetupError(
      `找不到清单 XSD：${dir} / manifest schemas not found in ${dir} (expected shared/ beside the repository)`,
    );
  }
  return fs.readdirSync(dir).filter((n) => n.endsWith('.xsd'));
}

function validateWithXmllint(xml: string, fileName: string, dir: string): string[] {
  // xmllint wants a file; a temporary copy keeps the reported name meaningful and works for in-memory input.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  const file = path.join(tmp, path.basename(fileName));
  try {
    fs.writeFileSync(file, xml);
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(dir, MAIN_SCHEMA), file], {
      encoding: 'utf8',
    });
    if (r.error) throw new ValidationSetupError(`xmllint failed to run: ${r.error.message}`);
    if (r.status === 0) return [];
    const lines = r.stderr.split('\n').filter((l) => l.trim() && !/ fails to validate$/.test(l));
    return lines.length ? lines.map((l) => l.split(file).join(fileName)) : [`xmllint exited with ${r.status}`];
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function validateWithWasm(xml: string, fileName: string, dir: string): Promise<string[]> {
  const read = (n: string) => ({ fileName: n, contents: fs.readFileSync(path.join(dir, n), 'utf8') });
  const result = await validateXML({
    xml: [{ fileName: path.basename(fileName), contents: xml }],
    schema: [read(MAIN_SCHEMA)],
    preload: schemaFiles(dir)
      .filter((n) => n !== MAIN_SCHEMA)
      .map(read),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/** Validates manifest text; `fileName` is only used in messages and to resolve icon files (its folder). */
export async function validateManifestText(
  xml: string,
  fileName: string,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const dir = options.schemaDir ?? DEFAULT_SCHEMA_DIR;
  // The XSDs are reference material beside the repository (../shared), not part of it: without them (a clone on its
  // own) the XSD check is skipped and says so; schemas asked for with --schemas must exist.
  const skip = options.schemaDir === undefined && !fs.existsSync(path.join(dir, MAIN_SCHEMA));
  if (!skip) schemaFiles(dir);
  const engine: Engine | 'none' = skip
    ? 'none'
    : options.engine === undefined || options.engine === 'auto'
      ? xmllintOnPath()
        ? 'xmllint'
        : 'wasm'
      : options.engine;
  const xsdErrors =
    engine === 'none'
      ? []
      : engine === 'xmllint'
        ? validateWithXmllint(xml, fileName, dir)
        : await validateWithWasm(xml, fileName, dir);
  const refs = checkReferences(xml, {
    root: options.site ? path.resolve(options.site) : path.dirname(path.resolve(fileName)),
    site: options.site !== undefined,
  });
  // Prefixed like xmllint's own messages, so an editor can jump to the line.
  const name = path.basename(fileName);
  const errors = [...xsdErrors, ...refs.errors.map((e) => `${name}: ${e}`)];
  const report: ValidationReport = {
    valid: errors.length === 0,
    engine,
    errors,
    warnings: refs.warnings.map((w) => `${name}: ${w}`),
  };
  if (skip) {
    report.xsdSkipped = `XSD 校验未运行：${dir} 下没有清单架构（仓库旁的 shared/）；引用检查已运行 / the XSD check did not run: no manifest schemas in ${dir} (shared/ beside the repository); the reference checks ran`;
  }
  return report;
}

export async function validateManifest(file: string, options: ValidateOptions = {}): Promise<ValidationReport> {
  return validateManifestText(fs.readFileSync(file, 'utf8'), file, options);
}

// ---------------------------------------------------------------------------------------------------------------

interface CliArgs {
  /** The manifests to check: one named, or both of the repository's. */
  files: string[];
  options: ValidateOptions;
  /** The XML manifest a manifest.json is compared with (undefined: the one beside it). */
  xml?: string;
}

function parseArgs(argv: string[]): CliArgs {
  let file: string | undefined;
  let xml: string | undefined;
  const options: ValidateOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new ValidationSetupError(`${a} 需要一个值 / ${a} needs a value`);
      return v;
    };
    if (a === '--site') options.site = value();
    else if (a === '--schemas') options.schemaDir = path.resolve(value());
    else if (a === '--xml') xml = path.resolve(value());
    else if (a === '--engine') {
      const e = value();
      if (e !== 'auto' && e !== 'xmllint' && e !== 'wasm') throw new ValidationSetupError(`unknown engine ${e}`);
      options.engine = e;
    } else if (a.startsWith('-')) throw new ValidationSetupError(`未知参数 ${a} / unknown argument ${a}`);
    else if (file === undefined) file = a;
    else throw new ValidationSetupError(`只能校验一个清单 / one manifest at a time`);
  }
  const root = path.resolve(__dirname, '..');
  return { files: file ? [file] : [path.join(root, 'manifest.xml'), path.join(root, 'manifest.json')], options, xml };
}

function shown(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Prints one manifest's result; returns its exit status. */
function print(file: string, r: { valid: boolean; errors: string[]; warnings: string[] }, how: string): number {
  for (const w of r.warnings) console.warn(`warning: ${w}`);
  if (r.valid) {
    console.log(`${shown(file)}: 有效 / valid (${how})`);
    return 0;
  }
  for (const e of r.errors) console.error(e);
  console.error(`${shown(file)}: 无效 / invalid (${r.errors.length} errors)`);
  return 1;
}

async function main(): Promise<number> {
  let status = 0;
  try {
    const { files, options, xml } = parseArgs(process.argv.slice(2));
    for (const file of files) {
      if (file.toLowerCase().endsWith('.json')) {
        // Loaded here, not at the top: that module builds on this one's XML reader.
        const { validateUnifiedManifest } =
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          require('./validate-unified-manifest') as typeof import('./validate-unified-manifest');
        const r = validateUnifiedManifest(file, { site: options.site, xml });
        const compared = r.comparedWith ? `, agrees with ${shown(r.comparedWith)}` : '';
        status = Math.max(status, print(file, r, `JSON schema ${r.manifestVersion}${compared}`));
      } else {
        const report = await validateManifest(file, options);
        if (report.xsdSkipped) console.log(report.xsdSkipped);
        status = Math.max(status, print(file, report, report.engine));
      }
    }
    return status;
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 2;
  }
}

if (require.main === module) {
  main().then((code) => {
    process.exitCode = code;
  });
}
