// Rendering helpers for the pane's component tests (jsdom): the App inside a FluentProvider, and jsdom gaps filled.

import { configure, render, screen, waitFor, type RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App, type AppProps } from '../../src/taskpane/App';

// A check runs the whole core pipeline; on a busy two-core machine that takes longer than the default 1 s wait.
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no layout: Fluent's MessageBar watches its width with a ResizeObserver, which jsdom lacks.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoLayoutResizeObserver;
}

/** jsdom lacks object URLs; the pane's downloads create one per file. Captured blobs are returned for inspection. */
export function captureDownloads(): { blobs: Blob[]; names: string[] } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  let n = 0;
  (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (b: Blob) => {
    blobs.push(b);
    return `blob:test/${++n}`;
  };
  (URL as unknown as { revokeObjectURL: (u: string) => void }).revokeObjectURL = () => undefined;
  // jsdom does not navigate on a link click; record the download name instead.
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    names.push(this.download);
  };
  return { blobs, names };
}

export function renderApp(props: AppProps): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App {...props} />
    </FluentProvider>,
  );
}

/** Waits until the pane has loaded its settings (the check button becomes enabled). */
export async function ready(checkLabel = '审核'): Promise<HTMLElement> {
  const button = screen.getByRole('button', { name: checkLabel });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  return button;
}

/** Blob text (jsdom's Blob may lack text()). */
export function blobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
