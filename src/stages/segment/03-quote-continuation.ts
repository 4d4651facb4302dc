/**
 * Whether a quotation is still open at the end of a paragraph. Curly marks say which way they
 * face; straight double marks alternate. Single marks are left out: they double as apostrophes.
 */
export function quoteOpenAtEnd(paragraph: string): boolean {
  let depth = 0;
  let straightOpen = false;
  for (const ch of paragraph) {
    if (ch === "“" || ch === "«") depth++;
    else if ((ch === "”" || ch === "»") && depth > 0) depth--;
    else if (ch === '"') straightOpen = !straightOpen;
  }
  return depth > 0 || straightOpen;
}

/** A paragraph that opens with a quotation mark, as a continued quotation does. */
export const opensWithQuote = (paragraph: string): boolean => /^["“«]/.test(paragraph);
