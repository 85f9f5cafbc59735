// How long the plugin cache keeps what it compiled. A module of its own, without the loader's
// imports, so that `edo prune --help` (registered at start-up) can state it.

/** How long a transpiled plugin may go unloaded before `prunePluginCache` drops it. */
const PLUGIN_CACHE_UNUSED_DAYS = 7;
export const PLUGIN_CACHE_UNUSED_MS = PLUGIN_CACHE_UNUSED_DAYS * 24 * 3600 * 1000;
/** What `prunePluginCache` drops, as its callers report it. */
export const PRUNED_PLUGINS = `not loaded for ${PLUGIN_CACHE_UNUSED_DAYS} days or made by another edo`;
