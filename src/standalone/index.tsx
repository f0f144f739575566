// The standalone page's entry: the pane over an .xlsx opened in the browser; no Office.js, nothing uploaded.

import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { container } from '../app/container';
import { StandaloneApp } from './StandaloneApp';

createRoot(container()).render(
  <FluentProvider theme={webLightTheme}>
    <StandaloneApp displayLanguage={navigator.language} />
  </FluentProvider>,
);
