// Offline validation of the unified app manifest for Microsoft 365 (manifest.json) and its language files: the JSON
// schemas shipped in the npm package @microsoft/app-manifest (validated with ajv exactly as that package does), what the
// schema cannot check (files, icon sizes, https, action references, translations), and that it says what manifest.xml
// says (id, version, names, descriptions, requirements, permission, ribbon group, buttons, labels, tooltips, icons, URLs).
// `npm run validate` runs it beside the XML checks (scripts/validate-manifest.ts); nothing here touches the network.
//
// What the manifest follows (Microsoft's documentation):
// - Office Add-ins with the unified app manifest for Microsoft 365 (base properties, "extensions", sample manifest,
//   which clients load it): https://learn.microsoft.com/office/dev/add-ins/develop/unified-manifest-overview
// - Compare the add-in only (XML) manifest with the unified manifest (the element ↔ property mapping checked below):
//   https://learn.microsoft.com/office/dev/add-ins/develop/json-manifest-overview
// - "extensions" reference (requirements, runtimes, ribbons, alternates):
//   https://learn.microsoft.com/microsoft-365/extensibility/schema/element-extensions
//   https://learn.microsoft.com/microsoft-365/extensibility/schema/extension-runtimes-array
//   https://learn.microsoft.com/microsoft-365/extensibility/schema/extension-ribbons-array-tabs-item
// - Add-in commands (task pane runtime with an openPage action, function commands as executeFunction actions whose id
//   is the name given to Office.actions.associate, contexts "default", builtInTabId "TabHome" for Excel):
//   https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands-unified-manifest
//   https://learn.microsoft.com/office/dev/add-ins/develop/built-in-ui-ids
// - Requirements ("extensions.requirements": scopes and capabilities):
//   https://learn.microsoft.com/office/dev/add-ins/develop/requirements-property-unified-manifest
// - Permission names (ReadWriteDocument ↔ Document.ReadWrite.User):
//   https://learn.microsoft.com/office/dev/add-ins/develop/requesting-permissions-for-api-use-in-content-and-task-pane-add-ins
// - Localization (localizationInfo; language files keyed by the JSON path of each string):
//   https://learn.microsoft.com/microsoft-365/extensibility/schema/root-localization-info
//   https://learn.microsoft.com/microsoftteams/platform/resources/schema/localization-schema
// - App package (manifest.json + 192×192 colour icon + 32×32 transparent outline icon + language files):
//   https://learn.microsoft.com/office/dev/add-ins/overview/app-package-for-microsoft-365

import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { ValidationSetupError, parseXml, pngSize, type XmlElement } from './validate-manifest';

// ---------------------------------------------------------------------------------------------------------------
// The schemas of @microsoft/app-manifest and ajv as that package sets it up (AppManifestUtils.validateAgainstSchema).
// Its own helper cannot be used: it loads fs-extra, which the package does not depend on, and fetches a schema it does
// not ship. ajv, ajv-draft-04 and ajv-formats are resolved from the package's own folder, so they are its versions.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface AjvError {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}
type ValidateFn = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

function appManifestRequire(): NodeJS.Require {
  try {
    return createRequire(require.resolve('@microsoft/app-manifest/package.json'));
  } catch {
    throw new ValidationSetupError(
      '找不到 npm 包 @microsoft/app-manifest（统一清单的 JSON 架构）/ the npm package @microsoft/app-manifest (the unified manifest JSON schemas) is not installed',
    );
  }
}

/** The folder of the Microsoft 365 app manifest schemas in @microsoft/app-manifest: one `v<version>` folder each. */
export function schemaRoot(): string {
  return path.join(path.dirname(appManifestRequire().resolve('./package.json')), 'build', 'json-schemas', 'teams');
}

/** The schema folder name and the $schema URL a manifestVersion goes with ("1.30" → v1.30; "devPreview" → vDevPreview). */
export function schemaFor(manifestVersion: string): { folder: string; url: string; localizationUrl: string } {
  const folder = manifestVersion === 'devPreview' ? 'vDevPreview' : `v${manifestVersion}`;
  const base = `https://developer.microsoft.com/json-schemas/teams/${folder}`;
  return {
    folder,
    url: `${base}/MicrosoftTeams.schema.json`,
    localizationUrl: `${base}/MicrosoftTeams.Localization.schema.json`,
  };
}

