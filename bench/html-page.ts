/**
 * A generated article as a news web page. The page carries what real ones do around the story
 * (head metadata, inline script and style, navigation, a share bar, a newsletter box, related
 * links, a footer), so HTML ingest is measured doing the work it does on real pages: parsing
 * chrome, finding the article container, reading metadata.
 */
import { NEWS_SECTIONS } from "./vocabulary.js";

export type PageInput = {
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  readonly domain: string;
  readonly url: string;
  readonly published: string;
  readonly author: string;
  /** Body paragraphs in order, planted boilerplate included. */
  readonly paragraphs: readonly string[];
  readonly caption: string;
  /** Headlines of other stories, for the related-links list and the breaking banner. */
  readonly otherTitles: readonly string[];
};

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
  );

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);

// A trimmed-down copy of what real pages inline: every byte of it is parsed (or stripped) by
// ingest and none of it is text.
const STYLE = `body{font-family:Georgia,serif;margin:0;color:#1a1a1a}.site-header{display:flex;align-items:center;justify-content:space-between;padding:12px 24px;border-bottom:1px solid #ddd}.logo{font-size:28px;font-weight:700;text-decoration:none;color:#000}.main-nav ul{list-style:none;display:flex;gap:16px;margin:0;padding:0}.main-nav a{color:#333;text-decoration:none;font-family:Arial,sans-serif;font-size:14px}main{max-width:720px;margin:0 auto;padding:24px}h1{font-size:36px;line-height:1.15}.byline{font-family:Arial,sans-serif;color:#555}.share-bar a,.share-bar button{margin-right:8px;font-size:13px}figure{margin:0 0 16px}figcaption{font-size:13px;color:#666}.story-body p{font-size:19px;line-height:1.6}.newsletter-signup{background:#f4f1ea;padding:16px;margin:24px 0}.related-links li{margin-bottom:8px}.site-footer{background:#111;color:#eee;padding:24px}.site-footer a{color:#ccc}@media (max-width:600px){.main-nav{display:none}h1{font-size:28px}}`;

const SCRIPT = `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());gtag("config","G-BENCH0000");(function(){var d=document,s=d.createElement("script");s.async=true;s.src="https://ads.example/loader.js";d.head.appendChild(s);var b=d.querySelectorAll(".share-bar a");for(var i=0;i<b.length;i++){b[i].addEventListener("click",function(e){e.preventDefault();window.open(this.href,"share","width=600,height=400")})}})();`;

// Real pages ship tens of kilobytes of inline script (analytics, ad loaders, consent); a dozen
// variants of the loader stand in for that bulk.
const SCRIPTS = Array.from({ length: 12 }, (_, i) => SCRIPT.replaceAll("gtag", `gt${i}`)).join(
  "\n",
);

const SUBSECTIONS = ["Latest", "In pictures", "Explained", "Data", "Video", "Podcasts"];

/** A mega-menu: every section with its subsections, as news sites' headers carry. */
const MEGA_MENU = (domain: string): string =>
  NEWS_SECTIONS.map(
    (s) =>
      `<li class="menu-section"><a href="https://www.${domain}/${s.toLowerCase()}/">${s}</a><ul class="submenu">${SUBSECTIONS.map(
        (sub) =>
          `<li><a href="https://www.${domain}/${s.toLowerCase()}/${sub.toLowerCase().replace(/ /g, "-")}/">${sub}</a></li>`,
      ).join("")}</ul></li>`,
  ).join("");

const FOOTER_COLUMNS: readonly [string, readonly string[]][] = [
  ["Sections", NEWS_SECTIONS],
  [
    "Company",
    ["About us", "Careers", "Contact", "Advertise", "Press office", "Ethics policy", "Corrections"],
  ],
  ["Help", ["FAQ", "Accessibility", "Newsletters", "Apps", "RSS feeds", "Site map", "Archive"]],
  [
    "Legal",
    ["Privacy policy", "Cookie settings", "Terms of use", "Copyright", "Licensing", "Complaints"],
  ],
];

