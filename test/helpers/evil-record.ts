/** A record that passes validation yet carries markup in every free-text field: pages must show it as text. */
import { type Resource, ResourceSchema } from '../../src/schema.js';

export const EVIL_SLUG = 'evil-markup-record';
export const EVIL_TITLE = 'Evil </script><script>window.__pwned = 1</script> "quoted" & <b>bold</b>';
export const EVIL_DESCRIPTION =
  'Closes the block </script><script>alert(1)</script> and opens <!-- a comment, then <img src=x onerror="window.__pwned=2"> \u2028 done.';

export function evilRecord(): Resource {
  return ResourceSchema.parse({
    slug: EVIL_SLUG,
    type: 'tool',
    title: EVIL_TITLE,
    subtitle: '<iframe src="https://example.org"></iframe>',
    description: EVIL_DESCRIPTION,
    countries: ['LI'],
    beneficiaries: ['parents'],
    keywords: ['</script>', '<style>body{display:none}</style>'],
    organisations: ['<svg onload="window.__pwned=3">'],
    downloads: [{ title: '<a href="javascript:alert(1)">x</a>', url: 'https://example.org/file.pdf?a=1&b=2' }],
    sourceUrl: 'https://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving/resources/evil-markup-record',
    seenAt: ['https://www.cedefop.europa.eu/en/tools/vet-toolkit-tackling-early-leaving/resources/evil-markup-record'],
    details: { '<th>label': '</dd></dl><script>window.__pwned=4</script>' },
  });
}
