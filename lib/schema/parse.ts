// Runs a schema and turns its first issue into one readable error naming the path of the bad field,
// e.g. "payload.observations[2].at: is in the future". The dispatcher answers it as 'bad-request', the
// import as 'import-invalid'. Messages never repeat the value that failed: it may be a phone number.
import * as v from 'valibot';

export class ValidationError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(path ? `${path}: ${problem}` : problem);
    this.name = 'ValidationError';
  }
}

/** The checked, freshly built value (unknown object fields dropped), or a ValidationError. */
export function parse<const S extends v.GenericSchema>(schema: S, input: unknown, root = ''): v.InferOutput<S> {
  const result = v.safeParse(schema, input, { abortEarly: true, message: problemOf });
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new ValidationError(pathOf(root, issue.path ?? []), issue.message);
}

function pathOf(root: string, items: readonly v.IssuePathItem[]): string {
  let path = root;
  for (const { key } of items) path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  return path;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  Array: 'a list',
  Object: 'an object',
};

/** The wording of an issue whose schema or action gave no message of its own. */
function problemOf(issue: v.BaseIssue<unknown>): string {
  const { kind, type, expected, requirement } = issue;
  if (kind === 'schema') {
    if (issue.path?.at(-1)?.origin === 'key') return expected === 'never' ? 'is not a known field' : 'is missing';
    const wanted = expected ?? 'another value';
    // A picklist's or variant's options arrive as ("a" | "b").
    return `expected ${TYPE_NAMES[wanted] ?? wanted.replace(/^\((.*)\)$/, 'one of $1')}`;
  }
  switch (type) {
    case 'max_length':
      return Array.isArray(issue.input) ? `more than ${String(requirement)} items` : `longer than ${String(requirement)} characters`;
    case 'regex':
      return 'has the wrong format';
    case 'safe_integer':
      return 'expected a whole number';
    case 'min_value':
      return `expected at least ${String(requirement)}`;
    case 'max_value':
      return `expected at most ${String(requirement)}`;
    default:
      return 'is not valid';
  }
}
