const PDF_DATE = /^(?:D:)?\s*(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz+-])\s*(?:(\d{2})'?\s*(?:(\d{2})'?)?)?)?/;

/**
 * `D:YYYYMMDDHHmmSSOHH'mm'` (ISO 32000 §7.9.4) → ISO 8601. Everything after the year is optional;
 * without a zone the result has no offset (local time of the writer, unknown to us).
 */
export function pdfDateToIso(text: string): string | undefined {
  // A date is 24 characters; the cut keeps the match cheap on a megabyte of blanks.
  const m = PDF_DATE.exec(text.trim().slice(0, 64));
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone, zh = '00', zm = '00'] = m;
  const ranges: [string, number, number][] = [
    [mo, 1, 12],
    [d, 1, 31],
    [h, 0, 23],
    [mi, 0, 59],
    [s, 0, 60],
    [zh, 0, 23],
    [zm, 0, 59],
  ];
  if (ranges.some(([v, lo, hi]) => Number(v) < lo || Number(v) > hi)) return undefined;
  const local = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  if (!zone) return local;
  if (zone === 'Z' || zone === 'z') return `${local}${zh === '00' && zm === '00' ? 'Z' : `+${zh}:${zm}`}`;
  return `${local}${zone}${zh}:${zm}`;
}
