import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The soffice binary, or null when LibreOffice is not installed. */
function sofficePath(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Whether LibreOffice tests run: skipped only when soffice is missing and CI has not asked for
 * them (SMARTCITY_REQUIRE_LIBREOFFICE set → a missing soffice fails the test instead).
 */
function libreOfficeRequired(): boolean {
  const flag = process.env.SMARTCITY_REQUIRE_LIBREOFFICE;
  return flag !== undefined && flag !== '' && flag !== '0';
}

export function skipLibreOffice(): boolean {
  return sofficePath() === null && !libreOfficeRequired();
}

/**
 * Converts a file with LibreOffice headless into `outDir` and returns the produced files. Each
 * call uses its own throw-away profile: soffice refuses to run twice on one profile, and HOME
 * may not be writable.
 */
async function libreOfficeConvert(file: string, target: string, outDir: string): Promise<string[]> {
  const soffice = sofficePath();
  if (soffice === null) throw new Error('LibreOffice (soffice) is not installed');
  const profile = mkdtempSync(join(tmpdir(), `lo-${randomBytes(4).toString('hex')}-`));
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--norestore',
          '--convert-to',
          target,
          '--outdir',
          outDir,
          file,
        ],
        { timeout: 120_000, env: { ...process.env, HOME: profile } },
        (error, _stdout, stderr) =>
          error ? reject(new Error(`soffice failed: ${error.message}\n${stderr}`)) : resolve(),
      );
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return readdirSync(outDir).map((name) => join(outDir, name));
}

/**
 * The CSV LibreOffice makes of one sheet of a workbook (every sheet is exported; the sheet whose
 * file name contains `sheetName` is returned), or null when there is no such sheet.
 */
export async function libreOfficeSheetCsv(
  file: string,
  sheetName: string,
  outDir: string,
): Promise<string | null> {
  await libreOfficeConvert(
    file,
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
    outDir,
  );
  const sheetFile = readdirSync(outDir).find((name) => name.includes(sheetName));
  return sheetFile === undefined ? null : readFileSync(join(outDir, sheetFile), 'utf8');
}

/** The PDF LibreOffice prints of a workbook (every sheet, with its page setup), as a path. */
export async function libreOfficePdf(file: string, outDir: string): Promise<string> {
  const produced = await libreOfficeConvert(file, 'pdf', outDir);
  const pdf = produced.find((path) => path.endsWith('.pdf'));
  if (pdf === undefined) throw new Error(`LibreOffice made no PDF of ${file}`);
  return pdf;
}