/** The manifest versions whose schemas the installed package ships. */
export function shippedVersions(): string[] {
  const root = schemaRoot();
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .filter((n) => /^v(\d+\.\d+|DevPreview)$/.test(n))
    .map((n) => (n === 'vDevPreview' ? 'devPreview' : n.slice(1)));
}

const compiled = new Map<string, ValidateFn>();

function compileSchema(file: string, unicodeRegExp: boolean): ValidateFn {
  const key = `${file}|${unicodeRegExp}`;
  const hit = compiled.get(key);
  if (hit) return hit;
  const req = appManifestRequire();
  const mod = req('ajv-draft-04') as { default?: unknown };
  const Ajv = (mod.default ?? mod) as new (o: Record<string, unknown>) => { compile(s: unknown): ValidateFn };
  const formats = req('ajv-formats') as { default?: unknown };
  const addFormats = (formats.default ?? formats) as (ajv: unknown, names: string[]) => void;
  // The same clean-up the package applies before parsing: some patterns use \a and \v, which JSON does not allow.
  const raw = fs.readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  // The Localization schema has a key pattern (activities.activityTypes[…]) that is not a valid regular expression in
  // Unicode mode (a lone "]"); ajv compiles it only without the u flag. The app manifest schema compiles in Unicode mode.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const fn = ajv.compile(JSON.parse(raw));
  compiled.set(key, fn);
  return fn;
}

function schemaErrors(fn: ValidateFn, data: unknown): string[] {
  if (fn(data)) return [];
  const out = (fn.errors ?? []).map((e) => {
    const where = e.instancePath || '(root)';
    const extra = e.params && 'additionalProperty' in e.params ? ` "${String(e.params.additionalProperty)}"` : '';
    return `${where} ${e.message ?? 'is invalid'}${extra}`;
  });
  return [...new Set(out)];
}

// ---------------------------------------------------------------------------------------------------------------

export interface UnifiedValidateOptions {
  /** A built site (dist/): every page and icon under the manifest's base URL must be a file in it. */
  site?: string;
  /**
   * The XML manifest to compare with: a path; null to skip; undefined for manifest.xml beside the JSON (dist/ holds
   * both), else the repository's manifest.xml.
   */
  xml?: string | null;
}

export interface UnifiedReport {
  valid: boolean;
  manifestVersion: string | null;
  /** The XML manifest compared with, or null. */
  comparedWith: string | null;
  errors: string[];
  warnings: string[];
}

const ROOT = path.resolve(__dirname, '..');

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function arr(v: Json | undefined): Json[] {
  return Array.isArray(v) ? v : [];
}

function str(v: Json | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The value at a localization key ("extensions[0].ribbons[0].label", "name.short") in the manifest. */
export function valueAt(manifest: Json, key: string): Json | undefined {
  let cur: Json | undefined = manifest;
  for (const part of key.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m || !isObject(cur)) return undefined;
    cur = cur[m[1]];
    for (const i of m[2].matchAll(/\[(\d+)\]/g)) {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[Number(i[1])];
    }
  }
  return cur;
}

/** The keys of the strings users see, as the language files name them. */
export function localizableKeys(manifest: Json): string[] {
  const keys = ['name.short', 'name.full', 'description.short', 'description.full'].filter(
    (k) => typeof valueAt(manifest, k) === 'string',
  );
  const ext = arr(isObject(manifest) ? manifest.extensions : undefined);
  ext.forEach((e, ei) => {
    if (!isObject(e)) return;
    arr(e.ribbons).forEach((r, ri) => {
      if (!isObject(r)) return;
      arr(r.tabs).forEach((t, ti) => {
        if (!isObject(t)) return;
        const tab = `extensions[${ei}].ribbons[${ri}].tabs[${ti}]`;
        if (typeof t.label === 'string') keys.push(`${tab}.label`);
        arr(t.groups).forEach((g, gi) => {
          if (!isObject(g)) return;
          const group = `${tab}.groups[${gi}]`;
          if (typeof g.label === 'string') keys.push(`${group}.label`);
          arr(g.controls).forEach((c, ci) => {
            if (!isObject(c)) return;
            const control = `${group}.controls[${ci}]`;
            if (typeof c.label === 'string') keys.push(`${control}.label`);
            if (isObject(c.supertip)) keys.push(`${control}.supertip.title`, `${control}.supertip.description`);
          });
        });
      });
    });
  });
  return keys;
}

