// `npm run bench`: builds the CLI, then runs every bench/*.bench.mjs in turn. Each prints its own
// lines with ratios against a baseline measured in the same run.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
execFileSync('npm', ['run', '--silent', 'build'], { cwd: join(here, '..'), stdio: 'inherit' });
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`== ${file}`);
  try {
    execFileSync(process.execPath, [join(here, file)], { stdio: 'inherit' });
  } catch {
    failed += 1;
    console.log(`${file}: FAILED`);
  }
}
process.exitCode = failed ? 1 : 0;
