// Typed senders over the one contract (protocol.ts). Errors from the background arrive as a Result
// and are thrown here as MessagingError, so callers handle one kind of failure.
import { browser } from 'wxt/browser';
import type { ErrorCode, MessageType, Protocol, Reply, Request } from './contract';

export class MessagingError extends Error {
  constructor(
    readonly code: ErrorCode | 'no-receiver',
    message: string,
  ) {
    super(message);
    this.name = 'MessagingError';
  }
}

export async function send<K extends MessageType>(type: K, payload: Protocol[K]['payload']): Promise<Protocol[K]['value']> {
  const request: Request<K> = { type, payload };
  let reply: Reply<K> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(request)) as Reply<K> | undefined;
  } catch (error) {
    // The worker was asleep and failed to wake, or the extension was reloaded under this page.
    throw new MessagingError('no-receiver', error instanceof Error ? error.message : String(error));
  }
  if (!reply || typeof reply !== 'object') throw new MessagingError('no-receiver', `no reply to ${type}`);
  if (!reply.ok) throw new MessagingError(reply.error.code, reply.error.message);
  return reply.value;
}