/** A path inside the package folder (relative, no "..", forward slashes), or null. */
function packagePath(rel: string | undefined): string | null {
  if (!rel || path.isAbsolute(rel) || /^[a-z]+:/i.test(rel) || rel.includes('\\')) return null;
  const norm = path.posix.normalize(rel);
  return norm.startsWith('../') || norm === '..' ? null : norm;
}

// ---------------------------------------------------------------------------------------------------------------
// What manifest.xml says, in the terms the comparison needs.

interface Localized {
  value: string;
  /** By lower-case locale. */
  overrides: Map<string, string>;
}

interface XmlControl {
  id: string;
  label?: Localized;
  title?: Localized;
  description?: Localized;
  icons: Array<{ size: number; url: string }>;
  action: { type: string; functionName?: string; taskpaneId?: string; url?: string };
}

export interface XmlFacts {
  id?: string;
  version?: string;
  provider?: string;
  defaultLocale?: string;
  displayName?: Localized;
  description?: Localized;
  iconUrl?: string;
  highResolutionIconUrl?: string;
  hosts: string[];
  sets: Array<{ name: string; minVersion?: string }>;
  sourceLocation?: string;
  permissions?: string;
  functionFile?: string;
  tabs: Array<{
    id: string;
    groups: Array<{
      id: string;
      label?: Localized;
      icons: Array<{ size: number; url: string }>;
      controls: XmlControl[];
    }>;
  }>;
  locales: string[];
}

function kids(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}
function kid(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return kids(el, name)[0];
}
function* descendants(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* descendants(c);
}

function localized(el: XmlElement | undefined): Localized | undefined {
  if (!el || el.attrs.DefaultValue === undefined) return undefined;
  const overrides = new Map<string, string>();
  for (const o of kids(el, 'Override')) overrides.set((o.attrs.Locale ?? '').toLowerCase(), o.attrs.Value ?? '');
  return { value: el.attrs.DefaultValue, overrides };
}

export function xmlFacts(xml: string): XmlFacts {
  const root = parseXml(xml);
  const resources = new Map<string, Localized>();
  for (const el of descendants(root)) {
    if (['Images', 'Urls', 'ShortStrings', 'LongStrings'].includes(el.name)) {
      for (const r of el.children) {
        const l = localized(r);
        if (r.attrs.id && l) resources.set(r.attrs.id, l);
      }
    }
  }
  const res = (el: XmlElement | undefined): Localized | undefined =>
    el?.attrs.resid ? resources.get(el.attrs.resid) : undefined;
  const icons = (el: XmlElement | undefined) =>
    kids(kid(el, 'Icon'), 'Image').map((i) => ({ size: Number(i.attrs.size), url: res(i)?.value ?? '' }));
  const locales = new Set<string>();
  for (const el of descendants(root))
    if (el.name === 'Override' && el.attrs.Locale) locales.add(el.attrs.Locale.toLowerCase());

  const facts: XmlFacts = {
    id: kid(root, 'Id')?.text.trim(),
    version: kid(root, 'Version')?.text.trim(),
    provider: kid(root, 'ProviderName')?.text.trim(),
    defaultLocale: kid(root, 'DefaultLocale')?.text.trim(),
    displayName: localized(kid(root, 'DisplayName')),
    description: localized(kid(root, 'Description')),
    iconUrl: kid(root, 'IconUrl')?.attrs.DefaultValue,
    highResolutionIconUrl: kid(root, 'HighResolutionIconUrl')?.attrs.DefaultValue,
    hosts: kids(kid(root, 'Hosts'), 'Host').map((h) => h.attrs.Name ?? ''),
    sets: kids(kid(kid(root, 'Requirements'), 'Sets'), 'Set').map((s) => ({
      name: s.attrs.Name ?? '',
      minVersion: s.attrs.MinVersion ?? kid(kid(root, 'Requirements'), 'Sets')?.attrs.DefaultMinVersion,
    })),
    sourceLocation: kid(kid(root, 'DefaultSettings'), 'SourceLocation')?.attrs.DefaultValue,
    permissions: kid(root, 'Permissions')?.text.trim(),
    tabs: [],
    locales: [...locales],
  };
  for (const el of descendants(root)) {
    if (el.name === 'FunctionFile') facts.functionFile = res(el)?.value;
    if (el.name !== 'OfficeTab' && el.name !== 'CustomTab') continue;
    facts.tabs.push({
      id: el.attrs.id ?? '',
      groups: kids(el, 'Group').map((g) => ({
        id: g.attrs.id ?? '',
        label: res(kid(g, 'Label')),
        icons: icons(g),
        controls: kids(g, 'Control').map((c) => {
          const action = kid(c, 'Action');
          return {
            id: c.attrs.id ?? '',
            label: res(kid(c, 'Label')),
            title: res(kid(kid(c, 'Supertip'), 'Title')),
            description: res(kid(kid(c, 'Supertip'), 'Description')),
            icons: icons(c),
            action: {
              type: action?.attrs['xsi:type'] ?? '',
              functionName: kid(action, 'FunctionName')?.text.trim(),
              taskpaneId: kid(action, 'TaskpaneId')?.text.trim(),
              url: res(kid(action, 'SourceLocation'))?.value,
            },
          };
        }),
      })),
    });
  }
  return facts;
}

