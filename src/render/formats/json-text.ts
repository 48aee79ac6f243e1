/**
 * A value already written as JSON text: `jsonChunks` yields what `write(indent)` gives in its
 * place, where `indent` is the indentation of the line the value starts on (the text goes on as
 * `JSON.stringify(value, null, 2)` with every line after the first indented by `indent`). For
 * values of a known shape written often, where building an object only to stringify it costs
 * more than the text (compare-entity-json.ts).
 */
export class JsonText {
  constructor(readonly write: (indent: string) => Iterable<string>) {}
}
