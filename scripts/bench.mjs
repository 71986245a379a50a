// `npm run bench`: what the extension costs WhatsApp Web, side by side with no extension (and with any other
// extension given) in one run, as differences and ratios against no extension in the same round; prints one table
// and writes bench/results.json. The README's "Performance" section shows the latest table and how to run it.
//
//   npm run bench                                   ours against no extension
//   npm run bench -- --extension DIR [--extension DIR …]   also any other unpacked Chrome extension
//   npm run bench -- --only heavy,memory,sizes,ledger       some parts only
//
// Environment: BENCH_ROUNDS (heavy sessions per side, default 5), BENCH_MEMORY_ROUNDS (default 3), BENCH_EVENTS
// (ledger events, default 1,000,000), BENCH_CHURN_SECONDS (the churn-only phase, default 15),
// BENCH_SAMPLING_US (CPU profiler interval, default 200), CHROMIUM (default /usr/bin/chromium).
// Parts: bench/session.mjs (the heavy session), bench/memory.mjs, bench/sizes.mjs, bench/ledger.mjs; the CPU
// profile attribution in bench/profile.mjs; the table in bench/report.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILDS, ROOT } from '../tests/e2e/harness/index.mjs';
import { startMockServer } from '../tests/e2e/harness/server.mjs';
import { CHROMIUM, describeSide } from '../bench/browser.mjs';
import { benchLedger } from '../bench/ledger.mjs';
import { memorySession } from '../bench/memory.mjs';
import { heaviestFunctions } from '../bench/profile.mjs';
import { formatTable, summarize, writeResults } from '../bench/report.mjs';
import { CHURN_MS, HEAVY_SESSION, INCOMING_MS, chatSettleMs, heavySession, latencies } from '../bench/session.mjs';
import { extensionSizes } from '../bench/sizes.mjs';

const { values: args } = parseArgs({
  options: { extension: { type: 'string', multiple: true, default: [] }, only: { type: 'string' } },
});
const env = (name, fallback) => Number(process.env[name] ?? fallback);
const config = {
  rounds: env('BENCH_ROUNDS', 5),
  memoryRounds: env('BENCH_MEMORY_ROUNDS', 3),
  events: env('BENCH_EVENTS', 1_000_000),
  churnSeconds: env('BENCH_CHURN_SECONDS', 15),
  samplingUs: env('BENCH_SAMPLING_US', 200),
  churnMs: CHURN_MS,
  incomingMs: INCOMING_MS,
  chatOpens: HEAVY_SESSION.length,
  messages: HEAVY_SESSION.reduce((sum, [, n]) => sum + n, 0),
  tallyYears: 3,
};
const parts = new Set((args.only ?? 'heavy,memory,sizes,ledger').split(','));
/** A session that has not finished by then has hung (a crashed page, an extension that broke the mock). */
const SESSION_LIMIT_MS = 10 * 60_000;

const started = Date.now();
const log = (message) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${message}`);

if (!existsSync(join(BUILDS.chromium, 'manifest.json'))) {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
const sides = [
  describeSide(null),
  describeSide(BUILDS.chromium, { ours: true }),
  ...args.extension.map((dir) => describeSide(resolve(dir))),
];

/** Side order of a round: rotated each round and reversed every other one, so drift hits every side alike. */
function orderOf(round) {
  const rotated = sides.map((_, i) => sides[(i + round) % sides.length]);
  return round % 2 === 0 ? rotated : rotated.reverse();
}

/** Runs one session with a time limit; a failure is recorded for that side and round, and the run goes on. */
async function attempt(what, run) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), SESSION_LIMIT_MS);
  try {
    return await run(abort.signal);
  } catch (error) {
    log(`${what} failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    return { error: String(error instanceof Error ? error.message.split('\n')[0] : error) };
  } finally {
    clearTimeout(timer);
  }
}

const results = {
  date: new Date().toISOString(),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    chromium: execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
  },
  config,
  sides: sides.map(({ key, name, dir, ours, self }) => ({
    key,
    name,
    ours,
    self,
    dir: dir && (dir.startsWith(ROOT) ? dir.slice(ROOT.length + 1) : dir),
  })),
};

const mock = await startMockServer();
try {
  if (parts.has('heavy')) {
    results.heavy = Object.fromEntries(sides.map((side) => [side.key, []]));
    const settleMs = chatSettleMs();
    const profiles = [];
    const windows = [];
    for (let round = 0; round < config.rounds; round += 1) {
      for (const side of orderOf(round)) {
        log(`heavy session, round ${round + 1}/${config.rounds}: ${side.name}`);
        const session = await attempt(`${side.name}, round ${round + 1}`, (signal) => heavySession(side, mock.port, { ...config, signal }));
        if (!session.error && side.ours) {
          profiles.push(session.indexed);
          windows.push(Object.values(session.windows).flat());
        }
        const { indexed: _profile, marks: _marks, arrivals: _arrivals, windows: _windows, ...kept } = session;
        results.heavy[side.key][round] = session.error ? kept : { ...kept, latency: latencies(session, settleMs) };
      }
    }
    results.profile = heaviestFunctions(profiles, BUILDS.chromium, { windows });
  }

  if (parts.has('memory')) {
    results.memory = Object.fromEntries(sides.map((side) => [side.key, []]));
    for (let round = 0; round < config.memoryRounds; round += 1) {
      for (const side of orderOf(round)) {
        log(`1,000 chat switches, round ${round + 1}/${config.memoryRounds}: ${side.name}`);
        results.memory[side.key][round] = await attempt(`${side.name} memory, round ${round + 1}`, (signal) =>
          memorySession(side, mock.port, { signal }),
        );
      }
    }
  }

  if (parts.has('sizes')) {
    results.sizes = Object.fromEntries(sides.filter((side) => side.dir).map((side) => [side.key, extensionSizes(side.dir)]));
  }

  if (parts.has('ledger')) {
    log(`ledger at scale (${config.events.toLocaleString('en')} events)`);
    results.ledger = await benchLedger({ events: config.events, log }).catch((error) => ({
      error: String(error instanceof Error ? error.message.split('\n')[0] : error),
    }));
  }
} finally {
  await mock.close();
}

results.summary = summarize(results);
const table = formatTable(results.summary, sides);
console.log(
  `Metadata Ledger bench, ${results.date.slice(0, 10)} (${results.commit}), ${results.machine.chromium}, ${results.machine.cpus} CPUs; ` +
    `${config.rounds} rounds per side, side order alternated; medians [min…max]; Δ and × against no extension in the same round.`,
);
console.log(table);
if (results.profile?.length) {
  console.log('\nHeaviest functions of our content script (CPU profile; self and total time, mean per heavy session):');
  for (const fn of results.profile.slice(0, 8)) {
    console.log(`  ${fn.selfMs.toFixed(1).padStart(6)} ms self, ${fn.totalMs.toFixed(1).padStart(6)} ms total  ${fn.name}  ${fn.where}`);
  }
}
mkdirSync(join(ROOT, 'bench'), { recursive: true });
await writeResults(join(ROOT, 'bench', 'results.json'), results);
log('wrote bench/results.json');
