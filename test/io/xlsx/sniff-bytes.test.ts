import { describe, expect, it } from 'vitest';
import { sniffBytes } from '../../../src/io/files/sniff-bytes.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))),
  );

describe('sniffBytes', () => {
  it('recognises containers by their magic bytes', () => {
    expect(sniffBytes(new Uint8Array())).toBe('empty');
    expect(
      sniffBytes(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], Array(504).fill(0))),
    ).toBe('cfb');
    expect(sniffBytes(bytes('PK', [3, 4], 'rest'))).toBe('zip');
    expect(sniffBytes(bytes('PK', [5, 6], Array(18).fill(0)))).toBe('zip');
  });

  it('recognises HTML and XML "Excel" exports, after a BOM and whitespace', () => {
    expect(sniffBytes(bytes('<html><body><table><tr><td>1</td></tr></table>'))).toBe('html');
    expect(
      sniffBytes(
        bytes([0xef, 0xbb, 0xbf], '\r\n  <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0//EN">'),
      ),
    ).toBe('html');
    expect(sniffBytes(bytes('<table border=1><tr><td>Hà Nội</td></tr></table>'))).toBe('html');
    expect(
      sniffBytes(bytes('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">')),
    ).toBe('html');
    expect(sniffBytes(bytes('MIME-Version: 1.0\r\nContent-Type: multipart/related'))).toBe('html');
    expect(
      sniffBytes(
        bytes(
          '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
        ),
      ),
    ).toBe('xml');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<html><table>', 'utf16le'),
    ]);
    expect(sniffBytes(utf16)).toBe('html');
  });

  it('calls CSV-like content text, including legacy 8-bit encodings and UTF-16 with a BOM', () => {
    expect(sniffBytes(bytes('Tỉnh,Điểm\nHà Nội,85\n'))).toBe('text');
    expect(sniffBytes(bytes([0xef, 0xbb, 0xbf], 'Mã;Giá trị\r\nA;1'))).toBe('text');
    expect(
      sniffBytes(
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Mã\tGiá trị\r\n', 'utf16le')]),
      ),
    ).toBe('text');
    // Windows-1258 bytes are not UTF-8, but they are still text.
    expect(sniffBytes(bytes('T', [0xec], 'nh,', [0xd0, 0xec], 'm\n'))).toBe('text');
    expect(sniffBytes(bytes('<5 tuổi,12\n'))).toBe('text');
  });

  it('calls UTF-16 without a BOM text, for the CSV reader to name its encoding', () => {
    expect(sniffBytes(Buffer.from('Mã,Giá trị\nHT.01,60\n', 'utf16le'))).toBe('text');
    expect(sniffBytes(Buffer.from('Mã,Giá trị\nHT.01,60\n', 'utf16le').swap16())).toBe('text');
  });

  it('calls NUL-laden or control-heavy bytes binary', () => {
    expect(sniffBytes(bytes('PK', [0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0]))).toBe('binary');
    expect(sniffBytes(bytes('%PDF-1.7\n', [1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f, 0x10, 0x11]))).toBe(
      'binary',
    );
  });
});
