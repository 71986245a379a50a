// Hand-written validators for everything that enters the background: messages from a content script
// on a possibly hostile page, messages from extension pages, and imported files. A check returns a
// fresh value built from the fields it knows (unknown fields are dropped, never stored) or throws a
// ValidationError naming the path of the first bad field.

export class ValidationError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path || 'value'}: ${problem}`);
    this.name = 'ValidationError';
  }
}

export type Check<T> = (value: unknown, path: string) => T;

export const OBSERVATION_ID = /^[A-Za-z0-9_.:-]{1,128}$/;
/** Salted SHA-256 hex of a chat id (computed in the content script). */
export const BUSINESS_KEY = /^[0-9a-f]{64}$/;
export const WALKTHROUGH_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function record(value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) throw new ValidationError(path, 'expected an object');
  return value;
}

export function oneOf<T>(values: readonly T[]): Check<T> {
  return (value, path) => {
    if (!values.includes(value as T)) throw new ValidationError(path, `expected one of ${values.join(', ')}`);
    return value as T;
  };
}

export const boolean: Check<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new ValidationError(path, 'expected true or false');
  return value;
};

export function integer(min: number, max: number): Check<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
      throw new ValidationError(path, `expected a whole number from ${min} to ${max}`);
    }
    return value;
  };
}

export function text(maxLength: number, pattern?: RegExp): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string') throw new ValidationError(path, 'expected text');
    if (value.length > maxLength) throw new ValidationError(path, `longer than ${maxLength} characters`);
    if (pattern && !pattern.test(value)) throw new ValidationError(path, 'has the wrong format');
    return value;
  };
}

/** A local calendar day, YYYY-MM-DD, that exists. */
export const day: Check<string> = (value, path) => {
  const s = text(10, DAY)(value, path);
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new ValidationError(path, 'is not a calendar day');
  }
  return s;
};

export function arrayOf<T>(item: Check<T>, maxItems: number): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new ValidationError(path, 'expected a list');
    if (value.length > maxItems) throw new ValidationError(path, `more than ${maxItems} items`);
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, path) => (value === undefined ? undefined : check(value, path));
}


type Shape<T> = { [K in keyof T]-?: Check<T[K]> };

/** An object with exactly these known fields (optional ones may be missing); other fields are dropped. */
export function object<T>(shape: Shape<T>): Check<T> {
  return (value, path) => {
    const input = record(value, path);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape) as Array<keyof T & string>) {
      const checked = shape[key](input[key], path ? `${path}.${key}` : key);
      if (checked !== undefined) out[key] = checked;
    }
    return out as T;
  };
}

/** Epoch milliseconds: after 2000 and not more than a day ahead of this device's clock. */
export function timestamp(now: () => number = Date.now): Check<number> {
  return (value, path) => {
    const at = integer(946_684_800_000, Number.MAX_SAFE_INTEGER)(value, path);
    if (at > now() + 86_400_000) throw new ValidationError(path, 'is in the future');
    return at;
  };
}
