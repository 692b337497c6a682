// Bare papaparse streaming a CSV file, as the baseline `npm run bench` holds the CLI against:
// a Node read stream of the file decoded as UTF-8 and parsed by papaparse's own streamer in
// array mode, rows counted and dropped. Prints the row count.
//
//   node scripts/bench-papaparse-stream.js FILE

import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

const file = process.argv[2];
if (!file) {
	console.error('usage: node scripts/bench-papaparse-stream.js FILE');
	process.exit(2);
}
let rows = 0;
Papa.parse(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), {
	header: false,
	chunk(results) {
		rows += results.data.length;
	},
	complete() {
		console.log(`rows ${rows}`);
	},
	error(error) {
		console.error(error.message);
		process.exitCode = 1;
	}
});
