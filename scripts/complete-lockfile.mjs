// Records every platform's optional native binaries in package-lock.json, so that `npm ci` accepts
// the lockfile on any operating system, not only on the one where it was last written.
// Run after `npm install` whenever a dependency changes.
import fs from 'node:fs';

const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
const entries = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(entries)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path === '' ? '' : `${path}/`}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (entries[nested] || entries[hoisted]) continue;
    entries[hoisted] = { version, dev: entry.dev, optional: true };
    added++;
  }
}
fs.writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: recorded ${added} optional platform packages`);
