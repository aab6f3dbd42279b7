// Decodes a source map's `mappings` (base64 VLQ) into per-line arrays of segments
// [generatedColumn, sourceIndex, sourceLine, sourceColumn, nameIndex?], with the relative
// fields resolved to absolute values, as the source map v3 format defines them.
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map([...BASE64].map((char, index) => [char, index]));

export function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  let name = 0;
  for (const lineText of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segmentText of lineText.split(',')) {
      if (!segmentText) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segmentText) {
        const digit = VALUE.get(char);
        if (digit === undefined) throw new Error(`invalid base64 VLQ character "${char}"`);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      const segment = [column];
      if (fields.length >= 4) {
        source += fields[1];
        sourceLine += fields[2];
        sourceColumn += fields[3];
        segment.push(source, sourceLine, sourceColumn);
        if (fields.length >= 5) segment.push((name += fields[4]));
      }
      segments.push(segment);
    }
    lines.push(segments);
  }
  return lines;
}
