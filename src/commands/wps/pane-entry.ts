// Runs before the pane's own entry (src/taskpane/index.tsx) in the WPS pane page: injects the WPS host it will use.

// The declaration of window.__indicatorCheckerHost lives with the pane's host choice.
import type {} from '../../app/host-choice';
import { createWpsHost } from '../../hosts/wps';
import { wpsApplication } from '../../hosts/wps/et';

const app = wpsApplication();
// Without WPS (the page opened in a browser) nothing is injected and the pane says it found no host.
if (app) {
  window.__indicatorCheckerHost = createWpsHost(app);
  // The pane's language inside WPS: Chinese, the product's first language, unless the person chose another in the
  // pane's settings. Not the web view's locale (an English Windows gives en-US to a Chinese WPS user), and not
  // Application.LanguageSettings.LanguageID(msoLanguageIDUI): WPS's JS API documentation does not list it (only
  // third-party typings declare it), so the pane does not rely on it.
  window.__indicatorCheckerDisplayLanguage = 'zh-CN';
}
