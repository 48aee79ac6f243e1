import type { DocumentOptions, ParseOptions, SchemaOptions, ToJSOptions } from 'yaml';

/**
 * How every YAML file the tool reads is parsed (indicator sets, smartcity.config.yaml): YAML 1.2
 * core schema only, so `no`, `on` or `012` stay what they look like; duplicate keys are errors;
 * no merge keys, no custom or known tags that build objects; the library never prints on its own
 * (its warnings become findings).
 */
export const safeYamlOptions: ParseOptions & DocumentOptions & SchemaOptions & ToJSOptions = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  merge: false,
  resolveKnownTags: false,
  customTags: [],
  logLevel: 'silent',
};
