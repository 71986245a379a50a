// `npm test`: every check and every test, in one command, ending with one plain line
// "N passed, N failed" that counts them all (CI reads that line; vitest's summary is not read).
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const VITEST_JSON = '.vitest.json';
const results = []; // { name, passed, failed, seconds }

function run(command, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

async function step(name, command, args, count) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const outcome = await run(command, args, { capture: Boolean(count) });
  const counted = count ? count(outcome) : { passed: outcome.code === 0 ? 1 : 0, failed: outcome.code === 0 ? 0 : 1 };
  // A runner that exits non-zero without reporting a failed test still fails the run.
  if (outcome.code !== 0 && counted.failed === 0) counted.failed = 1;
  results.push({ name, ...counted, seconds: (Date.now() - started) / 1000 });
  return outcome.code === 0;
}

const npx = 'npx';
await step('typecheck', npx, ['tsc', '--noEmit']);
await step('lint', npx, ['eslint', '.']);
await step('format (prettier --check)', npx, ['prettier', '--check', '--log-level', 'warn', '.']);
const built =
  (await step('build chrome-mv3', npx, ['wxt', 'build'])) & (await step('build firefox-mv2', npx, ['wxt', 'build', '-b', 'firefox']));
if (built) await step('web-ext lint (firefox-mv2)', npx, ['web-ext', 'lint', '-s', '.output/firefox-mv2']);

rmSync(VITEST_JSON, { force: true });
await step(
  'unit + component tests (vitest)',
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`],
  () => {
    try {
      const report = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
      return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numFailedTestSuites ?? 0) };
    } catch {
      return { passed: 0, failed: 1 };
    }
  },
);

if (built) {
  await step(
    'e2e in Chromium and Firefox (node:test)',
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/e2e/'],
    ({ out }) => {
      const number = (label) => Number(out.match(new RegExp(`^ℹ ${label} (\\d+)`, 'm'))?.[1] ?? 0);
      return { passed: number('pass'), failed: number('fail') + number('cancelled') };
    },
  );
} else {
  results.push({ name: 'e2e (not run: the build failed)', passed: 0, failed: 1, seconds: 0 });
}

console.log('\n=== summary');
for (const r of results)
  console.log(`${r.failed ? 'FAIL' : 'ok  '}  ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(1)} s)`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
