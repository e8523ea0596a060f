// A typed event emitter with a generic listener map.
type Listener<T> = (payload: T) => void | Promise<void>;

export interface Events {
  "article:saved": { slug: string; bytes: number };
  "build:done": { elapsedMs: number; errors: readonly string[] };
}

enum Level {
  Debug = 0,
  Info = 1 << 1,
  Error = 0xff,
}

@sealed
export class Emitter<E extends Record<string, unknown>> {
  private readonly listeners = new Map<keyof E, Set<Listener<any>>>();
  protected level: Level = Level.Info;

  on<K extends keyof E>(event: K, listener: Listener<E[K]>): () => boolean {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
    return () => set.delete(listener);
  }

  async emit<K extends keyof E>(event: K, payload: E[K]): Promise<number> {
    const set = this.listeners.get(event);
    if (!set) return 0;
    await Promise.all([...set].map((listener) => listener(payload)));
    return set.size;
  }
}

declare function sealed(constructor: Function): void;

const emitter = new Emitter<Events>();
emitter.on("build:done", ({ elapsedMs, errors }) => {
  const seconds = (elapsedMs / 1_000).toFixed(1);
  console.info(`built in ${seconds}s with ${errors.length} error(s)`);
});
let ratio = 3 / 4 / 2; // division, not a regex
const pattern = /\d+(?:\.\d+)?/g satisfies RegExp;
export default emitter as unknown as Emitter<Events>;
