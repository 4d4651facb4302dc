/**
 * The HTML rendering layer, for the CLI's single-file brief and the served web UI.
 *
 * Whole pages (strings): renderHtml(brief) (and briefHtmlChunks(brief), the same text in
 * pieces), renderStoryPage({ brief, nonce, eventsUrl?, listHref? }), renderStoryFragment({ brief
 * }), renderStoryListPage({ stories, nonce, query?, hits?, pageLinks? }). Components (Hono JSX): Page, StoryView, StoryIndex, SearchResults,
 * ArticleTextsData; their props are documented where they are defined.
 */
export {
  briefHtmlChunks,
  renderHtml,
  renderStoryFragment,
  renderStoryListPage,
  renderStoryPage,
} from "./pages.js";
export { contentSecurityPolicy, Page } from "./page.js";
export { StoryView } from "./story-view.js";
export {
  SearchResults,
  StoryIndex,
  storyIndexItem,
  type SearchHit,
  type SnippetSegment,
  type StoryIndexItem,
} from "./story-index.js";
export { ArticleTextsData, textsOf, type ArticleTexts } from "./citations.js";
