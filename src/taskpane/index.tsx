// The task pane's entry: after Office.onReady, picks the host (injected, or Excel) and renders the pane once.

import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, Link, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { createExcelHost } from '../hosts/excel';
import type { Host } from '../hosts/host';
import { App } from './App';
import { chooseHost } from '../app/host-choice';
import { langFromDisplayLanguage, t } from '../app/i18n';
import { container } from '../app/container';

function officeDisplayLanguage(): string | undefined {
  if (typeof window !== 'undefined' && window.__indicatorCheckerDisplayLanguage)
    return window.__indicatorCheckerDisplayLanguage;
  try {
    if (typeof Office !== 'undefined' && Office.context && Office.context.displayLanguage)
      return Office.context.displayLanguage;
  } catch {
    // Office.context throws outside an Office host: fall through to the browser's language.
  }
  return typeof navigator !== 'undefined' ? navigator.language : undefined;
}

function render(content: React.ReactElement): void {
  createRoot(container()).render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
}

function start(officeHost: string | null | undefined): void {
  const displayLanguage = officeDisplayLanguage();
  const choice = chooseHost(window.__indicatorCheckerHost, officeHost);
  let host: Host;
  if (choice.kind === 'injected') host = choice.host;
  else if (choice.kind === 'excel') host = createExcelHost();
  else {
    const lang = langFromDisplayLanguage(displayLanguage);
    render(
      <main lang={lang}>
        <MessageBar intent="warning" data-code="no-host" layout="multiline">
          {/* The standalone page sits beside this page in every build (dist/ and the WPS package). */}
          <MessageBarBody>
            {t(lang, 'noHost')} <Link href="standalone.html">{t(lang, 'noHostLink')}</Link>
          </MessageBarBody>
        </MessageBar>
      </main>,
    );
    return;
  }
  render(<App host={host} displayLanguage={displayLanguage} />);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady((info) => start(info.host ? String(info.host) : undefined));
} else {
  // WPS loads no Office.js: its package injects the host before this script runs.
  start(undefined);
}
