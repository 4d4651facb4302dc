/**
 * The page's only stylesheet, inline so the single-file brief needs nothing else. Colours pass
 * WCAG AA for text (4.5:1 or better on their background); wide tables and pictures scroll in
 * their own box, so the page itself never scrolls sideways, on a phone or a desktop; SVG
 * pictures keep their drawn size (their text stays at 12–13 px) instead of shrinking to fit.
 */
export const PAGE_STYLE = `
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:0 auto;padding:1rem;color:#1d1d1f;background:#fff;overflow-wrap:break-word}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 .2rem}h2{margin-top:2rem}.meta{color:#4a4a4a;margin-top:0}
a{color:#0a4fc4}a:focus-visible,button:focus-visible,summary:focus-visible,#reader:focus-visible,input:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
.scroll{overflow-x:auto;max-width:100%;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border-bottom:1px solid #d0d0d6;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f3}td.num{text-align:right}td{overflow-wrap:anywhere}details{font-size:.9rem}
.note{background:#fff8e1;border-left:4px solid #b37f00;padding:.4rem .8rem .4rem 1.6rem}
small,.sub{color:#595959}.summary p{margin:.3rem 0}
.status{font-size:.8rem;padding:0 .4em;border-radius:3px;white-space:nowrap}
.corroborated{background:#e3f4e6;color:#1b5e20}.single-source{background:#eceef2;color:#3d3d3d}.contested{background:#fde7e7;color:#a31515}
table.aligned td{width:50%;font-size:.9rem;min-width:12rem}table.aligned td.same{color:#4a4a4a}
.sim{font-size:.75rem;color:#595959}
ins{background:#dcf5e0;color:#0f4d1c;text-decoration:underline}del{background:#fde2e2;color:#8a1010}
.sidebyside{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.5rem;margin:.3rem 0 .6rem}
.sidebyside blockquote{margin:0;padding:.4rem .6rem;background:#f6f6f8;border-left:3px solid #8a94a6}
a.cite{color:#0a4fc4;text-decoration:none;border-bottom:1px dotted #0a4fc4}
svg text{font-family:system-ui,sans-serif;fill:#1d1d1f}svg .sub{fill:#4a4a4a}
svg.provenance rect.node{fill:#f4f6fb;stroke:#6b7587}svg .edge{stroke:#3d3d3d;stroke-width:1.6;fill:none}
svg .uncredited{stroke:#b71c1c;stroke-dasharray:5 3}svg .edge-label{fill:#3d3d3d}svg .edge-label.warn{fill:#a31515}
svg .cell{fill:#f1f1f4;stroke:#b8b8c2}svg .has{fill:#2b6cb0;stroke:#2b6cb0}svg .only{fill:#2b6cb0;stroke:#b37f00;stroke-width:3}
svg .axis{stroke:#6b6b6b}svg .break{stroke:#6b6b6b;stroke-width:2}
.story-index{list-style:none;padding:0}.story-index li{border-bottom:1px solid #e0e0e6;padding:.5rem 0}
.story-index a{font-weight:600}
.hits{list-style:none;padding:0}.hits li{margin:.6rem 0}mark{background:#ffe066;color:#1d1d1f}
#reader{position:fixed;left:0;right:0;bottom:0;max-height:55vh;overflow:auto;background:#fafafa;border-top:3px solid #0a4fc4;padding:.5rem 1rem 1rem;box-shadow:0 -4px 16px rgba(0,0,0,.15)}
#reader[hidden]{display:none}
#reader header{display:flex;gap:.5rem;align-items:flex-start;justify-content:space-between}
#reader h2{margin:.2rem 0;font-size:1.15rem}
#reader-close{font:inherit;padding:.2rem .7rem;border:1px solid #6b6b6b;border-radius:4px;background:#fff;color:#1d1d1f;cursor:pointer}
#reader-text{white-space:pre-wrap;font:15px/1.55 Georgia,serif;margin:.5rem 0 0;overflow-wrap:anywhere;max-width:45rem}
form.search{display:flex;gap:.5rem;flex-wrap:wrap}form.search input{flex:1 1 12rem;font:inherit;padding:.3rem .5rem}
footer{margin:2rem 0 4rem}`;
