// One entry for every message the background receives: known type → allowed sender → valid payload →
// handler. Every failure becomes a Result with an error code; nothing is written before the checks pass.
import { ImportError } from '../ledger/import';
import { ValidationError, isRecord } from './check';
import { senderAllowed, type Sender } from './guard';
import { HANDLERS, type Ledger } from './handlers';
import type { ErrorCode, MessageType, Result } from './protocol';
import { PAYLOADS } from './validate';

const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(HANDLERS, type);
}

export async function handleMessage(message: unknown, sender: Sender, ledger: Ledger): Promise<Result<unknown>> {
  if (!isRecord(message) || !isMessageType(message.type)) return fail('unknown-type', 'not a Metadata Ledger request');
  const type = message.type;
  if (!senderAllowed(type, sender)) return fail('bad-sender', `${type} is not accepted from this sender`);
  let payload: unknown;
  try {
    payload = PAYLOADS[type](message.payload, 'payload');
  } catch (error) {
    return error instanceof ValidationError ? fail('bad-request', error.message) : fail('internal', String(error));
  }
  try {
    const handler = HANDLERS[type] as (payload: unknown, ledger: Ledger) => Promise<unknown>;
    return { ok: true, value: await handler(payload, ledger) };
  } catch (error) {
    if (error instanceof ImportError) return fail('import-invalid', error.message);
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}
