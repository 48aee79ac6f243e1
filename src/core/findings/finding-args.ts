import type { catalogue } from './catalogue/catalogue.js';

/** Every finding code the tool can emit. */
export type FindingCode = keyof typeof catalogue;

/**
 * The `{name}` placeholders of a message template, as a union of names. Braces around other text
 * (`{ vi: "…", en: "…" }` in a message about YAML) are not placeholders, as at run time.
 */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends `${string}${' ' | '"' | ':'}${string}` ? never : Name) | Placeholders<Rest>
  : never;

/**
 * The arguments a code's messages need, read from its templates in both languages: a missing
 * argument is a type error where the finding is made, never an empty gap in the message.
 */
export type FindingArgsOf<C extends FindingCode> = {
  readonly [Name in RequiredNames<MessageNames<C>>]: string | number;
} & {
  readonly [Name in OptionalNames<MessageNames<C>>]?: string | number | null;
} & ExtraArgs;

type MessageNames<C extends FindingCode> = Placeholders<
  (typeof catalogue)[C]['vi'] | (typeof catalogue)[C]['en']
>;
/** `{hint?}` marks an optional placeholder: see findingMessage for how it is left out. */
type OptionalNames<N extends string> = N extends `${infer Base}?` ? Base : never;
type RequiredNames<N extends string> = N extends `${string}?` ? never : N;

/** Arguments no message shows, kept for machines (the zip entry of a damaged workbook). */
type ExtraArgs = Readonly<Record<string, string | number | null>>;

/** A code with its arguments, as data (a coercion's error, a set issue). */
export type CodedArgs = { [C in FindingCode]: { code: C; args: FindingArgsOf<C> } }[FindingCode];
