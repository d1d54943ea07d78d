/** One section of the demo's HTML report: a title, preformatted text and charts (SVG). */
export interface ReportSection {
  readonly title: string;
  readonly text: string;
  readonly charts?: readonly { readonly caption: string; readonly svg: string }[];
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An SVG from Vega, made safe to inline: no XML prolog, no script. */
function inlineSvg(svg: string): string {
  const start = svg.indexOf('<svg');
  if (start < 0 || /<script/i.test(svg)) return '';
  return svg.slice(start);
}

/**
 * A self-contained HTML page (no external scripts, styles, fonts or images) with the
 * demo's sections as text and its charts as inline SVG. All text is escaped.
 *
 * @param title - the page title
 * @param generatedOn - the day the report was made
 * @param sections - the sections, in order
 * @returns the HTML document
 */
export function renderHtmlReport(
  title: string,
  generatedOn: string,
  sections: readonly ReportSection[],
): string {
  const body = sections
    .map((s, i) => {
      const charts = (s.charts ?? [])
        .map(
          (c) =>
            `<figure>${inlineSvg(c.svg)}<figcaption>${escapeHtml(c.caption)}</figcaption></figure>`,
        )
        .join('\n');
      return `<section id="s${i + 1}"><h2>${i + 1}. ${escapeHtml(s.title)}</h2>\n${charts}\n<pre>${escapeHtml(s.text)}</pre></section>`;
    })
    .join('\n');
  const toc = sections
    .map((s, i) => `<li><a href="#s${i + 1}">${escapeHtml(s.title)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
pre { background: #f6f6f4; padding: 1rem; overflow-x: auto; font-size: 0.85rem; line-height: 1.35; }
figure { margin: 1rem 0; overflow-x: auto; }
figcaption { font-size: 0.9rem; color: #555; }
.note { font-size: 0.9rem; color: #555; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="note">Generated on ${escapeHtml(generatedOn)} from synthetic data and the published tables in <code>data/</code>. No real person is described here.</p>
<ol>${toc}</ol>
${body}
</body>
</html>
`;
}
