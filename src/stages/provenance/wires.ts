/**
 * News agencies whose copy other outlets reprint, with the short name the brief uses for each.
 * A general list of the world's wire services, not of any article's sources.
 */
const WIRES: readonly [RegExp, string][] = [
  [/^Reuters$/i, "Reuters"],
  [/^(?:The )?Associated Press$|^AP$/i, "AP"],
  [/^AFP$|^Agence France[- ]Presse$/i, "AFP"],
  [/^Bloomberg(?: News)?$/i, "Bloomberg"],
  [/^dpa$|^Deutsche Presse-Agentur$/i, "dpa"],
  [/^ANSA$/i, "ANSA"],
  [/^EFE$/i, "EFE"],
  [/^Xinhua$/i, "Xinhua"],
  [/^PTI$|^Press Trust of India$/i, "PTI"],
  [/^IANS$/i, "IANS"],
  [/^ANI$/i, "ANI"],
  [/^UPI$|^United Press International$/i, "UPI"],
  [/^Kyodo(?: News)?$/i, "Kyodo"],
  [/^Yonhap$/i, "Yonhap"],
  [/^TASS$/i, "TASS"],
  [/^Interfax$/i, "Interfax"],
  [/^(?:The )?Canadian Press$|^CP$/i, "The Canadian Press"],
  [/^AAP$|^Australian Associated Press$/i, "AAP"],
  [/^PA$|^PA Media$|^Press Association$/i, "PA Media"],
  [/^Ukrinform$/i, "Ukrinform"],
  [/^Anadolu(?: Agency)?$/i, "Anadolu"],
  [/^Bernama$/i, "Bernama"],
  [/^APP$/i, "APP"],
];

/** Alternation of the wires' names for use inside larger patterns. */
export const WIRE_NAMES =
  "Reuters|(?:The )?Associated Press|AP|AFP|Agence France[- ]Presse|Bloomberg(?: News)?|dpa|ANSA|EFE|Xinhua|PTI|IANS|ANI|UPI|Kyodo|Yonhap|TASS|Interfax|(?:The )?Canadian Press|AAP|PA Media|Ukrinform|Anadolu(?: Agency)?|Bernama";

/** The brief's name for a wire service, or null if the name is not a known wire. */
export function knownWire(name: string): string | null {
  const n = name.trim();
  for (const [re, short] of WIRES) if (re.test(n)) return short;
  return null;
}
