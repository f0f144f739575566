// The standalone page's entry: the pane over an .xlsx opened in the browser; no Office.js, nothing uploaded.

import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StandaloneApp } from './StandaloneApp';

function container(): HTMLElement {
  const existing = document.getElementById('container');
  if (existing) return existing;
  const el = document.createElement('div');
  el.id = 'container';
  document.body.appendChild(el);
  return el;
}

createRoot(container()).render(
  <FluentProvider theme={webLightTheme}>
    <StandaloneApp displayLanguage={navigator.language} />
  </FluentProvider>,
);
