/**
 * The identity of an artifact (the seed's `id` resource). `digest` is the content digest
 * (`sha256:<hex>`) of what the id names; for a cache key it is the key itself.
 * The string form is implemented in src/model/id-format.ts and documented in docs/storage.md.
 */
export interface Id {
  readonly name: string;
  readonly digest: string;
  readonly version?: string;
  readonly pkg?: string;
  readonly arch?: string;
}
