// Which part of a page's CPU time an extension caused, from a Chromium CPU profile (CDP Profiler).
// A sample belongs to an extension when the innermost frame that has a script URL is one of its scripts
// (chrome-extension://…): native calls it made (querySelectorAll, getAttribute…) count for it, page code it
// calls back into does not, and neither does garbage collection (no frame). Page code an extension injects
// inline, without a chrome-extension:// URL, is not seen: the whole-page script time catches it instead.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXTENSION = /^chrome-extension:\/\/[a-p]{32}\//;

/**
 * The profile with each sample's time (µs, the monotonic clock of CDP Performance.getMetrics' Timestamp) and duration.
 * A sample counts for at most three sampling intervals: a longer gap means the renderer was not scheduled (a busy
 * machine), and that wait belongs to nobody's code.
 */
export function indexProfile(profile, samplingUs) {
  const longest = 3 * samplingUs;
  const parent = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // The deciding frame of each node: itself when it has a URL, else its nearest ancestor with one.
  const decidingUrl = new Map();
  const urlOf = (id) => {
    if (decidingUrl.has(id)) return decidingUrl.get(id);
    const node = byId.get(id);
    const url = node.callFrame.url || (parent.has(id) ? urlOf(parent.get(id)) : '');
    decidingUrl.set(id, url);
    return url;
  };
  const times = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  const samples = profile.samples.map((node, i) => ({
    node,
    t: times[i],
    dt: i + 1 < times.length ? Math.min(times[i + 1] - times[i], longest) : 0,
    extension: EXTENSION.test(urlOf(node)),
  }));
  return { samples, byId, parent };
}

/** Milliseconds of extension samples between two Timestamps (seconds), or over the whole profile. */
export function extensionMs(indexed, from = -Infinity, to = Infinity) {
  let us = 0;
  for (const s of indexed.samples) if (s.extension && s.t >= from * 1e6 && s.t < to * 1e6) us += s.dt;
  return us / 1000;
}

/**
 * Self and total time per extension function, averaged over several profiles, heaviest self time first; `windows`
 * (per profile, [from, to] Timestamps in seconds) keeps only samples inside them. With a source map next to the
 * script (`<script>.map`, see the README's Performance section), positions read as source lines.
 */
export function heaviestFunctions(indexedProfiles, extensionDir, { limit = 12, windows = null } = {}) {
  const rows = new Map();
  const locate = sourceLocator(extensionDir);
  indexedProfiles.forEach((indexed, i) => {
    const inWindow = (t) => !windows || windows[i].some(([from, to]) => t >= from * 1e6 && t < to * 1e6);
    for (const s of indexed.samples) {
      if (!s.extension || !inWindow(s.t)) continue;
      const seen = new Set();
      for (let id = s.node; id !== undefined; id = indexed.parent.get(id)) {
        const frame = indexed.byId.get(id).callFrame;
        if (!frame.url) continue; // a native call made by extension code: its time is the caller's self time
        if (!EXTENSION.test(frame.url)) break; // page code calling the extension: the page's own time above
        const key = `${frame.functionName}@${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
        const row = rows.get(key) ?? { name: frame.functionName || '(anonymous)', where: locate(frame), selfMs: 0, totalMs: 0 };
        rows.set(key, row);
        if (!seen.has(key)) row.totalMs += s.dt / 1000;
        seen.add(key);
        if (!seen.has('self')) {
          row.selfMs += s.dt / 1000;
          seen.add('self');
        }
      }
    }
  });
  const n = Math.max(1, indexedProfiles.length);
  return [...rows.values()]
    .map((row) => ({ ...row, selfMs: row.selfMs / n, totalMs: row.totalMs / n }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, limit);
}

/** Maps a frame of an extension script to `source:line` through `<script>.map` when the build wrote one. */
function sourceLocator(extensionDir) {
  const maps = new Map();
  return (frame) => {
    const path = frame.url.replace(EXTENSION, '');
    if (!maps.has(path)) {
      const file = extensionDir && join(extensionDir, `${path}.map`);
      maps.set(path, file && existsSync(file) ? decodeSourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
    }
    const map = maps.get(path);
    const found = map && lookup(map, frame.lineNumber, frame.columnNumber);
    return found ? `${found.source}:${found.line + 1}` : `${path}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map v3's mappings as, per generated line, [column, source, line] segments sorted by column. */
function decodeSourceMap(map) {
  const lines = [];
  const state = [0, 0, 0, 0, 0]; // column (reset per line), source, original line, original column, name
  for (const line of map.mappings.split(';')) {
    const segments = [];
    state[0] = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      fields.forEach((delta, i) => (state[i] += delta));
      if (fields.length >= 4) segments.push([state[0], state[1], state[2]]);
    }
    lines.push(segments);
  }
  const sources = map.sources.map((source) => source.replace(/^(\.\.\/)+/, '').replace(/^.*?node_modules\//, 'node_modules/'));
  return { lines, sources };
}

function lookup(map, line, column) {
  const segments = map.lines[line];
  if (!segments) return null;
  let found = null;
  for (const segment of segments) {
    if (segment[0] > column) break;
    found = segment;
  }
  return found && { source: map.sources[found[1]], line: found[2] };
}