/** XML Host names and the unified manifest's scopes. */
const SCOPE_OF_HOST: Record<string, string> = {
  Workbook: 'workbook',
  Document: 'document',
  Presentation: 'presentation',
  Mailbox: 'mail',
};

/** XML <Permissions> and the unified manifest's resource-specific permission names (requesting-permissions doc). */
export const PERMISSION_OF_XML: Record<string, string> = {
  Restricted: 'Document.Restricted.User',
  ReadDocument: 'Document.Read.User',
  ReadAllDocument: 'Document.ReadAll.User',
  WriteDocument: 'Document.Write.User',
  ReadWriteDocument: 'Document.ReadWrite.User',
};

// ---------------------------------------------------------------------------------------------------------------

interface Context {
  manifest: JsonObject;
  /** Language file contents by lower-case language tag (the default language maps to the manifest's own strings). */
  languages: Map<string, JsonObject>;
  defaultTag: string;
  errors: string[];
  warnings: string[];
}

/** A string as the users of one language see it: the manifest's own in the default language, else the language file's. */
function seen(ctx: Context, key: string, tag: string): string | undefined {
  const own = str(valueAt(ctx.manifest, key));
  if (tag === ctx.defaultTag) return own;
  const file = ctx.languages.get(tag);
  return str(file?.[key]) ?? own;
}

