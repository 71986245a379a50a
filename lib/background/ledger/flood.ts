// How fast one WhatsApp tab may bring new businesses into the ledger. A person opens a few new business
// chats an hour, not a hundred a minute; a page that swaps in chats with fresh ids (hostile, or broken)
// would otherwise fill the ledger with made-up businesses. Beyond the allowance, observations that would
// add a business are acknowledged but not logged, and the ledger's health counts them (docs/data.md).
import { FLOOD_KEY, type LedgerDb } from '../db/schema';
import type { LedgerHealth, LedgerState } from '../../model/ledger-health';
import type { Observation } from '../../model/observation';

/** New businesses one tab may bring in at once, and how many more per hour after that. */
export const NEW_BUSINESS_BURST = 20;
export const NEW_BUSINESSES_PER_HOUR = 30;
const HOUR_MS = 3_600_000;
/** Tabs followed at most; a tab whose allowance is full again needs no entry. */
const MAX_TABS = 64;

export interface AllowanceLimits {
  burst: number;
  perHour: number;
}

/** A token bucket per tab, in the worker's memory (a restarted worker starts every tab full). */
export class NewBusinessAllowance {
  private readonly tabs = new Map<number, { tokens: number; at: number }>();

  constructor(private readonly limits: AllowanceLimits = { burst: NEW_BUSINESS_BURST, perHour: NEW_BUSINESSES_PER_HOUR }) {}

  /** Takes one new business from `tab`'s allowance; false when it is used up. */
  take(tab: number, now: number): boolean {
    const tokens = this.tokens(tab, now);
    if (tokens < 1) return false;
    this.tabs.delete(tab); // re-inserted last: the map stays in least-recently-used order
    this.tabs.set(tab, { tokens: tokens - 1, at: now });
    if (this.tabs.size > MAX_TABS) this.tabs.delete(this.tabs.keys().next().value!);
    return true;
  }

  private tokens(tab: number, now: number): number {
    const entry = this.tabs.get(tab);
    if (!entry) return this.limits.burst;
    const refill = (Math.max(0, now - entry.at) / HOUR_MS) * this.limits.perHour;
    return Math.min(this.limits.burst, entry.tokens + refill);
  }
}

/** The business an observation would add to the ledger, if any. */
function businessKeyOf(observation: Observation): string | undefined {
  if (observation.type === 'business-updated') return observation.business.key;
  if ((observation.type === 'chat-opened' || observation.type === 'message-sent') && observation.business) {
    return observation.business.key;
  }
  return undefined;
}

/**
 * Splits a batch into what may be logged and what is held back: an observation is held back when its
 * business is not in the ledger yet and `admit` (the tab's allowance) refuses it. Each new business asks
 * `admit` once per batch. `skip`: businesses that would not be logged anyway (paused, "don't log").
 */
export async function holdBackNewBusinesses(
  db: LedgerDb,
  observations: Observation[],
  admit: () => boolean,
  skip: (key: string) => boolean,
): Promise<{ kept: Observation[]; heldBack: number }> {
  const keys = [...new Set(observations.map(businessKeyOf).filter((key) => key !== undefined && !skip(key)))] as string[];
  if (keys.length === 0) return { kept: observations, heldBack: 0 };
  const tx = db.transaction('businesses', 'readonly');
  const known = await Promise.all(keys.map((key) => tx.store.getKey(key)));
  await tx.done;
  const refused = new Set(keys.filter((_key, i) => known[i] === undefined && !admit()));
  if (refused.size === 0) return { kept: observations, heldBack: 0 };
  const kept = observations.filter((o) => !refused.has(businessKeyOf(o) ?? ''));
  return { kept, heldBack: refused.size };
}

/** Adds `count` held-back businesses to the ledger's health. */
export async function recordHeldBack(db: LedgerDb, count: number, now: number): Promise<void> {
  const tx = db.transaction('flood', 'readwrite');
  const previous = await tx.store.get(FLOOD_KEY);
  await tx.store.put({ heldBack: (previous?.heldBack ?? 0) + count, last: now }, FLOOD_KEY);
  await tx.done;
}

/** The ledger's own health for the snapshot: `state`, and the businesses held back so far. */
export async function ledgerHealth(db: LedgerDb, state: LedgerState): Promise<LedgerHealth> {
  // A database saved by a newer version might lack the store; it then has nothing to report.
  const flood = db.objectStoreNames.contains('flood') ? await db.get('flood', FLOOD_KEY) : undefined;
  return { state, heldBack: flood?.heldBack ?? 0, lastHeldBack: flood?.last ?? null };
}
