import { damage } from '../errors.js';
import { PdfDict, asIndex } from '../syntax/pdf-values.js';

/**
 * Undo PNG (Predictor ≥ 10) and TIFF (Predictor 2) predictors. Xref streams almost always use
 * PNG Up with Columns = sum of /W, so that is the case that must be exact; the rest is here so
 * that object streams written by unusual producers still decode.
 */
export function unpredict(data: Buffer, parms: PdfDict | undefined): Buffer {
  const predictor = asIndex(parms?.get('Predictor')) ?? 1;
  if (predictor <= 1) return data;
  const colors = asIndex(parms?.get('Colors')) ?? 1;
  const bpc = asIndex(parms?.get('BitsPerComponent')) ?? 8;
  const columns = asIndex(parms?.get('Columns')) ?? 1;
  if (colors < 1 || colors > 64 || ![1, 2, 4, 8, 16].includes(bpc) || columns < 1) damage('bad predictor parameters');
  const bpp = Math.max(1, Math.ceil((colors * bpc) / 8));
  const rowLen = Math.ceil((colors * bpc * columns) / 8);
  return predictor === 2 ? untiff(data, rowLen, bpp, bpc) : unpng(data, rowLen, bpp);
}

function unpng(data: Buffer, rowLen: number, bpp: number): Buffer {
  const rows = Math.floor(data.length / (rowLen + 1));
  const out = Buffer.alloc(rows * rowLen);
  let prev = Buffer.alloc(rowLen);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLen + 1)]!;
    const src = data.subarray(r * (rowLen + 1) + 1, (r + 1) * (rowLen + 1));
    const row = out.subarray(r * rowLen, (r + 1) * rowLen);
    for (let i = 0; i < rowLen; i++) {
      const left = i >= bpp ? row[i - bpp]! : 0;
      const up = prev[i]!;
      const upLeft = i >= bpp ? prev[i - bpp]! : 0;
      let v = src[i]!;
      if (type === 1) v += left;
      else if (type === 2) v += up;
      else if (type === 3) v += (left + up) >> 1;
      else if (type === 4) v += paeth(left, up, upLeft);
      row[i] = v & 0xff;
    }
    prev = row;
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

function untiff(data: Buffer, rowLen: number, bpp: number, bpc: number): Buffer {
  if (bpc !== 8) damage('TIFF predictor with ' + bpc + ' bits per component is not supported');
  const out = Buffer.from(data);
  for (let r = 0; r + rowLen <= out.length; r += rowLen) {
    for (let i = bpp; i < rowLen; i++) out[r + i] = (out[r + i]! + out[r + i - bpp]!) & 0xff;
  }
  return out;
}
