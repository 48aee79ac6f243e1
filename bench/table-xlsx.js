// Writes a one-sheet .xlsx table as Excel stores it (text as shared strings, numbers typed),
// streaming the XML through zlib so a 100,000-row table never exists whole as a string.
import { crc32, createDeflateRaw } from 'node:zlib';
import { Readable } from 'node:stream';
import { writeFileSync } from 'node:fs';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const letter = (n) => {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

async function deflate(pieces) {
  let crc = 0;
  let size = 0;
  const source = Readable.from(
    (function* () {
      for (const piece of pieces) {
        const buf = Buffer.from(piece, 'utf8');
        crc = crc32(buf, crc);
        size += buf.length;
        yield buf;
      }
    })(),
  );
  const out = [];
  for await (const chunk of source.pipe(createDeflateRaw({ level: 6 }))) out.push(chunk);
  return { bytes: Buffer.concat(out), size, crc };
}

function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, bytes, size, crc } of entries) {
    const nameBuf = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(bytes.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(bytes.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, bytes);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + bytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `header`: cell texts; `rows()`: yields arrays of (string | number). */
export async function writeTableXlsx(path, header, rows, sheetName = 'Số liệu') {
  const strings = new Map();
  const index = (text) => {
    let i = strings.get(text);
    if (i === undefined) strings.set(text, (i = strings.size));
    return i;
  };
  const cellXml = (value, ref) =>
    typeof value === 'number'
      ? `<c r="${ref}"><v>${value}</v></c>`
      : `<c r="${ref}" t="s"><v>${index(value)}</v></c>`;
  const letters = header.map((_, i) => letter(i + 1));
  const sheet = await deflate(
    (function* () {
      yield `${XML}<worksheet xmlns="${NS}"><sheetData>`;
      let r = 1;
      for (const cells of [header, ...rows()]) {
        yield `<row r="${r}">${cells.map((v, j) => cellXml(v, `${letters[j]}${r}`)).join('')}</row>`;
        r += 1;
      }
      yield '</sheetData></worksheet>';
    })(),
  );
  const shared = await deflate(
    (function* () {
      yield `${XML}<sst xmlns="${NS}" count="${strings.size}" uniqueCount="${strings.size}">`;
      for (const text of strings.keys()) yield `<si><t>${esc(text)}</t></si>`;
      yield '</sst>';
    })(),
  );
  const small = async (name, text) => ({ name, ...(await deflate([text])) });
  writeFileSync(
    path,
    zip([
      await small(
        '[Content_Types].xml',
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
      ),
      await small(
        '_rels/.rels',
        `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      await small(
        'xl/workbook.xml',
        `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="${esc(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      await small(
        'xl/_rels/workbook.xml.rels',
        `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
      { name: 'xl/sharedStrings.xml', ...shared },
      { name: 'xl/worksheets/sheet1.xml', ...sheet },
    ]),
  );
}
