/**
 * Duplicate object keys in JSON text. `JSON.parse` keeps the last of two `"title"` members silently, and other
 * readers keep the first: the file means different things to different tools, so it is refused. No maintained
 * parser among the project's dependencies reports duplicates, so this is a small scanner over text that
 * `JSON.parse` has already accepted (it only tracks structure and keys; it does not validate).
 */

interface Frame {
  kind: 'object' | 'array';
  path: PropertyKey[];
  keys: Set<string>;
  expectKey: boolean;
  lastKey: string;
  index: number;
}

/** The path of the value about to start inside `frame`. */
function childPath(frame: Frame | undefined): PropertyKey[] {
  if (!frame) return [];
  return [...frame.path, frame.kind === 'object' ? frame.lastKey : frame.index];
}

/** End index (exclusive) of the JSON string starting at `start` (a `"`). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/**
 * The path of the first key that appears twice in one object of `text` (valid JSON), as `[...objectPath, key]`;
 * undefined when every object's keys are distinct. Iterative, so nesting depth is no risk.
 */
export function firstDuplicateKey(text: string): PropertyKey[] | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (top.keys.has(key)) return [...top.path, key];
        top.keys.add(key);
        top.lastKey = key;
      }
      i = end - 1;
    } else if (c === '{' || c === '[') {
      stack.push({ kind: c === '{' ? 'object' : 'array', path: childPath(top), keys: new Set(), expectKey: c === '{', lastKey: '', index: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',' && top) {
      if (top.kind === 'object') top.expectKey = true;
      else top.index++;
    } else if (c === ':' && top) {
      top.expectKey = false;
    }
  }
  return undefined;
}
