import { readFileSync } from 'node:fs';
import { createBandAccumulator } from '/work/main/src/lib/data/bands.ts';
import { chunkBytes } from '/work/main/src/lib/data/csv.ts';
import { ingestBytes } from '/work/main/src/lib/data/ingest.ts';
import { LEVELSFYI_CSV, loadCatalogs } from '/work/main/scripts/node-catalogs.ts';
const bytes = readFileSync(LEVELSFYI_CSV);
const catalogs = loadCatalogs();
async function main() {
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const acc = createBandAccumulator();
  await ingestBytes(chunkBytes(bytes, 1 << 20), { file: 'l.csv', catalogs, onRecord: (r) => acc.add(r) });
  acc.bands();
  console.log((performance.now() - t).toFixed(0));
}
}
main();
