// A transaction that failed half-way must not commit what it wrote so far: IndexedDB commits a
// transaction whose requests all succeeded, even when the code driving it threw in between.

/** Aborts `tx` if it is still running; its rejection is expected and swallowed. */
export function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}
