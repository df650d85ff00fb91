// Preloaded by the benchmark: writes the process's peak RSS (KiB, worker threads included) to
// the file named by LEDGER_RSS_OUT when the process exits.
const fs = require('node:fs');
process.on('exit', () => {
  if (process.env.LEDGER_RSS_OUT) fs.writeFileSync(process.env.LEDGER_RSS_OUT, String(process.resourceUsage().maxRSS));
});
