// The walkthrough to guide on this page, as this content script knows it: from the background's `hello`
// (./extension-state.ts), never from extension storage. The guide (./guide/start-guide.ts) reads and watches it and
// clears it when a guide ends; the background learns that from the guide's own progress reports. A guide ended here
// stays ended even if a later `hello` still names it (its "cancelled" report may not have reached a sleeping worker).
export interface ActiveGuide {
  walkthroughId: string;
  startedAt: number;
}

type Listener = (value: ActiveGuide | null) => void;

let value: ActiveGuide | null = null;
let endedHere: ActiveGuide | null = null;
const listeners = new Set<Listener>();

const same = (a: ActiveGuide | null, b: ActiveGuide | null) => a?.walkthroughId === b?.walkthroughId && a?.startedAt === b?.startedAt;

function set(next: ActiveGuide | null): void {
  if (same(next, value)) return;
  value = next;
  listeners.forEach((listener) => listener(next));
}

/** The shape of the storage item it replaces for the guide: get, set, watch. The guide only ever sets null. */
export const activeGuideItem = {
  async getValue(): Promise<ActiveGuide | null> {
    return value;
  },
  /** Null: the guide ended on this page (or could not run), so it is forgotten here. */
  async setValue(next: ActiveGuide | null): Promise<void> {
    if (!next && value) endedHere = value;
    set(next);
  },
  watch(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** What the background says is active now (from each `hello`). */
export function activeGuideFromBackground(next: ActiveGuide | null): void {
  set(next && same(next, endedHere) ? null : next);
}
