/**
 * News agencies and syndication services whose copy other outlets reprint, each with the name
 * the brief uses for it and the ways texts write it. One list: the patterns the credit finder
 * searches with (`WIRE_NAMES`) and the lookup that names what it found (`knownWire`) are both
 * made from it, so they cannot drift apart. A general list of the world's wire services, not
 * of any article's sources.
 *
 * Names of four letters or fewer are matched in the case written ("AP", "AA", "dpa"): in lower
 * case they are ordinary words or fragments. Longer names are matched as written, in capitals
 * ("KYODO NEWS") or in lower case, since crawled pages print credits in all three.
 */
type Wire = { readonly name: string; readonly forms: readonly string[] };

const WIRES: readonly Wire[] = [
  { name: "Reuters", forms: ["Reuters", "Thomson Reuters"] },
  { name: "AP", forms: ["AP", "Associated Press", "The Associated Press"] },
  { name: "AFP", forms: ["AFP", "Agence France-Presse", "Agence France Presse"] },
  { name: "Bloomberg", forms: ["Bloomberg", "Bloomberg News"] },
  { name: "dpa-AFX", forms: ["dpa-AFX", "dpa AFX"] },
  { name: "dpa", forms: ["dpa", "DPA", "Deutsche Presse-Agentur"] },
  { name: "ANSA", forms: ["ANSA"] },
  { name: "EFE", forms: ["EFE", "Agencia EFE"] },
  { name: "Xinhua", forms: ["Xinhua", "Xinhua News Agency"] },
  { name: "PTI", forms: ["PTI", "Press Trust of India"] },
  { name: "IANS", forms: ["IANS", "Indo-Asian News Service"] },
  { name: "ANI", forms: ["ANI", "Asian News International"] },
  { name: "UNI", forms: ["United News of India"] },
  { name: "UPI", forms: ["UPI", "United Press International"] },
  { name: "Kyodo News", forms: ["Kyodo News", "Kyodo"] },
  { name: "Jiji Press", forms: ["Jiji Press", "Jiji"] },
  { name: "Yonhap", forms: ["Yonhap", "Yonhap News Agency"] },
  { name: "TASS", forms: ["TASS"] },
  { name: "Interfax", forms: ["Interfax"] },
  { name: "The Canadian Press", forms: ["The Canadian Press", "Canadian Press"] },
  { name: "AAP", forms: ["AAP", "Australian Associated Press"] },
  { name: "PA Media", forms: ["PA Media", "Press Association"] },
  { name: "Ukrinform", forms: ["Ukrinform"] },
  { name: "Anadolu Agency", forms: ["Anadolu Agency", "Anadolu", "AA"] },
  { name: "Bernama", forms: ["Bernama"] },
  { name: "Antara", forms: ["Antara"] },
  { name: "APP", forms: ["APP", "Associated Press of Pakistan"] },
  { name: "WAM", forms: ["WAM", "Emirates News Agency"] },
  { name: "SPA", forms: ["Saudi Press Agency"] },
  { name: "Europa Press", forms: ["Europa Press"] },
  { name: "Lusa", forms: ["Lusa"] },
  { name: "Belga", forms: ["Belga"] },
  { name: "ANP", forms: ["ANP"] },
  { name: "NTB", forms: ["NTB"] },
  { name: "Ritzau", forms: ["Ritzau"] },
  { name: "PAP", forms: ["PAP", "Polish Press Agency"] },
  { name: "CTK", forms: ["CTK"] },
  { name: "MTI", forms: ["MTI"] },
  { name: "UNIAN", forms: ["UNIAN"] },
  { name: "Philippine News Agency", forms: ["Philippine News Agency"] },
  { name: "Vietnam News Agency", forms: ["Vietnam News Agency"] },
  { name: "News Agency of Nigeria", forms: ["News Agency of Nigeria"] },
  { name: "Ghana News Agency", forms: ["Ghana News Agency"] },
  { name: "Dow Jones Newswires", forms: ["Dow Jones Newswires"] },
  { name: "RTTNews", forms: ["RTTNews", "RTT News"] },
  // Syndication services: their articles run on other sites under their credit.
  { name: "The Conversation", forms: ["The Conversation"] },
  { name: "Inter Press Service", forms: ["Inter Press Service", "IPS"] },
  { name: "KFF Health News", forms: ["KFF Health News", "Kaiser Health News"] },
  { name: "Project Syndicate", forms: ["Project Syndicate"] },
  // "— Agencies": a desk's credit to the wires in general, which readers take as a wire credit.
  { name: "Agencies", forms: ["Agencies"] },
];

/** Short names are read only in the case written; longer ones in capitals or lower case too. */
const SHORT_FORM = 4;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The spellings of one form a text may print. */
function spellings(form: string): string[] {
  if (form.length <= SHORT_FORM) return [form];
  return [...new Set([form, form.toUpperCase(), form.toLowerCase()])];
}

/** Every spelling of every wire, longest first, so "Kyodo News" is tried before "Kyodo". */
const SPELLINGS: readonly { readonly text: string; readonly name: string }[] = WIRES.flatMap((w) =>
  w.forms.flatMap((f) => spellings(f).map((text) => ({ text, name: w.name }))),
).sort((a, b) => b.text.length - a.text.length);

/**
 * Alternation of the wires' spellings for use inside larger patterns; match it without the `i`
 * flag, since the case of short names is part of what tells "AP" from "ap". Spaces and hyphens
 * inside a name match any run of either ("dpa AFX", "Agence France-Presse").
 */
export const WIRE_NAMES = SPELLINGS.map((s) =>
  escape(s.text).replace(/(?:\\-|\s)+/g, "[\\s-]+"),
).join("|");

const BY_SPELLING = new Map<string, string>();
for (const s of SPELLINGS) BY_SPELLING.set(s.text.replace(/[\s-]+/g, " "), s.name);

/** The brief's name for a wire service as a text writes it, or null if it is not a known wire. */
export function knownWire(written: string): string | null {
  const n = written.trim().replace(/[\s-]+/g, " ");
  return BY_SPELLING.get(n) ?? BY_SPELLING.get(n.replace(/^the /i, "The ")) ?? null;
}

/**
 * The longest run of letters of every spelling ("Associated" of "The Associated Press"): the
 * rarest of its words, most likely, and one a text holds whole wherever it holds the spelling
 * between non-letters.
 */
const TELLING_WORDS: ReadonlySet<string> = new Set(
  SPELLINGS.map((s) =>
    [...s.text.matchAll(/\p{L}+/gu)]
      .map((m) => m[0])
      .reduce((a, b) => (b.length > a.length ? b : a)),
  ),
);

/**
 * Whether a text may name a wire where a pattern built on `WIRE_NAMES` finds one standing between
 * non-letters: some whole run of its letters is a spelling's telling word. It spares the long
 * alternation the texts without any (one scan of their words, where the alternation is tried at
 * every position).
 */
export function mayNameWire(text: string): boolean {
  for (const m of text.matchAll(/\p{L}+/gu)) if (TELLING_WORDS.has(m[0])) return true;
  return false;
}
