// The background's answer to every request type of the protocol. Payloads arrive checked
// (lib/schema/messages.ts) from an allowed sender (lib/protocol/sender.ts); handlers wait for the database themselves,
// because the MV3 worker may have been woken by this very message.
import { openWhatsAppTab } from './whatsapp-tab';
import type { LedgerDb } from './db/schema';
import { activeGuideItem, loadActiveGuide } from '../storage/active-guide';
import { dropLabels, forgetBusiness } from './ledger/businesses';
import { clearLedger } from './ledger/clear';
import { recentEvidence } from './ledger/evidence';
import { exportCsv, exportJson } from './ledger/export';
import { mergeExport, parseExport } from './ledger/import';
import { pruneEvents } from './ledger/prune';
import { recordObservations } from './ledger/record';
import { getSalt } from '../storage/salt';
import { buildSnapshot } from './ledger/snapshot';
import { applyGuideProgress, setWalkthroughStatus } from './ledger/walkthroughs';
import { currentTimeZone, regionFromTimeZone } from '../taxonomy/region';
import { loadSettings, updateSettings } from '../storage/preferences';
import type { Settings } from '../model/preferences';
import { MAX_KEY_LIST } from '../schema/preferences';
import { createDispatcher, type Handlers } from '../protocol/dispatch';

/** What handlers need from the running background. */
export interface Ledger {
  db(): Promise<LedgerDb>;
  now(): number;
  /** The ledger changed: `added` new events, or 0 for any other change (counts are re-read). */
  changed(added: number): Promise<void>;
}

/** Adds keys to a list without duplicates, keeping the newest when the list is full. */
function withKeys(list: string[], keys: string[]): string[] {
  return [...new Set([...list, ...keys])].slice(-MAX_KEY_LIST);
}

async function applySettingsSideEffects(ledger: Ledger, before: Settings, after: Settings): Promise<void> {
  const db = await ledger.db();
  if (before.labels && !after.labels) await dropLabels(db);
  if (after.retentionDays !== before.retentionDays) await pruneEvents(db, after, ledger.now());
  await ledger.changed(0);
}

export const HANDLERS: Handlers<Ledger> = {
  async observe({ observations }, ledger) {
    const { stored, added } = await recordObservations(await ledger.db(), observations, await loadSettings());
    await ledger.changed(added);
    return { stored };
  },

  async hello() {
    return { salt: await getSalt(), settings: await loadSettings(), activeGuide: await loadActiveGuide() };
  },

  async dismissNotice({ key }) {
    await updateSettings((s) => ({ ...s, dismissedNotices: withKeys(s.dismissedNotices, [key]) }));
    return null;
  },

  async guideProgress(progress, ledger) {
    await applyGuideProgress(await ledger.db(), progress, ledger.now());
    return null;
  },

  async getSnapshot({ days }, ledger) {
    return buildSnapshot(await ledger.db(), await loadSettings(), days, ledger.now());
  },

  async getEvidence({ category, limit }, ledger) {
    return recentEvidence(await ledger.db(), category, limit);
  },

  async updateSettings(patch, ledger) {
    const before = await loadSettings();
    const after = await updateSettings((current) => {
      const next = { ...current, ...patch };
      // Choosing a region pins it; un-choosing it lets the time zone decide again.
      if (patch.region !== undefined && patch.regionChosen === undefined) next.regionChosen = true;
      if (!next.regionChosen) next.region = regionFromTimeZone(currentTimeZone());
      return next;
    });
    await applySettingsSideEffects(ledger, before, after);
    return after;
  },

  async exportData({ format }, ledger) {
    const db = await ledger.db();
    return format === 'json' ? exportJson(db, await loadSettings(), ledger.now()) : exportCsv(db, ledger.now());
  },

  async importData({ text }, ledger) {
    const file = parseExport(text);
    const before = await loadSettings();
    // The file's settings come back with it; lists of keys are merged, never dropped.
    const merged: Settings = {
      ...file.settings,
      ignoredBusinesses: withKeys(before.ignoredBusinesses, file.settings.ignoredBusinesses),
      dismissedNotices: withKeys(before.dismissedNotices, file.settings.dismissedNotices),
    };
    const counts = await mergeExport(await ledger.db(), file, merged.labels);
    const after = await updateSettings(() => merged);
    await applySettingsSideEffects(ledger, before, after);
    return counts;
  },

  async clearAll(_payload, ledger) {
    await clearLedger(await ledger.db());
    await ledger.changed(0);
    return null;
  },

  async forgetBusiness({ key }, ledger) {
    await forgetBusiness(await ledger.db(), key);
    await updateSettings((s) => ({ ...s, dismissedNotices: s.dismissedNotices.filter((k) => k !== key) }));
    await ledger.changed(0);
    return null;
  },

  async setBusinessIgnored({ key, ignored }) {
    await updateSettings((s) => ({
      ...s,
      ignoredBusinesses: ignored ? withKeys(s.ignoredBusinesses, [key]) : s.ignoredBusinesses.filter((k) => k !== key),
    }));
    return null;
  },

  async openWhatsApp({ walkthroughId }, ledger) {
    // Written first, so the content script finds it as soon as the page loads.
    if (walkthroughId !== undefined) await activeGuideItem.setValue({ walkthroughId, startedAt: ledger.now() });
    await openWhatsAppTab();
    return null;
  },

  async setWalkthroughStatus({ walkthroughId, status }, ledger) {
    await setWalkthroughStatus(await ledger.db(), walkthroughId, status, ledger.now());
    return null;
  },
};

/** The background's message listener: checks, then the handler above. */
export const handleMessage = createDispatcher(HANDLERS);
