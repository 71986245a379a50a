// Types for capture-fixture.mjs (used by tests/unit/capture-fixture.test.ts).
export declare function sanitize(page: Document): Document;
export declare function toFixture(doc: Document, name?: string): string;
