// Where the user stands with one walkthrough. 'loosened': it was done, then the audit saw the setting
// go back to a less private value.
export const WALKTHROUGH_STATUSES = ['not-started', 'in-progress', 'done', 'loosened'] as const;
export type WalkthroughStatus = (typeof WALKTHROUGH_STATUSES)[number];