function compareWithXml(ctx: Context, facts: XmlFacts, xmlName: string): void {
  const m = ctx.manifest;
  const show = (v: unknown) => (v === undefined ? 'missing' : JSON.stringify(v));
  const err = (what: string, here: unknown, there: unknown) =>
    ctx.errors.push(`${what} is ${show(here)} here but ${show(there)} in ${xmlName}`);
  const same = (what: string, here: unknown, there: unknown) => {
    if (JSON.stringify(here) !== JSON.stringify(there)) err(what, here, there);
  };

  same('id', str(m.id)?.toLowerCase(), facts.id?.toLowerCase());
  const version = str(m.version);
  if (version === undefined || facts.version !== `${version}.0`) {
    err('version', version, facts.version);
    ctx.errors[ctx.errors.length - 1] += ' (the XML version must be this one with ".0" added)';
  }
  same('developer.name', str(isObject(m.developer) ? m.developer.name : undefined), facts.provider);

  // Languages: the same default, and a language file for every locale the XML overrides.
  same('localizationInfo.defaultLanguageTag', ctx.defaultTag, facts.defaultLocale?.toLowerCase());
  const tags = [ctx.defaultTag, ...ctx.languages.keys()];
  same('the additional languages', [...ctx.languages.keys()].sort(), [...facts.locales].sort());

  const localizedSame = (what: string, key: string, there: Localized | undefined) => {
    for (const tag of tags) {
      const want =
        tag === facts.defaultLocale?.toLowerCase() ? there?.value : (there?.overrides.get(tag) ?? there?.value);
      const have = seen(ctx, key, tag);
      if (have !== want) err(`${what} (${tag})`, have, want);
    }
  };
  localizedSame('name.short', 'name.short', facts.displayName);
  localizedSame('description.full', 'description.full', facts.description);

  const ext = isObject(arr(m.extensions)[0]) ? (arr(m.extensions)[0] as JsonObject) : {};
  const req = isObject(ext.requirements) ? ext.requirements : {};
  same(
    'extensions[0].requirements.scopes',
    arr(req.scopes),
    facts.hosts.map((h) => SCOPE_OF_HOST[h] ?? h),
  );
  same(
    'extensions[0].requirements.capabilities',
    arr(req.capabilities).map((c) => (isObject(c) ? { name: str(c.name), minVersion: str(c.minVersion) } : c)),
    facts.sets.map((s) => ({ name: s.name, minVersion: s.minVersion })),
  );
  const permissions = arr(
    isObject(m.authorization) && isObject(m.authorization.permissions)
      ? m.authorization.permissions.resourceSpecific
      : undefined,
  )
    .filter(isObject)
    .map((p) => str(p.name));
  same(
    'authorization.permissions.resourceSpecific',
    permissions,
    facts.permissions ? [PERMISSION_OF_XML[facts.permissions] ?? facts.permissions] : [],
  );

  // Catalog icons: "alternates[].alternateIcons" carries IconUrl (32) and HighResolutionIconUrl (64).
  const alt = arr(ext.alternates).find((a) => isObject(a) && isObject(a.alternateIcons)) as JsonObject | undefined;
  const altIcons = alt && isObject(alt.alternateIcons) ? alt.alternateIcons : undefined;
  const altUrl = (k: string) => (altIcons && isObject(altIcons[k]) ? str((altIcons[k] as JsonObject).url) : undefined);
  same('alternates.alternateIcons.icon.url', altUrl('icon'), facts.iconUrl);
  same('alternates.alternateIcons.highResolutionIcon.url', altUrl('highResolutionIcon'), facts.highResolutionIconUrl);

  // Runtimes: the task pane page, the function file and the actions the buttons run.
  const runtimes = arr(ext.runtimes).filter(isObject);
  const actionOf = new Map<string, { type?: string; view?: string; page?: string }>();
  for (const r of runtimes) {
    const page = isObject(r.code) ? str(r.code.page) : undefined;
    for (const a of arr(r.actions).filter(isObject))
      actionOf.set(str(a.id) ?? '', { type: str(a.type), view: str(a.view), page });
  }
  const panePages = [...actionOf.values()].filter((a) => a.type === 'openPage').map((a) => a.page);
  if (facts.sourceLocation && !panePages.includes(facts.sourceLocation)) {
    err('the task pane (the page of an openPage action)', panePages, facts.sourceLocation);
  }

  // Ribbon: the same tabs, groups and buttons, in the same order, with the same words and icons.
  const jsonTabs = arr(ext.ribbons)
    .filter(isObject)
    .flatMap((r, ri) =>
      arr(r.tabs).map((t, ti) => ({ t: isObject(t) ? t : {}, key: `extensions[0].ribbons[${ri}].tabs[${ti}]` })),
    );
  same(
    'the ribbon tabs',
    jsonTabs.map(({ t }) => str(t.builtInTabId) ?? str(t.id)),
    facts.tabs.map((t) => t.id),
  );
  const iconList = (v: Json | undefined) =>
    arr(v)
      .filter(isObject)
      .map((i) => ({ size: i.size, url: i.url }));
  facts.tabs.forEach((xtab, i) => {
    const jt = jsonTabs[i];
    if (!jt) return;
    const groups = arr(jt.t.groups).filter(isObject);
    same(
      `the groups on ${xtab.id}`,
      groups.map((g) => str(g.id)),
      xtab.groups.map((g) => g.id),
    );
    xtab.groups.forEach((xg, gi) => {
      const g = groups[gi];
      if (!g) return;
      const gkey = `${jt.key}.groups[${gi}]`;
      localizedSame(`label of group ${xg.id}`, `${gkey}.label`, xg.label);
      same(`icons of group ${xg.id}`, iconList(g.icons), xg.icons);
      const controls = arr(g.controls).filter(isObject);
      same(
        `the buttons of group ${xg.id}`,
        controls.map((c) => str(c.id)),
        xg.controls.map((c) => c.id),
      );
      xg.controls.forEach((xc, ci) => {
        const c = controls[ci];
        if (!c) return;
        const ckey = `${gkey}.controls[${ci}]`;
        localizedSame(`label of button ${xc.id}`, `${ckey}.label`, xc.label);
        localizedSame(`supertip.title of button ${xc.id}`, `${ckey}.supertip.title`, xc.title);
        localizedSame(`supertip.description of button ${xc.id}`, `${ckey}.supertip.description`, xc.description);
        same(`icons of button ${xc.id}`, iconList(c.icons), xc.icons);
        const actionId = str(c.actionId) ?? '';
        const action = actionOf.get(actionId);
        if (xc.action.type === 'ExecuteFunction') {
          same(
            `the action of button ${xc.id}`,
            { type: action?.type, id: actionId, page: action?.page },
            {
              type: 'executeFunction',
              id: xc.action.functionName,
              page: facts.functionFile,
            },
          );
        } else if (xc.action.type === 'ShowTaskpane') {
          same(
            `the action of button ${xc.id}`,
            { type: action?.type, view: action?.view, page: action?.page },
            {
              type: 'openPage',
              view: xc.action.taskpaneId,
              page: xc.action.url,
            },
          );
        } else {
          ctx.errors.push(
            `button ${xc.id}: ${xmlName}'s action type ${xc.action.type} has no counterpart checked here`,
          );
        }
      });
    });
  });
}

