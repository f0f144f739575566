'use strict';
// Preloaded (`node --require`) into each process the benchmark times whole: prints the process's peak resident set
// (the kernel's high-water mark, worker threads included) and its CPU time (user + system, every thread) on stderr
// as it exits.
const fs = require('node:fs');
process.on('exit', () => {
  try {
    const usage = process.resourceUsage();
    const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
    fs.writeSync(2, `\nBENCH_PEAK_RSS_KB=${usage.maxRSS}\nBENCH_CPU_MS=${cpuMs}\n`);
  } catch {
    // stderr closed: no figure
  }
});
