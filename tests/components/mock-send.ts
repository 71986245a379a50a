// A scripted background for component tests: answers `send` from a table, records every request.
import { vi } from 'vitest';
import { send } from '@/lib/protocol/client';
import type { MessageType, Protocol } from '@/lib/protocol/contract';
import type { Snapshot } from '@/lib/model/snapshot';

type Handlers = { [K in MessageType]?: (payload: Protocol[K]['payload']) => Protocol[K]['value'] | Promise<Protocol[K]['value']> };

/** Routes mocked `send` calls to `handlers`; getSnapshot answers `snapshot` unless a handler overrides it. */
export function answer(snapshot: Snapshot | (() => Snapshot), handlers: Handlers = {}): void {
  vi.mocked(send).mockImplementation((async (type: MessageType, payload: unknown) => {
    const handler = handlers[type] as ((p: unknown) => unknown) | undefined;
    if (handler) return handler(payload);
    if (type === 'getSnapshot') return typeof snapshot === 'function' ? snapshot() : snapshot;
    return null;
  }) as typeof send);
}

/** The payloads of every `send(type, …)` so far. */
export function sent<K extends MessageType>(type: K): Array<Protocol[K]['payload']> {
  return vi
    .mocked(send)
    .mock.calls.filter(([t]) => t === type)
    .map(([, payload]) => payload as Protocol[K]['payload']);
}
