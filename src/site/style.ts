/** The site's one stylesheet (`style.css`): readable text, no web fonts, no images. */
export const STYLE_CSS = `:root { color-scheme: light dark; --muted: #5b6470; --line: #d0d7de; --accent: #0a5cad; }
@media (prefers-color-scheme: dark) { :root { --muted: #9aa4af; --line: #3a424b; --accent: #6cb2ff; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 0 1rem 2rem; font: 16px/1.55 system-ui, sans-serif; }
a { color: var(--accent); }
header { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; padding: 1rem 0; border-bottom: 1px solid var(--line); }
header .home { font-weight: 600; text-decoration: none; }
nav a { margin-right: 1rem; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
h1 { line-height: 1.25; margin: .5rem 0; }
.kind, .meta, .subtitle, .original { color: var(--muted); }
.description { font-size: 1.1rem; }
dl.facts, dl.labels { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .3rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
ul.resources, ol.resources { padding-left: 1.2rem; }
ul.resources li, ol.resources li { margin: .3rem 0; }
#filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: 1rem 0; padding: .75rem; border: 1px solid var(--line); border-radius: 6px; }
#filters select, #filters input { font: inherit; margin-left: .3rem; max-width: 16rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid var(--line); }
code { font-size: .95em; overflow-wrap: anywhere; }
.documents { margin-top: 2rem; font-size: .95rem; }
.glance { display: grid; grid-template-columns: minmax(0, 3fr) minmax(15rem, 2fr); gap: 1rem 2rem; align-items: start; margin: 1.5rem 0; }
@media (max-width: 45rem) { .glance { grid-template-columns: minmax(0, 1fr); } }
.glance figure { margin: 0; }
.glance figcaption, .bars caption { font-weight: 600; text-align: left; margin-bottom: .3rem; }
.glance svg.map { display: block; width: 100%; height: auto; border-radius: 4px; }
.glance-map a:hover path, .glance-map a:focus path, .glance-map a:hover circle, .glance-map a:focus circle { stroke: #000; stroke-width: 2; }
.legend { list-style: none; padding: 0; margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .2rem 1rem; font-size: .9rem; }
.legend .swatch { vertical-align: -.15em; }
.glance-note { margin: .3rem 0; font-size: .95rem; }
.bars { margin-bottom: 1.25rem; font-size: .95rem; }
.bars thead th { color: var(--muted); font-weight: normal; font-size: .85rem; }
.bars tbody th { font-weight: normal; }
.bars td { white-space: nowrap; width: 50%; }
.bars svg.bar { width: calc(100% - 2.5rem); height: .8rem; vertical-align: middle; }
.bars rect { fill: var(--accent); }
.bars .count { display: inline-block; min-width: 2.2rem; text-align: right; }
`;

/** The site's icon (`favicon.svg`): a plain mark, so browsers do not ask for a missing `/favicon.ico`. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0a5cad"/><path d="M4 4h8v2H6v1.5h5v2H6V11h6v2H4z" fill="#fff"/></svg>
`;
