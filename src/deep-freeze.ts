/** Freezes `value` and every object under it (JSON data: no cycles). Primitives are skipped, not visited. */
export function deepFreeze<T>(value: T): T {
  // Arrays by index: `for…in` would make a string of every index.
  if (Array.isArray(value)) {
    for (const v of value) if (typeof v === 'object' && v !== null) deepFreeze(v);
  } else {
    for (const key in value) {
      const v = value[key];
      if (typeof v === 'object' && v !== null) deepFreeze(v);
    }
  }
  return Object.freeze(value);
}
