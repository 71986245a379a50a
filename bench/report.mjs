// From the rounds' raw numbers to the one table `npm run bench` prints (and bench/results.json keeps): medians with
// their range, each side as a difference or ratio against no extension in the same round, and the budgets of
// issue 13 beside ours. Budgets are reported here, never asserted.
import { writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { pairedDifferences, pairedRatios, quantile, summary } from './stats.mjs';

const fmt = (value, digits) =>
  value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : value.toLocaleString('en', { maximumFractionDigits: digits ?? (Math.abs(value) < 10 ? 1 : 0) });
const signed = (value, digits) => (value > 0 ? `+${fmt(value, digits)}` : fmt(value, digits));
const range = (s, show = fmt) => (s.n > 1 ? ` [${show(s.min)}…${show(s.max)}]` : '');

/** Per round, one number from each session of a side (null when the session failed). */
const perRound = (sessions, pick) => sessions.map((session) => (session && !session.error ? pick(session) : NaN));

/**
 * The table's rows: { measure, budget, cells: { [side key]: text }, ok } where `ok` says whether ours met the budget
 * (undefined when the row has none).
 */
export function summarize(results) {
  const { sides, heavy, memory, sizes, ledger, config } = results;
  const none = sides.find((side) => side.key === 'none');
  const others = sides.filter((side) => side !== none);
  const rows = [];
  const row = (measure, budget, cells, ok) => rows.push({ measure, budget, cells, ok });

  if (heavy) {
    const base = (pick) => perRound(heavy[none.key], pick);
    const scriptOf = (s) => s.total.script;
    const baseScript = summary(base(scriptOf));
    const cells = { [none.key]: `${fmt(baseScript.median)} ms${range(baseScript)}` };
    let oursDelta = null;
    for (const side of others) {
      const deltas = summary(pairedDifferences(perRound(heavy[side.key], scriptOf), base(scriptOf)));
      const ratios = summary(pairedRatios(perRound(heavy[side.key], scriptOf), base(scriptOf)));
      cells[side.key] = `${signed(deltas.median)} ms${range(deltas, signed)} ×${fmt(ratios.median, 2)}`;
      if (side.ours) oursDelta = deltas.median;
    }
    row('Page script time, heavy session (Δ, ×)', '≤ +40 ms', cells, oursDelta === null ? undefined : oursDelta <= 40);

    const taskOf = (s) => s.total.task;
    const baseTask = summary(base(taskOf));
    const taskCells = { [none.key]: `${fmt(baseTask.median)} ms${range(baseTask)}` };
    for (const side of others) {
      const deltas = summary(pairedDifferences(perRound(heavy[side.key], taskOf), base(taskOf)));
      taskCells[side.key] = `${signed(deltas.median)} ms${range(deltas, signed)}`;
    }
    row('Page task time, heavy session (Δ)', '', taskCells);

    const own = (label, budget, limit, pick, digits) => {
      const cells = { [none.key]: '—' };
      let ours = null;
      for (const side of others) {
        const s = summary(perRound(heavy[side.key], pick));
        cells[side.key] = `${fmt(s.median, digits)} ms${range(s, (v) => fmt(v, digits))}`;
        if (side.ours) ours = s.median;
      }
      row(label, budget, cells, limit === undefined || ours === null ? undefined : ours <= limit);
    };
    const phase = (s, name) => s.phases[name] ?? { extension: 0, count: 0 };
    own("Extension's own CPU, heavy session (profile)", '≤ 40 ms', 40, (s) => s.total.extension);
    own('· content-script start-up', '≤ 10 ms', 10, (s) => phase(s, 'startup').extension);
    own('· per chat open', '≤ 2 ms', 2, (s) => phase(s, 'chat-open').extension / Math.max(1, config.chatOpens), 2);
    own('· per sent message', '≤ 0.3 ms', 0.3, (s) => phase(s, 'messages').extension / Math.max(1, config.messages), 2);
    own('· chat list churning alone, per minute', '≈ 0 (≤ 10 ms)', 10, (s) => (phase(s, 'churn').extension * 60) / config.churnSeconds);

    const heapOf = (s) => s.heap / 1e6;
    const heapCells = { [none.key]: `${fmt(summary(base(heapOf)).median, 2)} MB` };
    for (const side of others)
      heapCells[side.key] = `${signed(summary(pairedDifferences(perRound(heavy[side.key], heapOf), base(heapOf))).median, 2)} MB`;
    row('JS heap after the session, garbage collected (Δ)', '', heapCells);

    // Builds of this extension: the worker noted when each observation arrived.
    const selves = others.filter((side) => side.self);
    for (const [key, label] of [
      ['chat', 'Detection latency, header render → chat-opened (p50 / p95; n)'],
      ['message', 'Detection latency, outgoing row → message-sent (p50 / p95; n)'],
    ]) {
      const cells = {};
      let ok;
      for (const side of selves) {
        const values = heavy[side.key].flatMap((s) => (s && !s.error ? s.latency[key] : []));
        const p95 = quantile(values, 0.95);
        cells[side.key] = `${fmt(quantile(values, 0.5))} / ${fmt(p95)} ms; ${values.length}`;
        if (side.ours && p95 !== null) ok = p95 <= 50;
      }
      if (selves.length > 0) row(label, 'p95 ≤ 50 ms', cells, ok);
    }
  }

  if (memory) {
    const growth = (key, pick) => perRound(memory[key], (m) => pick(m.many) - pick(m.few));
    const heap = (m) => m.heap / 1e6;
    const baseHeap = growth(none.key, heap);
    const heapCells = { [none.key]: `${signed(summary(baseHeap).median, 2)} MB` };
    const listenerCells = { [none.key]: signed(summary(growth(none.key, (m) => m.listeners)).median, 0) };
    let oursHeap = null;
    let oursListeners = null;
    for (const side of others) {
      const extra = summary(pairedDifferences(growth(side.key, heap), baseHeap));
      heapCells[side.key] = `${signed(extra.median, 2)} MB${range(extra, (v) => signed(v, 2))}`;
      const listeners = summary(
        pairedDifferences(
          growth(side.key, (m) => m.listeners),
          growth(none.key, (m) => m.listeners),
        ),
      );
      listenerCells[side.key] = `${signed(listeners.median, 0)}${range(listeners, (v) => signed(v, 0))}`;
      if (side.ours) [oursHeap, oursListeners] = [extra.median, listeners.median];
    }
    row(
      'Heap growth, 10 → 1,000 chat switches (none: growth; others: Δ)',
      '≤ 1 MB',
      heapCells,
      oursHeap === null ? undefined : oursHeap <= 1,
    );
    row(
      'JS listener growth, 10 → 1,000 switches (none: growth; others: Δ)',
      '0',
      listenerCells,
      oursListeners === null ? undefined : oursListeners <= 0,
    );
    const cells = {};
    let ok;
    for (const side of others.filter((side) => side.self)) {
      const few = summary(perRound(memory[side.key], (m) => m.few.observers)).median;
      const many = summary(perRound(memory[side.key], (m) => m.many.observers)).median;
      cells[side.key] = `${fmt(few, 0)} → ${fmt(many, 0)}`;
      if (side.ours) ok = many <= few;
    }
    if (Object.keys(cells).length > 0) row('MutationObservers in the content script, 10 → 1,000 switches', 'no growth', cells, ok);
  }

  if (sizes) {
    const kb = (bytes) => (bytes === null ? '—' : `${fmt(bytes / 1024, 1)} kB`);
    const content = {};
    const popup = {};
    for (const side of others) {
      content[side.key] = kb(sizes[side.key].contentGzip);
      popup[side.key] = kb(sizes[side.key].popupGzip);
    }
    const ours = others.find((side) => side.ours);
    row('Content script, gzip (ours: with every locale table)', '≤ 20 kB', content, ours && sizes[ours.key].contentGzip <= 20 * 1024);
    row('Popup, gzip', '≤ 35 kB', popup, ours && sizes[ours.key].popupGzip <= 35 * 1024);
  }

  const ours = others.find((side) => side.ours);
  if (ledger && ours) {
    const cell = (text) => ({ [ours.key]: text });
    if (ledger.error) row('Ledger at scale', '', cell(`failed: ${ledger.error}`));
    else {
      const { small, big, prune } = ledger;
      const scale = `${fmt(big.events, 0)} events`;
      const versus = (key, budget, limit) =>
        row(
          `${key === 'popupMs' ? 'Popup' : 'Dashboard'} first render, ${scale} (p50 of 5; × the 1,000-event case)`,
          budget,
          cell(`${fmt(big[key])} ms ×${fmt(big[key] / small[key], 2)} (1,000: ${fmt(small[key])} ms)`),
          big[key] <= limit,
        );
      versus('popupMs', '≤ 150 ms', 150);
      versus('dashboardMs', '≤ 400 ms', 400);
      row(
        `Burst of 100 observations written, ${scale} (p50 of 5)`,
        '≤ 50 ms',
        cell(`${fmt(big.burstMs)} ms (1,000: ${fmt(small.burstMs)} ms)`),
        big.burstMs <= 50,
      );
      row(
        'Snapshot latency while pruning ÷ after',
        '≤ ×2',
        cell(
          `×${fmt(prune.duringMs / prune.afterMs, 2)} (${fmt(prune.duringMs)} / ${fmt(prune.afterMs)} ms; pruned in ${fmt(prune.seconds, 0)} s)`,
        ),
        prune.duringMs / prune.afterMs <= 2,
      );
      row(
        `Export of everything (${fmt(ledger.export.events, 0)} events, ${config.tallyYears} years of tallies)`,
        'completes',
        cell(
          ledger.export.ok
            ? `${fmt(ledger.export.bytes / 1e6, 1)} MB in ${fmt(ledger.export.seconds)} s`
            : `failed: ${ledger.export.error}`,
        ),
        ledger.export.ok,
      );
    }
  }
  return rows;
}

/** The rows as one plain-text table (also valid Markdown). */
export function formatTable(rows, sides) {
  const header = ['Measure', 'Budget', ...sides.map((side) => side.name), 'Ours vs budget'];
  const lines = rows.map((r) => [
    r.measure,
    r.budget,
    ...sides.map((side) => r.cells[side.key] ?? ''),
    r.ok === undefined ? '' : r.ok ? 'within' : 'OVER',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)));
  const render = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [render(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(render)].join('\n');
}

/** bench/results.json, formatted as the repository's Prettier config wants it. */
export async function writeResults(file, results) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(JSON.stringify(results), { ...options, parser: 'json' }));
}
