/**
 * One pass over a part of a .docx, before mammoth parses it: how deep its elements nest, how many
 * Word paragraphs (`<w:p>`) it holds, and whether its markup is broken. XML has no implied ends and
 * no "<" inside attribute values, so following the "<" and ">" is enough to measure it.
 *
 * Every search starts where the last one stopped and the scan ends at the first broken tag, so it is
 * linear in the part — unlike the XML parser mammoth uses, which takes minutes over a few megabytes
 * of unclosed "<a".
 */

/** What the scan found: the measures, or the first place where the markup is broken. */
export type XmlScan = { depth: number; paragraphs: number; broken: false } | { broken: true };

/** The end of a construct that starts with `open` at `at`, or -1. */
function endOf(xml: string, at: number, open: string, close: string): number {
  const end = xml.indexOf(close, at + open.length);
  return end < 0 ? -1 : end + close.length;
}

/** Scans one XML part (decoded as Latin-1: markup is ASCII, text bytes are only skipped). */
export function scanXml(xml: string): XmlScan {
  let depth = 0;
  let deepest = 0;
  let paragraphs = 0;
  for (let at = xml.indexOf('<'); at >= 0; ) {
    let next: number;
    if (xml.startsWith('<!--', at)) next = endOf(xml, at, '<!--', '-->');
    else if (xml.startsWith('<![CDATA[', at)) next = endOf(xml, at, '<![CDATA[', ']]>');
    else if (xml.startsWith('<?', at)) next = endOf(xml, at, '<?', '?>');
    else if (xml.startsWith('<!', at)) {
      // A DOCTYPE, possibly with an internal subset in brackets.
      const bracket = xml.indexOf('[', at);
      const gt = xml.indexOf('>', at);
      if (bracket >= 0 && gt >= 0 && bracket < gt) {
        const close = xml.indexOf(']', bracket);
        next = close < 0 ? -1 : endOf(xml, close, ']', '>');
      } else next = gt < 0 ? -1 : gt + 1;
    } else {
      const gt = xml.indexOf('>', at + 1);
      const lt = xml.indexOf('<', at + 1);
      const closing = xml[at + 1] === '/';
      const first = xml[at + (closing ? 2 : 1)] ?? '';
      if (gt < 0 || (lt >= 0 && lt < gt) || !/[A-Za-z_]/.test(first)) return { broken: true };
      if (closing) depth--;
      else if (xml[gt - 1] !== '/') deepest = Math.max(deepest, ++depth);
      if (!closing && /^<w:p[\s/>]/.test(xml.slice(at, at + 5))) paragraphs++;
      next = gt + 1;
    }
    if (next < 0) return { broken: true };
    at = xml.indexOf('<', next);
  }
  return { depth: deepest, paragraphs, broken: false };
}
