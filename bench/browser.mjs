// One fresh headless Chromium per measured session, with one extension (or none) and the mock as
// web.whatsapp.com, and the CDP handles the bench reads: page metrics, the CPU profiler, the heap.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../tests/e2e/harness/index.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/**
 * A side of the comparison: no extension, ours (this checkout's build), or any other unpacked Chrome extension. `self`:
 * a build of this extension (ours, or another version of it passed with --extension), whose observations the bench
 * can follow.
 */
export function describeSide(dir, { ours = false } = {}) {
  if (!dir) return { key: 'none', name: 'no extension', dir: null, ours: false, self: false };
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${dir} has no manifest.json: pass the folder of an unpacked extension`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const name = localizedName(dir, manifest);
  const self = name === OUR_NAME;
  return {
    key: ours ? 'ours' : sideKey(dir),
    name: ours || !self ? name : `${name} (${basename(dir)})`,
    dir,
    ours,
    self,
    manifest,
  };
}

const OUR_NAME = 'Metadata Ledger';

function sideKey(dir) {
  const name = basename(dir) === 'src' ? basename(dirname(dir)) : basename(dir);
  return name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
}

/** The manifest's name, resolved through _locales when it is a __MSG_…__ reference. */
function localizedName(dir, manifest) {
  const match = /^__MSG_(\w+)__$/.exec(manifest.name ?? '');
  if (!match) return manifest.name ?? basename(dir);
  const file = join(dir, '_locales', manifest.default_locale ?? 'en', 'messages.json');
  if (!existsSync(file)) return basename(dir);
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  const key = Object.keys(messages).find((k) => k.toLowerCase() === match[1].toLowerCase());
  return key ? messages[key].message : basename(dir);
}

/**
 * Launches Chromium for one side. `serviceWorker` is the extension's worker (null without one), `extensionId`
 * its id. The caller closes with `close()`.
 */
export async function launchSide(side, mockPort) {
  const tmp = mkdtempSync(join(tmpdir(), 'ml-bench-'));
  const context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(mockPort, side.dir ?? undefined),
  });
  let serviceWorker = null;
  if (side.manifest?.background?.service_worker) {
    [serviceWorker] = context.serviceWorkers();
    serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  const extensionId = serviceWorker ? new URL(serviceWorker.url()).host : null;
  for (const page of context.pages()) await page.close();
  return {
    context,
    serviceWorker,
    extensionId,
    async close() {
      await Promise.race([context.close().catch(() => undefined), new Promise((ok) => setTimeout(ok, 15_000))]);
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** CDP on a page: metrics (with their monotonic Timestamp, in seconds) and the isolated worlds of its extensions. */
export async function attachCdp(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const worlds = new Map(); // execution context id → { name, frameId, origin }
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    if (c.auxData?.type === 'isolated') worlds.set(c.id, { name: c.name, frameId: c.auxData.frameId, origin: c.origin });
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable');
  return {
    cdp,
    async metrics() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    },
    /** The newest isolated world of an extension in the page's main frame (its content script), or null. */
    extensionWorld(extensionId) {
      const ids = [...worlds].filter(([, w]) => w.origin?.includes(extensionId) || w.name?.includes(extensionId)).map(([id]) => id);
      return ids.length > 0 ? Math.max(...ids) : null;
    },
  };
}

/** Collects garbage until the heap stops shrinking, then reads it. */
export async function settledHeap(cdp) {
  let last = Infinity;
  for (let i = 0; i < 5; i += 1) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (usedSize >= last - 4096) return usedSize;
    last = usedSize;
  }
  return last;
}
