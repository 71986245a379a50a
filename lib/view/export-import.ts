// Importing an export file from the dashboard. The file's size is checked before it is read; then its
// text goes to the background in one message, and the background checks the whole file and merges it
// (lib/background/ledger/import.ts). Chromium carries at most 64 MiB in one runtime message, so there a
// larger file gets a clear answer before anything is sent (Firefox has no such limit). Every failure is
// one plain sentence. Only an interrupted import may have finished; importing the same file again is
// safe, because nothing is counted twice.
import { t } from '../i18n/t';
import type { ImportReport } from '../model/import-report';
import { MessagingError, send } from '../protocol/client';
import { formatNumber } from './format';

/** Larger files are not read at all: far beyond any export of the bounded ledger (docs/data.md). */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;
/** The most one runtime message may carry in Chromium, as JSON in UTF-8. */
export const CHROMIUM_MESSAGE_BYTES = 64 * 1024 * 1024;

/** A failed import; `message` is the sentence to show. */
export class ImportFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFailure';
  }
}

export interface ImportOptions {
  /** The most bytes one runtime message may carry: CHROMIUM_MESSAGE_BYTES, or none in Firefox. */
  messageLimit?: number;
}

const DEFAULT_OPTIONS: ImportOptions = import.meta.env.FIREFOX ? {} : { messageLimit: CHROMIUM_MESSAGE_BYTES };

const megabytes = (bytes: number) => formatNumber(Math.ceil(bytes / (1024 * 1024)));

/** Sends an export file to the background to merge; resolves to what the import did. */
export async function importFile(file: File, { messageLimit }: ImportOptions = DEFAULT_OPTIONS): Promise<ImportReport> {
  if (file.size > MAX_IMPORT_BYTES) throw tooLarge(file.size);
  if (messageLimit !== undefined && file.size > messageLimit) throw tooLarge(file.size, messageLimit);
  const text = await file.text();
  // What Chromium counts: the request as JSON, in UTF-8 (escaping makes it larger than the file).
  const request = { type: 'importData', payload: { text } };
  if (messageLimit !== undefined && new Blob([JSON.stringify(request)]).size > messageLimit) throw tooLarge(file.size, messageLimit);
  try {
    return await send('importData', { text });
  } catch (error) {
    // The worker stopped (or was restarted) before it answered: "the message channel closed".
    if (error instanceof MessagingError && error.code === 'no-receiver') throw new ImportFailure(t('dashboard_import_interrupted'));
    throw new ImportFailure(t('dashboard_import_failed', error instanceof Error ? error.message : String(error)));
  }
}

/** Too large to read at all, or (with `messageLimit`) to hand to the background in one message. */
function tooLarge(bytes: number, messageLimit?: number): ImportFailure {
  return new ImportFailure(
    messageLimit === undefined
      ? t('dashboard_import_too_large', [megabytes(bytes), megabytes(MAX_IMPORT_BYTES)])
      : t('dashboard_import_too_large_message', [megabytes(bytes), megabytes(messageLimit)]),
  );
}

/** The notice after an import: what it did, counted as it happened. */
export function importedText(report: ImportReport): string {
  return t(
    'dashboard_import_report',
    [report.events, report.known, report.totalsOnly, report.tallies, report.businesses, report.audit, report.walkthroughs].map(
      formatNumber,
    ),
  );
}
