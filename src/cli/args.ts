// Command-line parsing: argv → a command with its options, or a usage error (exit status 2).

import { ProfileNameSchema, type Lang } from '../core/model';
import { cliText } from './messages';

/** auto and every profile the model knows (one list: a new profile is accepted here without another edit). */
export const PROFILES = ['auto', ...ProfileNameSchema.options] as const;
export type ProfileArg = (typeof PROFILES)[number];

export interface CommonOptions {
  inputs: string[];
  json: boolean;
  out: string | null;
  /** The language asked for with --lang; null means "from the configuration or the environment". */
  lang: Lang | null;
}

export interface CheckCommand extends CommonOptions {
  command: 'check';
  profile: ProfileArg | null;
  config: string | null;
  /** --map FILE: column mapping overrides (JSON). */
  map: string | null;
  summarySheet: boolean;
}

export interface ClearCommand extends CommonOptions {
  command: 'clear';
}

export type ParsedArgs =
  | CheckCommand
  | ClearCommand
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'usage-error'; message: string };

const VALUE_OPTIONS = new Set(['--out', '--lang', '--profile', '--config', '--map']);
const FLAG_OPTIONS = new Set(['--json', '--summary-sheet']);

/** Parses argv (without node and the script). `envLang` only chooses the language of a usage error. */
export function parseArgs(argv: readonly string[], envLang: Lang): ParsedArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  let langForErrors = envLang;
  const fail = (message: string): ParsedArgs => ({ command: 'usage-error', message });
  // --help and --version answer whatever else is on the line (before a `--`).
  const end = argv.indexOf('--');
  const options = end >= 0 ? argv.slice(0, end) : argv;
  if (options.some((a) => a === '-h' || a === '--help')) return { command: 'help' };
  if (options.some((a) => a === '-v' || a === '-V' || a === '--version')) return { command: 'version' };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (FLAG_OPTIONS.has(name) && eq < 0) {
        flags.add(name);
      } else if (VALUE_OPTIONS.has(name)) {
        let value: string | undefined;
        if (eq > 0) value = arg.slice(eq + 1);
        else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
        if (value === undefined || value === '') return fail(cliText(langForErrors).missingValue(name));
        values.set(name, value);
        if (name === '--lang' && (value === 'zh-CN' || value === 'en-US')) langForErrors = value;
      } else {
        return fail(cliText(langForErrors).unknownOption(arg));
      }
    } else {
      positional.push(arg);
    }
  }

  const t = cliText(langForErrors);
  const command = positional.shift();
  if (command === undefined) return fail(t.usage);
  if (command !== 'check' && command !== 'clear') return fail(`${t.unknownCommand(command)}\n${t.usage}`);

  const langValue = values.get('--lang');
  if (langValue !== undefined && langValue !== 'zh-CN' && langValue !== 'en-US') return fail(t.badLang(langValue));
  const lang = (langValue as Lang | undefined) ?? null;
  if (positional.length === 0) return fail(t.noInputs);
  const common: CommonOptions = {
    inputs: positional,
    json: flags.has('--json'),
    out: values.get('--out') ?? null,
    lang,
  };

  if (command === 'clear') {
    for (const opt of ['--profile', '--config', '--map']) if (values.has(opt)) return fail(t.optionNotForClear(opt));
    if (flags.has('--summary-sheet')) return fail(t.optionNotForClear('--summary-sheet'));
    if (!common.out) return fail(t.clearNeedsOut);
    return { command: 'clear', ...common };
  }

  const profile = values.get('--profile') ?? null;
  if (profile !== null && !(PROFILES as readonly string[]).includes(profile)) {
    return fail(t.badProfile(profile, PROFILES.join(', ')));
  }
  if (flags.has('--summary-sheet') && !common.out) return fail(t.summarySheetNeedsOut);
  return {
    command: 'check',
    ...common,
    profile: profile as ProfileArg | null,
    config: values.get('--config') ?? null,
    map: values.get('--map') ?? null,
    summarySheet: flags.has('--summary-sheet'),
  };
}

/** zh-CN unless the locale environment says English. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en-US' : 'zh-CN';
}
