/**
 * A generous estimate of how wide a line of text is drawn, for laying out SVG labels on the
 * server where no font can be measured: too wide costs some blank space, too narrow would let
 * labels overlap. 0.62 em covers the widest Latin letters of common sans-serif faces on
 * average; CJK and other wide scripts take a full em.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.62;
  return Math.ceil(em * fontSize);
}
