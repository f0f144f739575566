// The host contract (test/hosts/contract.ts) run against the file host: the browser-file host is its Host (the file
// host's reader and package patcher, which the CLI uses through annotateWorkbook and clearWorkbook; the CLI itself
// has no Host object), on the contract's workbook built part by part as Excel writes it. Three cases do not apply to a
// file by nature; the suite checks what the host does instead.

import { FILLS } from '../../../src/core/annotate/types';
import { CONTRACT_FINDINGS, runHostContract, SHEET, type HostUnderTest } from '../contract';
import { fileFromContract, isProtected, type FileUnderTest } from './helpers';

const asFile = (ut: HostUnderTest) => ut as FileUnderTest;

runHostContract('file (browser-file host over the package patcher)', fileFromContract, {
  protectedSheet: {
    reason: 'a file is patched, not edited in an application: nothing refuses the write',
    instead: "a protected sheet's copy is annotated and cleared, and keeps its protection",
    check: async (ut) => {
      await ut.inspect.protect(SHEET);
      const before = ut.inspect.snapshot();
      const protectedNow = () => isProtected(asFile(ut).host.bytes() as Uint8Array, SHEET);
      expect(protectedNow()).toBe(true);
      const result = await ut.host.annotate(CONTRACT_FINDINGS);
      expect(result.written).toHaveLength(4);
      expect(ut.inspect.fill(SHEET, 'E17')).toBe(FILLS.error);
      expect(protectedNow()).toBe(true);
      await ut.host.clear();
      expect(ut.inspect.snapshot()).toEqual(before);
    },
  },
  readOnly: {
    reason: 'the page works on the bytes opened and the person downloads a new file; nothing is saved in place',
    instead: 'the bytes opened are never changed',
    check: async (ut) => {
      const host = asFile(ut).host;
      const opened = host.bytes() as Uint8Array;
      const copy = Uint8Array.from(opened);
      await host.annotate(CONTRACT_FINDINGS);
      await host.clear();
      expect(host.bytes()).not.toBe(opened);
      expect(Buffer.from(opened).equals(Buffer.from(copy))).toBe(true);
    },
  },
  settings: {
    reason: 'the page stores nothing outside the workbook the person downloads (capabilities: settings false)',
    instead: 'settings last as long as the page, and a reopened file has none',
    check: async (ut) => {
      expect((await ut.host.capabilities()).settings).toBe(false);
      const config = { profile: 'project-2021', satisfactionFloor: 80 };
      await ut.host.saveSetting('config', config);
      config.satisfactionFloor = 60;
      expect(await ut.host.loadSetting('config')).toEqual({ profile: 'project-2021', satisfactionFloor: 80 });
      const reopened = await ut.inspect.reopen();
      expect((await reopened.host.loadSetting('config')) ?? undefined).toBeUndefined();
      expect(reopened.inspect.visibleSheets()).toEqual(ut.inspect.visibleSheets());
    },
  },
});
