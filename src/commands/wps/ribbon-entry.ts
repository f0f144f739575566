// The entry of the WPS add-in's index.html: makes the ribbon callbacks global functions, where WPS looks for them.

import { createWpsHost } from '../../hosts/wps';
import { wpsApplication } from '../../hosts/wps/et';
import { ribbonCallbacks } from './ribbon';

const app = wpsApplication();
if (app) {
  const callbacks = ribbonCallbacks({
    app,
    createHost: () => createWpsHost(app),
    paneUrl: () => new URL('taskpane.html', document.location.href).href,
    alert: (text) => window.alert(text),
  });
  Object.assign(globalThis, callbacks);
} else {
  console.error('[indicator-checker] index.html was opened outside WPS: there is no Application object.');
}
