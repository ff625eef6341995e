// `npm run security:scan` (part of `npm test`): Doyensec's electronegativity over the code that
// ships (main process, preload, renderer, shared; no tests or tools). Fails on any HIGH finding
// that main/security/electronegativity-allowlist.json does not explain. Offline and fast:
// its translation download is replaced by an immediate "not found", and the one check that
// downloads Electron's release list is left out (`npm outdated electron` answers that question).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { allowListProblems, judgeFindings } from './securityScanPolicy.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ALLOW_LIST = path.join(ROOT, 'main', 'security', 'electronegativity-allowlist.json');
const SHIPPED = ['main', 'shared', 'renderer/src', 'renderer/index.html', 'package.json'];
const NOT_SHIPPED = /(\.test\.[jt]sx?$|^main\/(testing|tooling)\/)/;

const require = createRequire(
  path.join(ROOT, 'node_modules', '@doyensec', 'electronegativity', 'package.json'),
);
const gotPath = require.resolve('got');
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: async () => ({ statusCode: 404, body: '' }),
};
const runElectronegativity = require('./dist/runner.js');
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

// A copy of just the shipped files, so the scan neither walks node_modules nor reports on tests.
const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-scan-'));
try {
  for (const entry of SHIPPED) {
    fs.cpSync(path.join(ROOT, entry), path.join(staging, entry), {
      recursive: true,
      filter: (source) => !NOT_SHIPPED.test(path.relative(ROOT, source).split(path.sep).join('/')),
    });
  }
  const result = await runElectronegativity({
    input: staging,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  const unparsed = result.errors.filter((e) => !e.tolerable);
  const findings = result.issues.map((issue) => ({
    id: issue.id,
    file: issue.file.split(path.sep).join('/'),
    line: issue.location.line,
    severity: issue.severity.name,
    description: issue.description,
  }));

  const allowList = JSON.parse(fs.readFileSync(ALLOW_LIST, 'utf8'));
  const listProblems = allowListProblems(allowList);
  const { failing, explained, stale } = judgeFindings(findings, listProblems.length ? [] : allowList);

  console.log(
    `electronegativity (Electron ${electronVersion}): ${String(result.atomicChecks + result.globalChecks)} checks, ` +
      `${String(findings.length)} fund, ${String(explained.length)} forklaret i tilladelseslisten.`,
  );
  for (const f of findings.filter((x) => !failing.includes(x) && !explained.includes(x)))
    console.log(`  (${f.severity}) ${f.id} ${f.file}:${String(f.line)}`);
  const errors = [
    ...listProblems.map((p) => `Tilladelseslisten: ${p}`),
    ...unparsed.map((e) => `Kunne ikke læse ${e.file}: ${e.message}`),
    ...failing.map((f) => `${f.id} i ${f.file}:${String(f.line)}: ${f.description}`),
    ...stale.map(
      (e) =>
        `Tilladelseslisten forklarer ${e.check} i ${e.file}, men det fund er der ikke længere: fjern posten`,
    ),
  ];
  if (errors.length > 0) {
    console.error(
      `Sikkerhedsscanningen fejlede. Ret koden, eller forklar fundet i ${path.relative(ROOT, ALLOW_LIST)}:\n` +
        errors.map((e) => `  - ${e}`).join('\n'),
    );
    process.exitCode = 1;
  }
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
