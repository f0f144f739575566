'use strict';
// Preloaded (`node --require`) into each process the benchmark times whole: prints the process's peak resident set
// (the kernel's high-water mark, worker threads included) on stderr as it exits.
const fs = require('node:fs');
process.on('exit', () => {
  try {
    fs.writeSync(2, `\nBENCH_PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
  } catch {
    // stderr closed: no figure
  }
});
