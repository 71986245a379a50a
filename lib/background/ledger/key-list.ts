// Lists of business keys in the settings (ignored businesses, dismissed notices) only grow by union,
// within the bound their schema sets.
import { MAX_KEY_LIST } from '../../schema/preferences';

/** Adds keys to a list without duplicates, keeping the newest when the list is full. */
export function withKeys(list: string[], keys: string[]): string[] {
  return [...new Set([...list, ...keys])].slice(-MAX_KEY_LIST);
}
