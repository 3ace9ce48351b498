/**
 * HTML output with escaping by default: every value interpolated into the `html` template is escaped
 * unless it is already {@link SafeHtml} (the output of another `html` template or of {@link raw}).
 * Record text can therefore never become markup by accident.
 */

/** A string known to be safe HTML. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Marks a string as trusted HTML; only for markup this module's callers wrote themselves. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** What may be interpolated: text (escaped), safe HTML, lists of either, or nothing. */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/**
 * An href for a URL taken from data: only http(s) URLs pass (the schema already demands it; this keeps a
 * `javascript:` URL from reaching a page even if a record bypassed validation).
 */
export function safeHref(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<` becomes `\u003c`, so no `</script>` or
 * `<!--` can end the block early; `>`, `&` and the JavaScript line separators are escaped too. The result
 * is still JSON that parses to the same value.
 */
export function scriptJson(value: unknown): SafeHtml {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return new SafeHtml(json);
}
