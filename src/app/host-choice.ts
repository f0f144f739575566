// Which Host the pane talks to: one injected by its page (WPS package, browser tests) or Excel's over Office.js.

import type { Host } from '../hosts/host';

declare global {
  interface Window {
    /** A Host set by the page before the pane starts: the WPS package, or a test's mock. */
    __indicatorCheckerHost?: Host;
    /**
     * The pane's language as its page knows it, over the browser's: the WPS package sets it (WPS gives no Office.js
     * and its web view's locale says nothing about the person's WPS).
     */
    __indicatorCheckerDisplayLanguage?: string;
  }
}

export type HostChoice = { kind: 'injected'; host: Host } | { kind: 'excel' } | { kind: 'none'; reason: string };

function looksLikeHost(value: unknown): value is Host {
  const h = value as Partial<Host> | null | undefined;
  return (
    typeof h === 'object' &&
    h !== null &&
    typeof h.read === 'function' &&
    typeof h.annotate === 'function' &&
    typeof h.clear === 'function' &&
    typeof h.select === 'function'
  );
}

/**
 * An injected host wins (WPS has no Office.js; tests inject a mock); otherwise Office must say Excel is the host.
 * `officeHost` is `info.host` from Office.onReady, or undefined when Office.js is not on the page.
 */
export function chooseHost(injected: unknown, officeHost: string | null | undefined): HostChoice {
  if (looksLikeHost(injected)) return { kind: 'injected', host: injected };
  if (officeHost === 'Excel') return { kind: 'excel' };
  return { kind: 'none', reason: officeHost ? `unsupported Office host: ${officeHost}` : 'no Office host' };
}
