export const WIT_DIR: string;
export function allowToolFileAccess(): void;
export interface FixtureOptions {
  /** Keep componentize-js's default WASI features (the component then imports wasi:*). */
  withWasi?: boolean;
}
export function buildFixture(source: string, options?: FixtureOptions): Promise<Uint8Array>;
