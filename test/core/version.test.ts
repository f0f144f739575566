// Reports name the version package.json gives: the constant the CLI and the pane use must follow it.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TOOL_NAME, TOOL_VERSION } from '../../src/core/version';

test('TOOL_VERSION and TOOL_NAME match package.json', () => {
  const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  expect(TOOL_VERSION).toBe(pkg.version);
  expect(TOOL_NAME).toBe(pkg.name);
});
