/**
 * Abbreviations written with a period that need not end a sentence, as printed (case matters:
 * "No." numbers, "no." ends a sentence). Source: our own lists, from English news and AP/Reuters
 * house styles' titles and ranks.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "./calendar.js";

const words = (list: string): string[] => list.trim().split(/\s+/);

/** Titles, ranks and name parts before a name: a period after them never ends a sentence. */
export const TITLE_ABBREVIATIONS: readonly string[] = words(`
  Mr Mrs Ms Mx Dr Prof Sen Sens Rep Reps Gov Lt Gen Col Maj Capt Cpt Sgt Adm Cmdr Cdr Cpl Pvt Rev
  Hon Pres Supt Insp Det Brig Gens Messrs Mme Mmes Msgr Fr Sr Sra Srta St Ste Mt Ft Atty Amb Rt Treas
  Sec Ret Const Cst
`);

/**
 * Month abbreviations as printed before a day ("Feb. 14"), capitalised. Not "May": it is the
 * whole name, and "May." ends sentences.
 */
export const MONTH_DAY_ABBREVIATIONS: readonly string[] = [...MONTH_ABBREVIATIONS.keys()]
  .filter((a) => !MONTH_NAMES.includes(a))
  .map((a) => a.charAt(0).toUpperCase() + a.slice(1));

/** Abbreviations that hold a number after them: "No. 10", "Vol. 3", "pp. 4–9". */
export const NUMBER_ABBREVIATIONS: readonly string[] = words(
  "No Nos Vol Vols Art Fig Figs p pp para Ch ch ca",
);

/**
 * Abbreviations that often end a phrase and so may end a sentence too: company and address
 * words, Latin, clock times and initialisms ("Harbour Corp.", "at 5 p.m.", "in the U.S.").
 */
export const PHRASE_END_ABBREVIATIONS: readonly string[] = words(`
  Inc Corp Co Ltd Plc Jr Sr Bros Ave Blvd Rd Dept Univ Assn etc vs approx est a.m p.m A.M P.M e.g i.e
  U.S U.K U.N E.U
`);

/**
 * US states as news agencies abbreviate them in datelines and after a city ("Calif.", "Va.");
 * only with a capital, since "ill." and "wash." are words. Source: AP style's state abbreviations.
 */
export const STATE_ABBREVIATIONS: readonly string[] = words(
  "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo",
);
