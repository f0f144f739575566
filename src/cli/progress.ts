// A one-line progress bar on stderr, redrawn in place; only used on a terminal and for more than one file.

export interface ProgressStream {
  write(text: string): unknown;
  columns?: number;
}

export interface Progress {
  update(done: number, label: string): void;
  finish(): void;
}

const NO_PROGRESS: Progress = { update() {}, finish() {} };

export function createProgress(stream: ProgressStream, total: number, enabled: boolean): Progress {
  if (!enabled || total <= 1) return NO_PROGRESS;
  let drawn = false;
  const width = () => Math.max(40, Math.min(stream.columns ?? 80, 120));
  return {
    update(done, label) {
      const cols = width();
      const barWidth = 20;
      const filled = Math.round((done / total) * barWidth);
      const head = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${done}/${total} `;
      const room = cols - head.length - 1;
      const shown = label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
      stream.write(`\r${head}${shown}\x1b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
