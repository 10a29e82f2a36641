/**
 * The 1-based line on which each element of a top-level JSON array starts. JSON.parse gives
 * values but no positions; this scan (strings and escapes aware) supplies the line numbers that
 * error messages need. Call it only on text that JSON.parse accepted.
 * @example jsonElementLines('[\n {"a": 1},\n {"a": 2}\n]') // [2, 3]
 */
export function jsonElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92) i++; // backslash: the next character is escaped (an escaped line break cannot occur in JSON)
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    if (depth === 1 && expectValue && c !== 93) {
      lines.push(line);
      expectValue = false;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth === 1 && c === 91) expectValue = true;
    } else if (c === 93 || c === 125) depth--;
    else if (c === 44 && depth === 1) expectValue = true;
  }
  return lines;
}
