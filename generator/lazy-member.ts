// A member worked out when first read: a run whose result is mostly what the
// cache holds reads a file's text, or the model, only if someone asks.

/** `target` with `member` read by `load` when first asked for, then kept as a plain member. */
export function lazily<T extends object, K extends keyof T>(target: T, member: K, load: () => T[K]): T {
  return Object.defineProperty(target, member, {
    configurable: true,
    enumerable: true,
    get(this: T) {
      const value = load();
      Object.defineProperty(this, member, { value, configurable: true, enumerable: true, writable: true });
      return value;
    },
    set(this: T, value: T[K]) {
      Object.defineProperty(this, member, { value, configurable: true, enumerable: true, writable: true });
    },
  });
}