function checkFilesAndUrls(ctx: Context, dir: string, site: string | undefined): void {
  const m = ctx.manifest;
  const ext = isObject(arr(m.extensions)[0]) ? (arr(m.extensions)[0] as JsonObject) : {};

  // Package files: the two icons at the sizes the app package needs.
  const icons = isObject(m.icons) ? m.icons : {};
  for (const [key, size] of [
    ['color', 192],
    ['outline', 32],
  ] as const) {
    const rel = packagePath(str(icons[key]));
    if (!rel) {
      ctx.errors.push(`icons.${key} must be a relative path inside the app package: ${JSON.stringify(icons[key])}`);
      continue;
    }
    const file = path.join(dir, rel);
    if (!fs.existsSync(file)) {
      ctx.errors.push(`icons.${key}: ${rel} does not exist`);
      continue;
    }
    const s = pngSize(fs.readFileSync(file));
    if (!s) ctx.errors.push(`icons.${key}: ${rel} is not a PNG`);
    else if (s.width !== size || s.height !== size)
      ctx.errors.push(`icons.${key}: ${rel} is ${s.width}×${s.height}, expected ${size}×${size}`);
  }

  // URLs: https only; the ones under the add-in's base are files we ship.
  const runtimes = arr(ext.runtimes).filter(isObject);
  const pane = runtimes.find((r) => arr(r.actions).some((a) => isObject(a) && a.type === 'openPage'));
  const panePage = pane && isObject(pane.code) ? str(pane.code.page) : undefined;
  let base: string | null = null;
  try {
    base = panePage ? new URL('.', panePage).href : null;
  } catch {
    base = null;
  }
  if (!base) ctx.errors.push('no runtime opens a task pane page (an openPage action with code.page)');
  const urls: Array<{ where: string; url: string; size?: number; page: boolean }> = [];
  const walk = (v: Json | undefined, where: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
    else if (isObject(v)) {
      if (typeof v.url === 'string' && typeof v.size === 'number')
        urls.push({ where: `${where}.url`, url: v.url, size: v.size, page: false });
      for (const [k, x] of Object.entries(v)) if (k !== 'url') walk(x, where ? `${where}.${k}` : k);
    }
  };
  walk(ext, 'extensions[0]');
  runtimes.forEach((r, i) => {
    if (!isObject(r.code)) return;
    for (const k of ['page', 'script']) {
      const u = str(r.code[k]);
      if (u) urls.push({ where: `extensions[0].runtimes[${i}].code.${k}`, url: u, page: true });
    }
  });
  if (isObject(m.developer)) {
    for (const k of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
      const u = str(m.developer[k]);
      if (u) urls.push({ where: `developer.${k}`, url: u, page: true });
    }
  }
  const root = site ? path.resolve(site) : dir;
  for (const { where, url, size, page } of urls) {
    if (!/^https:\/\//i.test(url)) {
      ctx.errors.push(`${where}: ${url} is not an https URL (Office loads add-in files over SSL only)`);
      continue;
    }
    if (!base || !url.startsWith(base)) continue;
    if (page && !site) continue;
    const u = new URL(url);
    const rel = decodeURIComponent(u.pathname.slice(new URL(base).pathname.length));
    const file = path.join(root, rel);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      ctx.errors.push(`${where}: ${url} → ${path.relative(process.cwd(), file) || file} does not exist`);
      continue;
    }
    if (size !== undefined) {
      const s = pngSize(fs.readFileSync(file));
      if (!s) ctx.errors.push(`${where}: ${rel} is not a PNG`);
      else if (s.width !== size || s.height !== size)
        ctx.errors.push(`${where}: ${rel} is ${s.width}×${s.height}, expected ${size}×${size}`);
    }
  }
}

