// The ribbon's function file entry (commands.html): registers 审核本表 and 清除标注 over the Excel host.

import { createExcelHost } from '../hosts/excel';
import { registerCommands } from './run';

function displayLanguage(): string | undefined {
  try {
    return Office.context?.displayLanguage;
  } catch {
    // Office.context is not ready before onReady on some clients; the stored language or zh-CN applies then.
    return undefined;
  }
}

if (typeof Office !== 'undefined') {
  // Associating at load (not inside onReady) is what Office expects of a function file; the calls come later.
  registerCommands(
    Office as unknown as Parameters<typeof registerCommands>[0],
    globalThis as unknown as Record<string, unknown>,
    {
      createHost: () => createExcelHost(),
      displayLanguage,
    },
  );
  void Office.onReady();
}
