import type Docker from 'dockerode';

/** One Docker-compatible engine of a farm, with the image environments run on it. */
export interface Engine {
  readonly docker: Docker;
  /** For messages: the endpoint, or "default". */
  readonly name: string;
  readonly slots: number;
  /** Environments currently running on it. */
  used: number;
  /** The image environments start from on this engine (the base or the derived image), set by setup. */
  image?: string;
  /** Whether the engine accepted a bind mount of a host work directory; unknown until tried. */
  bindStaging?: boolean;
}

export interface EngineLease {
  readonly engine: Engine;
  /** Gives the slot back; idempotent. */
  release(): void;
}

/**
 * Spreads environments over a farm's engines: each new environment goes to the engine with the
 * most free slots (ties: the first listed), so a fan-out fills every host before doubling up.
 */
export class EnginePool {
  constructor(readonly engines: readonly Engine[]) {}

  acquire(): EngineLease {
    let best = this.engines[0];
    for (const engine of this.engines) {
      if (engine.slots - engine.used > best.slots - best.used) best = engine;
    }
    best.used += 1;
    let released = false;
    return {
      engine: best,
      release: () => {
        if (released) return;
        released = true;
        best.used -= 1;
      },
    };
  }
}