function checkActions(ctx: Context): void {
  const ext = isObject(arr(ctx.manifest.extensions)[0]) ? (arr(ctx.manifest.extensions)[0] as JsonObject) : {};
  const actions = new Map<string, string>();
  for (const r of arr(ext.runtimes).filter(isObject)) {
    for (const a of arr(r.actions).filter(isObject)) {
      const id = str(a.id) ?? '';
      if (actions.has(id)) ctx.errors.push(`action id "${id}" is defined twice`);
      actions.set(id, str(a.type) ?? '');
      // The id is what the function file passes to Office.actions.associate (create-addin-commands-unified-manifest).
      if (a.type === 'executeFunction' && !/^[A-Za-z_$][\w$]*$/.test(id)) {
        ctx.errors.push(
          `executeFunction action "${id}" is not a JavaScript identifier (the name given to Office.actions.associate)`,
        );
      }
    }
  }
  const used = new Set<string>();
  const ids = new Set<string>();
  const visit = (v: Json | undefined): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) {
      if (typeof v.id === 'string' && (typeof v.type === 'string' || Array.isArray(v.controls))) {
        if (['button', 'menu', 'menuItem'].includes(String(v.type)) || Array.isArray(v.controls)) {
          if (ids.has(v.id)) ctx.errors.push(`id "${v.id}" is used twice in the ribbon`);
          ids.add(v.id);
        }
      }
      if (typeof v.actionId === 'string') {
        used.add(v.actionId);
        if (!actions.has(v.actionId)) ctx.errors.push(`actionId "${v.actionId}" names no action of any runtime`);
      }
      Object.values(v).forEach(visit);
    }
  };
  visit(ext.ribbons);
  visit(ext.autoRunEvents);
  visit(ext.keyboardShortcuts);
  for (const id of actions.keys()) if (!used.has(id)) ctx.warnings.push(`action "${id}" is never used`);
}

