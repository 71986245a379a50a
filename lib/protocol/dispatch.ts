// One entry for every message the background receives: known type → allowed sender → valid payload →
// handler. Every failure becomes a Result with an error code; nothing is written before the checks pass.
// The handlers are the background's; this file only knows the contract.
import { isRecord } from '../schema/common';
import { PAYLOADS } from '../schema/messages';
import { parse, ValidationError } from '../schema/parse';
import type { ErrorCode, MessageType, Protocol, Result } from './contract';
import { senderAllowed, type Sender } from './sender';

/** A handler's way to answer with a specific error code (e.g. an import that is not ours). */
export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** One handler per message type; `C` is whatever the running background hands them. */
export type Handlers<C> = { [K in MessageType]: (payload: Protocol[K]['payload'], context: C) => Promise<Protocol[K]['value']> };

const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

export function createDispatcher<C>(handlers: Handlers<C>) {
  const isMessageType = (type: unknown): type is MessageType => typeof type === 'string' && Object.hasOwn(handlers, type);

  return async function handleMessage(message: unknown, sender: Sender, context: C): Promise<Result<unknown>> {
    if (!isRecord(message) || !isMessageType(message.type)) return fail('unknown-type', 'not a Metadata Ledger request');
    const type = message.type;
    if (!senderAllowed(type, sender)) return fail('bad-sender', `${type} is not accepted from this sender`);
    let payload: unknown;
    try {
      payload = parse(PAYLOADS[type], message.payload, 'payload');
    } catch (error) {
      return error instanceof ValidationError ? fail('bad-request', error.message) : fail('internal', String(error));
    }
    try {
      const handler = handlers[type] as (payload: unknown, context: C) => Promise<unknown>;
      return { ok: true, value: await handler(payload, context) };
    } catch (error) {
      if (error instanceof RequestError) return fail(error.code, error.message);
      return fail('internal', error instanceof Error ? error.message : String(error));
    }
  };
}
