/**
 * Colour and emphasis for terminal text, decided once by the CLI (TTY, NO_COLOR, --no-color) and
 * passed down, so renderers stay free of chalk and of process.
 */
export interface TextStyle {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  /** Colour for a band id (achieved/near/far/critical/missing/custom). */
  band(bandId: string | null, text: string): string;
}

const identity = (text: string): string => text;

export const plainStyle: TextStyle = {
  bold: identity,
  dim: identity,
  red: identity,
  yellow: identity,
  green: identity,
  cyan: identity,
  band: (_bandId, text) => text,
};
