// `npm test`: every unit test, then a fresh build and every real-browser test in Chromium, then the
// Firefox build and its tests in Firefox.
// Ends with one line, "N passed, N failed", counting every test that ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'artifacts');
mkdirSync(out, { recursive: true });
// A report left by an earlier run would be counted as this run's if a runner crashed before writing one.
for (const name of ['unit-results.json', 'e2e-results.json', 'firefox-results.json']) rmSync(join(out, name), { force: true });

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

// Names the tests that failed, so the last lines of a long log say which ones without scrolling back.
function failures(label, file) {
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return report.testResults.flatMap((suite) => {
    const path = suite.name.replace(root, '');
    const failedTests = suite.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => `${label}: ${path} > ${test.fullName}`);
    // A file that failed to load has no failed tests, only its message.
    return failedTests.length || suite.status !== 'failed'
      ? failedTests
      : [`${label}: ${path}: ${String(suite.message).split('\n')[0]}`];
  });
}

function counts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 }; // the runner crashed before reporting
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.success || report.numFailedTests ? 0 : 1) };
}

const vitest = join(root, 'node_modules', '.bin', 'vitest');
const unitCode = run(vitest, ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(out, 'unit-results.json')}`]);
const unit = counts(join(out, 'unit-results.json'));

const buildCode = run(join(root, 'node_modules', '.bin', 'wxt'), ['build']);
let e2e = { passed: 0, failed: 0 };
let e2eCode = 0;
if (buildCode !== 0) {
  console.error('The extension did not build, so the real-browser tests could not run.');
  e2e = { passed: 0, failed: 1 };
  e2eCode = 1;
} else {
  e2eCode = run(vitest, ['run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${join(out, 'e2e-results.json')}`]);
  e2e = counts(join(out, 'e2e-results.json'));
}

// The Firefox build, in Debian's Firefox ESR: its own build, its own suite, counted with the rest.
const firefoxBuildCode = run(join(root, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox']);
let firefox = { passed: 0, failed: 0 };
let firefoxCode = 0;
if (firefoxBuildCode !== 0) {
  console.error('The Firefox build failed, so the Firefox tests could not run.');
  firefox = { passed: 0, failed: 1 };
  firefoxCode = 1;
} else {
  firefoxCode = run(vitest, ['run', '--config', 'vitest.firefox.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${join(out, 'firefox-results.json')}`]);
  firefox = counts(join(out, 'firefox-results.json'));
}

const failedNames = [
  ...failures('unit', join(out, 'unit-results.json')),
  ...failures('real browser', join(out, 'e2e-results.json')),
  ...failures('Firefox', join(out, 'firefox-results.json')),
];
if (failedNames.length) console.log(`\nFailed:\n${failedNames.map((name) => `  ${name}`).join('\n')}`);

const passed = unit.passed + e2e.passed + firefox.passed;
const failed = unit.failed + e2e.failed + firefox.failed;
console.log(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed; real browser: ${e2e.passed} passed, ${e2e.failed} failed; ` +
    `Firefox: ${firefox.passed} passed, ${firefox.failed} failed`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(unitCode || e2eCode || firefoxCode || failed ? 1 : 0);
