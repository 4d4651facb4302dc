/**
 * The story index's inverted index: term → the open stories whose centroid holds it. Each list is
 * kept in ascending story id, so a lookup can read the newest stories first and stop after a few
 * (see `POSTINGS_READ_PER_TERM` in 02-story-index.ts). Ids are handed out in increasing order, so
 * a new story's terms are appended; only an older story gaining or losing a term moves elements.
 */
export class TermPostings {
  private readonly lists = new Map<number, number[]>();

  /** The stories holding `term`, oldest first (read it from the end for the newest). */
  storiesOf(term: number): readonly number[] | undefined {
    return this.lists.get(term);
  }

  add(term: number, story: number): void {
    let list = this.lists.get(term);
    if (!list) this.lists.set(term, (list = []));
    if (list.length === 0 || list[list.length - 1]! < story) {
      list.push(story);
      return;
    }
    const at = lowerBound(list, story);
    if (list[at] !== story) list.splice(at, 0, story);
  }

  delete(term: number, story: number): void {
    const list = this.lists.get(term);
    if (!list) return;
    const at = lowerBound(list, story);
    if (list[at] !== story) return;
    list.splice(at, 1);
    if (list.length === 0) this.lists.delete(term);
  }

  /**
   * Removes these stories from the lists of these terms in one pass per list: retiring a window's
   * worth of stories one by one would shift long lists once per story.
   */
  deleteStories(terms: Iterable<number>, stories: ReadonlySet<number>): void {
    for (const term of terms) {
      const list = this.lists.get(term);
      if (!list) continue;
      const kept = list.filter((id) => !stories.has(id));
      if (kept.length === 0) this.lists.delete(term);
      else if (kept.length !== list.length) this.lists.set(term, kept);
    }
  }
}

/** The first index of a sorted list whose value is not below `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