/** Validates manifest.json text; `fileName`'s folder is the app package's folder (icons, language files). */
export function validateUnifiedManifestText(
  text: string,
  fileName: string,
  options: UnifiedValidateOptions = {},
): UnifiedReport {
  const name = path.basename(fileName);
  const dir = path.dirname(path.resolve(fileName));
  const report: UnifiedReport = { valid: false, manifestVersion: null, comparedWith: null, errors: [], warnings: [] };
  const done = (): UnifiedReport => {
    report.errors = report.errors.map((e) => (e.startsWith(`${name}`) || /^\S+\.json: /.test(e) ? e : `${name}: ${e}`));
    report.warnings = report.warnings.map((w) => `${name}: ${w}`);
    report.valid = report.errors.length === 0;
    return report;
  };

  let manifest: Json;
  try {
    manifest = JSON.parse(text) as Json;
  } catch (e) {
    report.errors.push(`not valid JSON: ${(e as Error).message}`);
    return done();
  }
  if (!isObject(manifest)) {
    report.errors.push('the manifest must be a JSON object');
    return done();
  }
  const version = str(manifest.manifestVersion);
  report.manifestVersion = version ?? null;
  if (!version) {
    report.errors.push('manifestVersion is missing: it chooses the schema');
    return done();
  }
  const schema = schemaFor(version);
  const schemaFile = path.join(schemaRoot(), schema.folder, 'MicrosoftTeams.schema.json');
  if (!fs.existsSync(schemaFile)) {
    report.errors.push(
      `manifestVersion ${version} has no schema in @microsoft/app-manifest (it ships ${shippedVersions().join(', ')})`,
    );
    return done();
  }
  if (manifest.$schema !== schema.url) {
    report.errors.push(
      `$schema is ${JSON.stringify(manifest.$schema)}; manifestVersion ${version} goes with ${schema.url}`,
    );
  }
  for (const e of schemaErrors(compileSchema(schemaFile, true), manifest)) report.errors.push(`schema: ${e}`);

  // Language files.
  const info = isObject(manifest.localizationInfo) ? manifest.localizationInfo : {};
  const ctx: Context = {
    manifest,
    languages: new Map(),
    defaultTag: (str(info.defaultLanguageTag) ?? 'en-us').toLowerCase(),
    errors: report.errors,
    warnings: report.warnings,
  };
  const locSchemaFile = path.join(schemaRoot(), schema.folder, 'MicrosoftTeams.Localization.schema.json');
  const wanted = localizableKeys(manifest);
  for (const lang of arr(info.additionalLanguages).filter(isObject)) {
    const tag = (str(lang.languageTag) ?? '').toLowerCase();
    const rel = packagePath(str(lang.file));
    if (!rel) {
      report.errors.push(
        `localizationInfo: the ${tag} file must be a relative path inside the app package: ${JSON.stringify(lang.file)}`,
      );
      continue;
    }
    const file = path.join(dir, rel);
    if (!fs.existsSync(file)) {
      report.errors.push(`localizationInfo: ${rel} (${tag}) does not exist`);
      continue;
    }
    let loc: Json;
    try {
      loc = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
    } catch (e) {
      report.errors.push(`${rel}: not valid JSON: ${(e as Error).message}`);
      continue;
    }
    if (!isObject(loc)) {
      report.errors.push(`${rel}: must be a JSON object`);
      continue;
    }
    ctx.languages.set(tag, loc);
    if (loc.$schema !== undefined && loc.$schema !== schema.localizationUrl) {
      report.errors.push(
        `${rel}: $schema is ${JSON.stringify(loc.$schema)}; manifestVersion ${version} goes with ${schema.localizationUrl}`,
      );
    }
    if (fs.existsSync(locSchemaFile)) {
      for (const e of schemaErrors(compileSchema(locSchemaFile, false), loc))
        report.errors.push(`${rel}: schema: ${e}`);
    }
    for (const key of wanted) if (typeof loc[key] !== 'string') report.errors.push(`${rel}: no ${tag} text for ${key}`);
    for (const key of Object.keys(loc)) {
      if (key === '$schema' || key === 'localizationKeys') continue;
      if (typeof valueAt(manifest, key) !== 'string')
        report.errors.push(`${rel}: translates ${key}, which the manifest does not have`);
    }
  }

  checkFilesAndUrls(ctx, dir, options.site);
  checkActions(ctx);

  // The XML manifest it must agree with.
  let xmlFile: string | null;
  if (options.xml === null) xmlFile = null;
  else if (options.xml !== undefined) xmlFile = path.resolve(options.xml);
  else
    xmlFile = fs.existsSync(path.join(dir, 'manifest.xml'))
      ? path.join(dir, 'manifest.xml')
      : path.join(ROOT, 'manifest.xml');
  if (xmlFile) {
    if (!fs.existsSync(xmlFile)) {
      report.errors.push(`${xmlFile} does not exist: nothing to compare with`);
    } else {
      report.comparedWith = xmlFile;
      let facts: XmlFacts | null = null;
      try {
        facts = xmlFacts(fs.readFileSync(xmlFile, 'utf8'));
      } catch (e) {
        report.errors.push(`${path.basename(xmlFile)} cannot be read for the comparison: ${(e as Error).message}`);
      }
      if (facts) compareWithXml(ctx, facts, path.basename(xmlFile));
    }
  }
  return done();
}

export function validateUnifiedManifest(file: string, options: UnifiedValidateOptions = {}): UnifiedReport {
  return validateUnifiedManifestText(fs.readFileSync(file, 'utf8'), file, options);
}
