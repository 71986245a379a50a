// The background's answer to every request type of the protocol. Payloads arrive checked
// (lib/schema/messages.ts) from an allowed sender (lib/protocol/sender.ts); handlers wait for the database themselves,
// because the MV3 worker may have been woken by this very message.
import { openWhatsAppTab } from './whatsapp-tab';
import type { LedgerDb } from './db/schema';
import { activeGuideItem } from '../storage/active-guide';
import { dropLabels, forgetBusiness } from './ledger/businesses';
import { clearLedger } from './ledger/clear';
import { recentEvidence } from './ledger/evidence';
import { exportCsv, exportJson } from './ledger/export';
import { holdBackNewBusinesses, ledgerHealth, recordHeldBack } from './ledger/flood';
import { mergeExport, parseExport } from './ledger/import';
import { withKeys } from './ledger/key-list';
import { pruneLedger } from './ledger/prune';
import { recordObservations } from './ledger/record';
import { getSalt, saltReplacedAt } from '../storage/salt';
import { buildSnapshot } from './ledger/snapshot';
import { activeWebGuide, applyGuideProgress, setWalkthroughStatus } from './ledger/walkthroughs';
import { currentTimeZone, regionFromTimeZone } from '../taxonomy/region';
import { loadSettings, updateSettings } from '../storage/preferences';
import type { Settings } from '../model/preferences';
import { createDispatcher, type Handlers } from '../protocol/dispatch';
import { LedgerUnavailableError, stateOf } from './db/connection';

/** What handlers need from the running background. */
export interface Ledger {
  /** The ledger for writing; rejects with LedgerUnavailableError while it was saved by a newer version. */
  db(): Promise<LedgerDb>;
  /** The ledger for reading, even when saved by a newer version (lib/background/db/connection.ts). */
  readDb(): Promise<LedgerDb>;
  /** Deletes the ledger, whatever version saved it, and opens an empty one. */
  startFresh(): Promise<LedgerDb>;
  now(): number;
  /** The ledger changed: `added` new events, or 0 for any other change (counts are re-read). */
  changed(added: number): Promise<void>;
  /** For a content script's message: takes a new business from its tab's allowance (./ledger/flood.ts). */
  admitNewBusiness?: () => boolean;
}

async function applySettingsSideEffects(ledger: Ledger, before: Settings, after: Settings): Promise<void> {
  const db = await ledger.db();
  if (before.labels && !after.labels) await dropLabels(db);
  if (after.retentionDays !== before.retentionDays) await pruneLedger(db, after, ledger.now());
  await ledger.changed(0);
}

export const HANDLERS: Handlers<Ledger> = {
  async observe({ observations }, ledger) {
    const db = await ledger.db();
    const settings = await loadSettings();
    const ignored = new Set(settings.ignoredBusinesses);
    const { admitNewBusiness } = ledger;
    const { kept, heldBack } = admitNewBusiness
      ? await holdBackNewBusinesses(db, observations, admitNewBusiness, (key) => settings.paused || ignored.has(key))
      : { kept: observations, heldBack: 0 };
    if (heldBack > 0) await recordHeldBack(db, heldBack, ledger.now());
    const { added } = await recordObservations(db, kept, settings);
    await ledger.changed(added);
    // Held-back observations are acknowledged too: they were deliberately not logged.
    return { stored: observations.map((o) => o.id) };
  },

  async hello() {
    return { salt: await getSalt(), settings: await loadSettings(), activeGuide: await activeWebGuide() };
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
    const db = await ledger.readDb();
    const snapshot = await buildSnapshot(db, await loadSettings(), days, ledger.now());
    const health = { ...(await ledgerHealth(db, await stateOf(ledger.db()))), keysReplacedAt: await saltReplacedAt() };
    return { ...snapshot, health: { ...snapshot.health, ledger: health } };
  },

  async getEvidence({ category, limit }, ledger) {
    return recentEvidence(await ledger.readDb(), category, limit);
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
    const db = await ledger.readDb();
    return format === 'json' ? exportJson(db, await loadSettings(), ledger.now()) : exportCsv(db, ledger.now());
  },

  async importData({ text }, ledger) {
    // Only adds, and changes no setting: the file's settings come back as an offer (lib/model/import-report.ts).
    const report = await mergeExport(await ledger.db(), parseExport(text), await loadSettings(), ledger.now());
    await ledger.changed(0);
    return report;
  },

  async clearAll(_payload, ledger) {
    // A ledger saved by a newer version cannot be opened to be emptied: it is deleted and made anew.
    const db = await ledger.db().catch((error: unknown) => {
      if (error instanceof LedgerUnavailableError) return ledger.startFresh();
      throw error;
    });
    await clearLedger(db);
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
