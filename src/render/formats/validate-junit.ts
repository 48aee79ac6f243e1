import { findingMessage, findingPlace } from '../../core/findings/format-finding.js';
import type { Finding, Lang } from '../../core/findings/finding.js';
import type { FileSummary, ValidateSummary } from './validate-summary.js';
import { xmlAttribute, xmlText } from './xml-escape.js';

const AT = { vi: 'tại', en: 'at' } as const;

interface TestCase {
  name: string;
  findings: Finding[];
}

/**
 * A file's test cases: one per entity, or one for the file when it has none. In a table of
 * several entities, a finding goes under the entity whose province it names; one that names
 * none (a header, a row whose province is unknown) goes under a test case for the file, listed
 * first and only when there is such a finding.
 */
function testCases(file: FileSummary): TestCase[] {
  if (file.entities.length === 0) return [{ name: file.file, findings: file.findings }];
  if (file.entities.length === 1) return [{ name: file.entities[0]!, findings: file.findings }];
  const cases = file.entities.map((name): TestCase => ({ name, findings: [] }));
  const whole: TestCase = { name: file.file, findings: [] };
  for (const finding of file.findings) {
    const owners = file.entityProvinces.flatMap((code, i) =>
      code !== null && code === finding.province ? [i] : [],
    );
    const owner = owners.length === 1 ? cases[owners[0]!]! : whole;
    owner.findings.push(finding);
  }
  return whole.findings.length > 0 ? [whole, ...cases] : cases;
}

/** `CODE: message at location` (spec §11). */
function findingLine(finding: Finding, lang: Lang): string {
  const place = findingPlace(finding);
  const at = place === '' ? '' : ` ${AT[lang]} ${place}`;
  return `${finding.code}: ${findingMessage(finding, lang)}${at}`;
}

function testCaseXml(
  test: TestCase,
  file: FileSummary,
  failing: (finding: Finding) => boolean,
  lang: Lang,
): string {
  const open = `    <testcase name="${xmlAttribute(test.name)}" classname="${xmlAttribute(file.file)}"`;
  if (test.findings.length === 0) return `${open}/>\n`;
  let body = '';
  const other: string[] = [];
  for (const finding of test.findings) {
    const line = findingLine(finding, lang);
    if (failing(finding)) {
      body += `      <failure message="${xmlAttribute(line)}" type="${xmlAttribute(finding.code)}">${xmlText(line)}</failure>\n`;
    } else {
      other.push(`${finding.severity} ${line}`);
    }
  }
  if (other.length > 0) body += `      <system-out>${xmlText(other.join('\n'))}</system-out>\n`;
  return `${open}>\n${body}    </testcase>\n`;
}

/**
 * `validate --format junit` (spec §11), the XML that GitLab, Jenkins and Azure DevOps read: one
 * `<testsuite>` per input file, one `<testcase>` per entity, a `<failure>` per error (and per
 * warning under --strict); other findings are listed in the test case's `<system-out>`.
 * `tests` and `failures` count test cases, as JUnit does; the finding counts are the suite's
 * properties.
 */
export function validateJunit(summary: ValidateSummary, lang: Lang): string {
  const failing = (finding: Finding) =>
    finding.severity === 'error' || (summary.strict && finding.severity === 'warning');
  let suites = '';
  let tests = 0;
  let failures = 0;
  for (const file of summary.files) {
    const cases = testCases(file);
    const failed = cases.filter((test) => test.findings.some(failing)).length;
    tests += cases.length;
    failures += failed;
    suites +=
      `  <testsuite name="${xmlAttribute(file.file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">\n` +
      '    <properties>\n' +
      `      <property name="errors" value="${file.errors}"/>\n` +
      `      <property name="warnings" value="${file.warnings}"/>\n` +
      '    </properties>\n' +
      cases.map((test) => testCaseXml(test, file, failing, lang)).join('') +
      '  </testsuite>\n';
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="smartcity validate" tests="${tests}" failures="${failures}" errors="0">\n` +
    suites +
    '</testsuites>\n'
  );
}
