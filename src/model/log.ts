/** Where a component writes what a user may want to read later (the seed's `log` resource). */
export interface Log {
  write(data: string | Uint8Array): void;
}