export function renderPage(p: PageInput): string {
  const [y, m, d] = p.published.split("-");
  const title = escapeHtml(p.title);
  const outlet = escapeHtml(p.outlet);
  const author = escapeHtml(p.author);
  const jsonLd = JSON.stringify({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: p.title,
    datePublished: `${p.published}T08:30:00Z`,
    author: { "@type": "Person", name: p.author },
    publisher: { "@type": "Organization", name: p.outlet },
    mainEntityOfPage: p.url,
  }).replace(/</g, "\\u003c");
  const nav = NEWS_SECTIONS.map(
    (s) => `<li><a href="https://www.${p.domain}/${s.toLowerCase()}/">${s}</a></li>`,
  ).join("");
  const related = p.otherTitles
    .map(
      (t, i) =>
        `<li><a href="https://www.${p.domain}/news/${y}/${m}/${slug(t)}-${i + 1}">${escapeHtml(t)}</a></li>`,
    )
    .join("\n");
  const body: string[] = [];
  p.paragraphs.forEach((para, i) => {
    body.push(`<p>${escapeHtml(para)}</p>`);
    if (i === 2) {
      body.push(
        `<aside class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter to get the day's top stories in your inbox.</p><form action="/subscribe"><input type="email" name="email" placeholder="Your email"><button type="submit">Sign up</button></form></aside>`,
      );
    }
  });
  const breaking = p.otherTitles[0] ?? p.title;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | ${outlet}</title>
<meta name="description" content="${escapeHtml((p.paragraphs[0] ?? "").slice(0, 150))}">
<meta property="og:site_name" content="${outlet}">
<meta property="og:type" content="article">
<meta property="og:title" content="${title}">
<meta property="og:url" content="${escapeHtml(p.url)}">
<meta property="article:published_time" content="${p.published}T08:30:00Z">
<meta name="author" content="${author}">
<link rel="canonical" href="${escapeHtml(p.url)}">
<style>${STYLE}</style>
<script>${SCRIPTS}</script>
<script type="application/ld+json">${jsonLd}</script>
</head>
<body>
<header class="site-header">
<a class="logo" href="https://www.${p.domain}/">${outlet}</a>
<nav class="main-nav" aria-label="Sections"><ul>${nav}</ul></nav>
<nav class="mega-menu" aria-label="All sections"><ul>${MEGA_MENU(p.domain)}</ul></nav>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Search</button></form>
</header>
<div class="breaking-banner"><a href="https://www.${p.domain}/news/breaking">Breaking: ${escapeHtml(breaking)}</a></div>
<main>
<article class="story">
<h1>${title}</h1>
<p class="byline">By ${author}</p>
<time datetime="${p.published}T08:30:00Z">${d}/${m}/${y}</time>
<div class="share-bar"><a class="share-facebook" href="https://facebook.example/share?u=${escapeHtml(p.url)}">Facebook</a><a class="share-x" href="https://x.example/intent?u=${escapeHtml(p.url)}">X</a><a class="share-whatsapp" href="#">WhatsApp</a><a class="share-email" href="mailto:?subject=${title}">Email</a><button class="copy-link">Copy link</button></div>
<figure><img src="https://cdn.${p.domain}/images/${p.id}.jpg" alt="" width="1200" height="675"><figcaption>${escapeHtml(p.caption)}</figcaption></figure>
<div class="story-body">
${body.join("\n")}
</div>
<div class="tags"><a href="/tag/local">Local</a> <a href="/tag/${slug(p.outlet)}">${outlet}</a></div>
</article>
<section class="related-links"><h2>Related stories</h2><ul>
${related}
</ul></section>
<section class="most-read"><h2>Most read</h2><ol>
${[...p.otherTitles, ...p.otherTitles].map((t, i) => `<li><a href="https://www.${p.domain}/news/most-read/${i + 1}"><span class="rank">${i + 1}</span> ${escapeHtml(t)}</a></li>`).join("\n")}
</ol></section>
<section class="comments" id="comments"><h2>Comments</h2><p>Comments are closed for this article.</p></section>
</main>
<footer class="site-footer">
${FOOTER_COLUMNS.map(([h, links]) => `<div class="footer-column"><h4>${h}</h4><ul>${links.map((l) => `<li><a href="https://www.${p.domain}/${slug(l)}/">${l}</a></li>`).join("")}</ul></div>`).join("\n")}
<p>© ${y} ${outlet}. All rights reserved.</p>
</footer>
<div class="cookie-consent" role="dialog" aria-label="Cookie consent"><p>We use cookies to improve your experience and to show you relevant advertising. You can change your settings at any time.</p><button class="accept">Accept all</button><button class="reject">Reject non-essential</button><a href="https://www.${p.domain}/cookie-settings/">Manage settings</a></div>
</body>
</html>
`;
}
