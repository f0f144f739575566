// The WPS ribbon's callbacks (named in wps/ribbon.xml): 审核本表, 审核面板 and 清除标注 over the WPS host.
//
// 审核本表 and 清除标注 run the same pipeline as the Excel ribbon (../run.ts: the workbook's settings and
// mapping, check, plan, apply, select the worst finding), which stores a summary the pane shows when it opens. WPS
// has a status bar an add-in may write, so the summary's one-line message also goes there at once; a failure is
// shown in a WPS message box as well, because a status bar is easily missed. 审核面板 opens the same React pane
// (taskpane.html) in a WPS task pane, created once and then shown or hidden.

import { summaryMessage, type CommandSummary } from '../../app/summary';
import type { Lang } from '../../core/model';
import type { Host } from '../../hosts/host';
import { MSO_CTP_DOCK_RIGHT, MSO_LANGUAGE_ID_UI, type WpsApplication, type WpsTaskPane } from '../../hosts/wps/et';
import { checkActiveSheet, clearAnnotations, type CommandEnv } from '../run';

/** The control ids of wps/ribbon.xml; OnAction switches on them. */
export const CONTROL_IDS = {
  check: 'btnCheckSheet',
  pane: 'btnTaskPane',
  clear: 'btnClearMarks',
} as const;

/** GetImage's answer per control: paths relative to index.html, as WPS expects. */
export const IMAGES: Record<string, string> = {
  [CONTROL_IDS.check]: 'images/check.svg',
  [CONTROL_IDS.pane]: 'images/pane.svg',
  [CONTROL_IDS.clear]: 'images/clear.svg',
};

/** Where the task pane's id is kept between clicks (PluginStorage is shared by the add-in's pages, not saved). */
export const PANE_ID_KEY = 'indicator-checker.taskpane-id';

const PANE_TITLE: Record<Lang, string> = { 'zh-CN': '指标审核', 'en-US': 'Indicator Checker' };

/** The control WPS passes to a callback (IRibbonControl: Id and Tag). */
export interface RibbonControl {
  Id: string;
  Tag?: string;
}

export interface RibbonEnv {
  app: WpsApplication;
  createHost: () => Host;
  /** The absolute URL of the pane page (next to index.html). */
  paneUrl: () => string;
  /** A message box the person must acknowledge (WPS's alert). */
  alert: (text: string) => void;
  now?: () => Date;
}

/** Chinese for a Chinese WPS (any zh LCID: 2052, 1028, 3076, 5124, 4100), English otherwise. */
export function wpsLanguage(app: WpsApplication): Lang {
  try {
    const lcid = app.LanguageSettings.LanguageID(MSO_LANGUAGE_ID_UI);
    // The primary language id of every Chinese LCID is 0x04.
    return (lcid & 0x3ff) === 0x04 ? 'zh-CN' : 'en-US';
  } catch {
    return 'zh-CN';
  }
}

function existingPane(app: WpsApplication): WpsTaskPane | null {
  const id = Number(app.PluginStorage.getItem(PANE_ID_KEY));
  if (!Number.isInteger(id) || id <= 0) return null;
  try {
    return app.GetTaskPane(id);
  } catch {
    // The pane was closed for good (its window is gone): a new one is made.
    return null;
  }
}

/** Shows the pane (creating it the first time) or hides it when it is showing. */
export function togglePane(env: RibbonEnv): WpsTaskPane {
  const pane = existingPane(env.app);
  if (pane) {
    pane.Visible = !pane.Visible;
    return pane;
  }
  const created = env.app.CreateTaskPane(env.paneUrl(), PANE_TITLE[wpsLanguage(env.app)]);
  created.DockPosition = MSO_CTP_DOCK_RIGHT;
  env.app.PluginStorage.setItem(PANE_ID_KEY, created.ID);
  created.Visible = true;
  return created;
}

/** Puts a command's outcome in front of the person: the status bar always, a message box when it failed. */
function tell(env: RibbonEnv, summary: CommandSummary): CommandSummary {
  const message = summaryMessage(summary)[wpsLanguage(env.app)];
  try {
    env.app.StatusBar = message;
  } catch {
    // No status bar (an embedded WPS): the message box below still shows failures, the pane shows the rest.
  }
  if (!summary.ok) env.alert(message);
  return summary;
}

function commandEnv(env: RibbonEnv): CommandEnv {
  return { createHost: env.createHost, displayLanguage: () => wpsLanguage(env.app), now: env.now };
}

export interface RibbonCallbacks {
  OnAddinLoad: (ribbonUI: unknown) => boolean;
  OnAction: (control: RibbonControl) => Promise<CommandSummary | null> | WpsTaskPane | null;
  GetImage: (control: RibbonControl) => string;
}

/** The global functions wps/ribbon.xml names. */
export function ribbonCallbacks(env: RibbonEnv): RibbonCallbacks {
  return {
    // WPS calls this first, once the ribbon is parsed; returning true keeps the add-in loaded.
    OnAddinLoad: () => true,
    OnAction: (control) => {
      switch (control.Id) {
        case CONTROL_IDS.check:
          return checkActiveSheet(commandEnv(env)).then((s) => tell(env, s));
        case CONTROL_IDS.clear:
          return clearAnnotations(commandEnv(env)).then((s) => tell(env, s));
        case CONTROL_IDS.pane:
          return togglePane(env);
        default:
          return null;
      }
    },
    GetImage: (control) => IMAGES[control.Id] ?? '',
  };
}
