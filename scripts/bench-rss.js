// Preloaded by `npm run bench` into each process it measures: prints the process's peak RSS and
// the CPU time of all its threads (user + system) on exit. CPU time does not depend on what else
// the machine runs; wall time does.
import { writeSync } from 'node:fs';
process.on('exit', () => {
	const usage = process.resourceUsage();
	writeSync(
		2,
		`\nbench:maxrss-kb=${usage.maxRSS} bench:cpu-ms=${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`
	);
});
