const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML and SVG, in element content and in quoted attributes alike. Every
 * piece of user text (province names, labels from the set's YAML, file names, finding messages)
 * goes through this: a label `<script>` must print as text, never run.
 */
export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
