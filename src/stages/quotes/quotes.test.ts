import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import type { Article, Corpus, Entity, Quote, ReuseRelation } from "../../model/index.js";
import { mergeEntities } from "../entities/entities.js";
import { findDirectQuotes } from "./01-direct.js";
import { orderedMatch, storyQuotes, storyReferent, wordDiff } from "./04-story-quotes.js";
import { reattributedQuoteWarnings, storyQuotesJson } from "../../brief/quotes.js";

const quotesOf = (text: string): readonly Quote[] => articleFromText(text).quotes ?? [];
/** Each quote of a text as [kind, speaker as written, text]. */
const saidIn = (text: string): (string | undefined)[][] =>
  quotesOf(text).map((q) => [q.kind, q.speaker?.text, q.text]);
const direct = (text: string): string[] => {
  const a = articleFromText(text);
  return findDirectQuotes(a).map((q) =>
    q.pieces.map((p) => a.clean.slice(p.start, p.end)).join(" | "),
  );
};

describe("direct quotations", () => {
  it("reads every quotation-mark style", () => {
    expect(direct('"We will rebuild," she said.')).toEqual(["We will rebuild,"]);
    expect(direct("“We will rebuild,” she said.")).toEqual(["We will rebuild,"]);
    expect(direct("‘We will rebuild,’ she said.")).toEqual(["We will rebuild,"]);
    expect(direct("«We will rebuild», she said.")).toEqual(["We will rebuild"]);
    expect(direct("‘‘We will rebuild,’’ she said.")).toEqual(["We will rebuild,"]);
  });
  it("reads the doubled apostrophes of archive text as quotation marks, not an apostrophe", () => {
    expect(direct("''We will rebuild,'' she said.")).toEqual(["We will rebuild,"]);
    expect(direct("``We will rebuild,'' she said.")).toEqual(["We will rebuild,"]);
    expect(direct("She called it ''a disaster.'' The quay's crews agreed.")).toEqual([
      "a disaster.",
    ]);
    expect(direct("The crews' boats were moored at the quay.")).toEqual([]);
    // the quotation is not its speaker: "''…,'' said Ana Ruiz, an adviser"
    expect(
      saidIn("''The bridge is safe again,'' said Ana Ruiz, an adviser to the harbour board."),
    ).toEqual([["direct", "Ana Ruiz", "The bridge is safe again,"]]);
  });
  it("reads an elided year written with the opening mark as no quotation", () => {
    expect(direct("Ana Ruiz said in ‘08 that the tolls would rise within a year.")).toEqual([]);
    expect(
      direct("The band was big in the ‘90s, its singer said ‘we never stopped’ then."),
    ).toEqual(["we never stopped"]);
  });
  it("closes a quotation opened in one style with the other, as scraped text mixes them", () => {
    expect(direct('“We will rebuild," she said. The quay was quiet.')).toEqual([
      "We will rebuild,",
    ]);
    expect(direct('"We will rebuild,” she said. The quay was quiet.')).toEqual([
      "We will rebuild,",
    ]);
    // a straight quotation inside a curly one, and a curly closer later on, stay as they were
    expect(direct('“They called it "a disaster" on Monday,” she said.')).toEqual([
      'They called it "a disaster" on Monday,',
    ]);
    expect(direct('“The 12" pipe burst at noon,” she said.')).toEqual([
      'The 12" pipe burst at noon,',
    ]);
    expect(saidIn('“We will rebuild," Ilsa Varnholt said on Monday.')).toEqual([
      ["direct", "Ilsa Varnholt", "We will rebuild,"],
    ]);
  });
  it("keeps apostrophes and quotes inside quotes within the quotation", () => {
    expect(direct("“The crews’ work isn’t done,” he said.")).toEqual([
      "The crews’ work isn’t done,",
    ]);
    expect(direct("“They told us ‘stay home’ and we did,” she said.")).toEqual([
      "They told us ‘stay home’ and we did,",
    ]);
  });
  it("keeps a quotation that runs on into the next paragraph whole", () => {
    const text =
      "“We will rebuild the bridge,” the mayor said. “It will take two years.\n\n“And it will cost money,” she added.";
    expect(direct(text)).toEqual([
      "We will rebuild the bridge,",
      "It will take two years. | And it will cost money,",
    ]);
  });
});

describe("speakers", () => {
  it("takes a name after the verb for the speaker only right after it, not further on", () => {
    const out = saidIn(
      "Tomas Brennick said it’s unrealistic to think that if the Harbour Board pulls back, “the quay will save itself.”",
    );
    expect(out.filter((q) => q[0] !== "indirect")).toEqual([
      ["direct", "Tomas Brennick", "the quay will save itself."],
    ]);
  });
  it("finds 'X said', 'said X' and 'X told Y', with venue and time", () => {
    const [a, b, c] = quotesOf(
      "“The harbour is closed until further notice,” Mayor Ilsa Varnholt said in an interview with the Harbour Post on Monday.\n\n" +
        "“Ships will wait outside,” said Tomas Brennick, the port director.\n\n" +
        "“Nobody was hurt in the fire,” Varnholt told reporters.",
    ).filter((q) => q.kind !== "indirect");
    expect(a?.speaker?.name).toBe("Ilsa Varnholt");
    expect(a?.venue).toBe("in an interview with the Harbour Post");
    expect(a?.when).toBe("Monday");
    expect(b?.speaker?.name).toBe("Tomas Brennick");
    expect(c?.speaker?.name).toBe("Varnholt");
    expect(c?.cue?.text).toBe("told reporters");
  });
  it("resolves a pronoun and carries the speaker into the next paragraph", () => {
    const qs = quotesOf(
      "Harbour master Tomas Brennick spoke after the storm.\n\n“The sea wall held,” he said.\n\n“We were lucky this time.”",
    );
    expect(qs.map((q) => [q.speaker?.name, q.speaker?.from])).toEqual([
      ["Tomas Brennick", "pronoun"],
      ["Tomas Brennick", "carried"],
    ]);
  });
  it("takes an organisation as speaker and a partial quote inside a sentence", () => {
    const [q] = quotesOf(
      "The Harbour Authority said in a statement that the pier would “reopen within days” after repairs.",
    ).filter((x) => x.kind !== "indirect");
    expect(q?.kind).toBe("partial");
    expect(q?.speaker?.name).toBe("Harbour Authority");
    expect(q?.venue).toBe("in a statement");
  });
  it("leaves scare quotes and titles alone", () => {
    expect(quotesOf("Residents call the new tower the “glass needle” and avoid it.")).toEqual([]);
    expect(quotesOf("She read “The Tide Tables of Merrow Bay” twice.")).toEqual([]);
  });
  it("reads the brackets of an editorial insertion as part of the quote", () => {
    const [q] = quotesOf("“They [the council] promised us a bridge,” Ilsa Varnholt said.");
    expect(q?.text).toBe("They [the council] promised us a bridge,");
  });
  it("gives a quote no speaker rather than a phrase that is no noun phrase, nor one guessed from the quotes around it", () => {
    const speakersOf = (text: string) =>
      quotesOf(text)
        .filter((q) => q.kind !== "indirect")
        .map((q) => q.speaker?.text ?? null);
    // an adverb, a clause read back from a passive
    expect(
      speakersOf(
        "Tomas Brennick asked Ilsa Varnholt about the tolls. She did not answer, and instead argued that the board had made a deal “to sell the ferry to the lowest bidder before the spring.”",
      ),
    ).toEqual([null]);

    expect(
      speakersOf(
        "On Friday, he joined other islanders in pouncing on news that the harbour board's computer had handled messages later deemed “strictly confidential,” saying in a post: “The new release is a disaster for the board.”",
      ),
    ).toEqual([null]);
    // a noun phrase read the same way still speaks
    expect(
      speakersOf("The harbour board called the plan “reckless and costly for the island.”"),
    ).toEqual(["The harbour board"]);
  });
  it("gives what several people said together to all of them, and to no one of them alone", () => {
    const intro = "Ana Ruiz met Tomas Vell and Ilsa Varnholt at the quay on Monday.\n\n";
    const said = (text: string) =>
      quotesOf(intro + text).map((q) => [q.kind, q.speaker?.text, q.speaker?.key ?? null]);
    expect(said("“We will rebuild it,” Ruiz and Vell said.")).toEqual([
      ["direct", "Ruiz and Vell", null],
    ]);
    expect(said("“It is over,” said Ruiz and Vell.")).toEqual([["direct", "Ruiz and Vell", null]]);
    expect(said("Ruiz and Vell said the bridge would reopen in May.")).toEqual([
      ["indirect", "Ruiz and Vell", null],
    ]);
    expect(said("Ruiz, Vell and Varnholt said the bridge would reopen in May.")).toEqual([
      ["indirect", "Ruiz, Vell and Varnholt", null],
    ]);
    expect(said("The bridge will reopen in May, Ruiz and Vell said on Monday.")).toEqual([
      ["indirect", "Ruiz and Vell", null],
    ]);
    // a list read only in part ("Brennick" no name the article gives) is given to no part of it
    const partial = said("The bridge will reopen in spring, Brennick, Vell and Varnholt said.");
    expect(partial.length).toBe(1);
    expect(partial[0]?.[1]).not.toBe("Vell and Varnholt");
    expect(said("According to Ruiz and Vell, the bridge would reopen in May.")).toEqual([
      ["indirect", "Ruiz and Vell", null],
    ]);
    // titles between the names, and the words that open the list, are the speakers' too
    expect(
      said("Mayor Ana Ruiz and Councillor Tomas Vell told reporters: “We will rebuild it.”"),
    ).toEqual([["direct", "Ana Ruiz and Councillor Tomas Vell", null]]);
    expect(said("The toll stays, but both Ruiz and Vell said the fee would fall.")).toEqual([
      ["indirect", "both Ruiz and Vell", null],
    ]);
    expect(said("On Monday, Ruiz and Vell said the fee would fall.")).toEqual([
      ["indirect", "Ruiz and Vell", null],
    ]);
    // the next quotation of the paragraph is theirs too
    expect(
      quotesOf(intro + "“We will rebuild it,” Ruiz and Vell said. “The quay comes first.”").map(
        (q) => [q.speaker?.name, q.speaker?.from],
      ),
    ).toEqual([
      ["Ruiz and Vell", "named"],
      ["Ruiz and Vell", "carried"],
    ]);
    // one name alone is still that person, with the entity
    expect(said("Vell said the bridge would reopen in May.")[0]?.[2]).not.toBeNull();
  });
  it("gives a quote to the noun phrase before a 'who' clause that runs up to its verb", () => {
    const [q] = quotesOf(
      "A harbour official who spoke anonymously said Wednesday, “Certainly there are talks between the board and the union about the tolls.”",
    );
    expect(q?.speaker?.text).toBe("A harbour official");
    expect(q?.cue?.text).toBe("said");
  });
});

describe("indirect speech", () => {
  it("reads a run of thousands of commas, appositions or relative clauses before a verb without nesting calls", () => {
    for (const piece of [",", ", who", " (71)"]) {
      const text = `The residents${piece.repeat(30_000)} said the bridge would reopen soon.`;
      // no "Maximum call stack size exceeded": the article is read, whatever it finds
      expect(() => quotesOf(text)).not.toThrow();
    }
  });
  it("reads no content before a closing clause whose verb has its own quotation", () => {
    expect(
      saidIn(
        "Some in the crowd booed, and when Ana Ruiz thanked the crews, a man yelled “Stay home!”",
      ),
    ).toEqual([["direct", "a man", "Stay home!"]]);
  });
  it("reads a name after the verb of a closing clause as its speaker only where the clause ends soon after", () => {
    // "Norland" opens a clause of its own ("Norland voters are worried …"): it said nothing.
    expect(
      saidIn(
        "The tolls rose in May and the crews left the quay for good, said Norland voters are worried about more than the tolls, and that many will leave.",
      ),
    ).toEqual([]);
    // a name with a verb after it in the clause is no speaker
    expect(
      saidIn(
        "The tolls rose in May and the crews left the quay for good, said the Vark family deserved respect.",
      ),
    ).toEqual([]);
    expect(
      saidIn("The ferry will run again on Monday, said Ana Ruiz on Tuesday at the quay."),
    ).toEqual([["indirect", "Ana Ruiz", "The ferry will run again on Monday"]]);
  });
  it("reads an inverted speaker only right after the verb, and no closing clause with an object", () => {
    // "Norland" is in what the aides told, not who told it
    expect(
      saidIn(
        "The aides, led by campaign chief Ana Ruiz, told the crews that they were not expecting to win Norland.",
      ),
    ).toEqual([]);
    expect(saidIn("The ferry will run again, said on Monday the harbour chief Bo Lind.")).toEqual([
      ["indirect", "Bo Lind", "The ferry will run again"],
    ]);
    // "maintains a lead" is a lead kept, not words said; "told the Post" tells someone
    expect(
      saidIn("Though Vark is gaining ground with voters, Ana Ruiz maintains a commanding lead."),
    ).toEqual([]);
    expect(saidIn("The ferry will run again, she told the Harbour Post.")).toEqual([
      ["indirect", "she", "The ferry will run again"],
    ]);
    // a time after the verb is no object
    for (const when of ["this morning", "the next day", "10 days later", "at 3 p.m."])
      expect(saidIn(`The ferry will run again, the mayor said ${when}.`)).toEqual([
        ["indirect", "the mayor", "The ferry will run again"],
      ]);
  });
  it("reads an instruction to a pronoun, and after imploring, advising or reminding verbs", () => {
    expect(
      saidIn("Two councillors implored her to reopen the quay, arguing that it paid its way."),
    ).toEqual([
      ["indirect", "Two councillors", "her to reopen the quay"],
      ["indirect", "Two councillors", "it paid its way"],
    ]);
    expect(saidIn("The harbour master told them to leave the quay by noon.")).toEqual([
      ["indirect", "The harbour master", "them to leave the quay by noon"],
    ]);
    // without "to …" these verbs report nothing
    expect(saidIn("Ana Ruiz reminded the crowd of the flood.")).toEqual([]);
  });
  it("reads no clause break in a thousands separator, and no report in a verb with a number after it", () => {
    expect(
      saidIn(
        "Ferry firms kept their pace of hiring in May, helping the port add 12,000 new jobs in a year.",
      ),
    ).toEqual([]);
    expect(saidIn("The port handled 12,500 containers, the harbour master said.")).toEqual([
      ["indirect", "the harbour master", "The port handled 12,500 containers"],
    ]);
  });
  it("reads a subordinate clause before a reporting clause as the scene, not what was said", () => {
    expect(
      saidIn(
        "Soon after the mayor was booed on Monday, Ana Ruiz wrote to her 20,000 followers, “It’s time to go,” and shared a link.",
      ),
    ).toEqual([["direct", "Ana Ruiz", "It’s time to go,"]]);
    // with words after the reporting clause, the subordinate clause opens the statement
    const [statement, ...others] = quotesOf(
      "If the plan fails to persuade, Ana Ruiz argues, there are other tools in the box.",
    );
    expect(others).toEqual([]);
    expect(statement?.speaker?.text).toBe("Ana Ruiz");
    expect(statement?.pieces?.length).toBe(2);
  });
  it("reads the subject after an opening prepositional phrase as the speaker", () => {
    expect(
      saidIn(
        "In a widely read essay in the Harbour Post the day before the vote, Ana Ruiz acknowledged that the tolls had risen.",
      ),
    ).toEqual([["indirect", "Ana Ruiz", "the tolls had risen"]]);
  });
  it("reads the named person of an apposition, not a name inside it after a preposition or an abbreviation", () => {
    expect(
      saidIn("Bo Lind, a senior adviser to Mr. Vark, said he believed the tolls would fall."),
    ).toEqual([["indirect", "Bo Lind", "he believed the tolls would fall"]]);
    expect(
      saidIn(
        "Will Orr, a mechanic based in Tarrow City, Mo., and an organizer at Norland Rail Workers, said cold weather takes a toll on the trains.",
      ),
    ).toEqual([["indirect", "Will Orr", "cold weather takes a toll on the trains"]]);
    expect(
      saidIn(
        "Donna Vark, 59, of Ashby, Md., who watched the launch from the quay, said the day brought back memories of her father.",
      ),
    ).toEqual([["indirect", "Donna Vark", "the day brought back memories of her father"]]);
  });
  it("walks back over appositions and relative clauses, not over a clause of the sentence", () => {
    // the walk crosses "has led to …": the speaker is the one after the verb
    expect(
      saidIn(
        "The escape of Bo Vark, a convicted thief caught in Tarrow and Norby, has led to unprecedented fallout at the prison, with dozens of guards facing discipline, said Inspector General Ana Ruiz.",
      ).map((q) => q[1]),
    ).toEqual(["Ana Ruiz"]);
    // a relative clause over several segments, and a name that holds "May"
    expect(
      saidIn(
        "Tomas Brennick, whose hometown, Norby, is expected to flood by spring, argues that the quay must be raised.",
      ),
    ).toEqual([["indirect", "Tomas Brennick", "the quay must be raised"]]);
    expect(saidIn("Yin Myint May, 60, a doctor, said she was elated but still wary.")).toEqual([
      ["indirect", "Yin Myint May", "she was elated but still wary"],
    ]);
  });
  it("reads the person a place qualifies before an apposition as the speaker, not the place", () => {
    expect(
      saidIn(
        "Gov. Tomas Brennick of Norland, a councillor who has refused to back the tolls, said the Vark family deserved respect.",
      ),
    ).toEqual([["indirect", "Tomas Brennick", "the Vark family deserved respect"]]);
  });
  it("reads no statement in a refusal to answer, nor a subordinating word as a speaker", () => {
    expect(
      saidIn("The harbour board did not respond to the request, and the ferry sailed."),
    ).toEqual([]);
    expect(saidIn("The port authority declined to comment on the tolls on Monday.")).toEqual([]);
    expect(
      saidIn("Whenever asked about the tolls, the crews turned to how the quay was rebuilt."),
    ).toEqual([]);
    expect(saidIn("The council responded that the tolls were fair.")).toEqual([
      ["indirect", "The council", "the tolls were fair"],
    ]);
  });
  it("reads a contracted pronoun and verb as a clause already begun, not waiting for 'that'", () => {
    expect(
      saidIn("Tomas Brennick said it’s unrealistic to think that the port can close for a month."),
    ).toEqual([
      [
        "indirect",
        "Tomas Brennick",
        "it’s unrealistic to think that the port can close for a month",
      ],
    ]);
  });
  it("reads a participle after the subject's comma as a passive, the verb after it as the report", () => {
    expect(
      saidIn("Ana Ruiz, asked about the tolls, said the quay would be rebuilt by spring."),
    ).toEqual([["indirect", "Ana Ruiz", "the quay would be rebuilt by spring"]]);
    // with an object after it, the verb after an apposition is the active report
    expect(
      saidIn("Bo Lind, the president of the firm, told the Harbour Post the rents would rise."),
    ).toEqual([["indirect", "Bo Lind", "the rents would rise"]]);
  });
  it("reads findings and stances after their subject, and not the other uses of those verbs", () => {
    expect(saidIn("The audit found that the bridge had been unsafe for a decade.")).toEqual([
      ["indirect", "The audit", "the bridge had been unsafe for a decade"],
    ]);
    expect(saidIn("The fishers' union accused the harbour board of hiding the losses.")).toEqual([
      ["indirect", "The fishers' union", "the harbour board of hiding the losses"],
    ]);
    expect(saidIn("Ilsa Varnholt called for an inquiry into the ferry contracts.")).toEqual([
      ["indirect", "Ilsa Varnholt", "an inquiry into the ferry contracts"],
    ]);
    // a reflexive, a passive, a market's move: no one's words
    expect(saidIn("The harbour board found itself short of money by the spring.")).toEqual([]);
    expect(saidIn("The toll plan, opposed by the fishers' union, was dropped in May.")).toEqual([]);
    expect(saidIn("Ana Ruiz was also endorsed the day before by the fishers' union.")).toEqual([]);
    expect(saidIn("They aren't admitted until they are vetted for at least a year.")).toEqual([]);
    expect(saidIn("The ferry company's shares declined 2 per cent to 14.20 on Monday.")).toEqual(
      [],
    );
  });
  it("reads a clause that has begun before a later 'that', and a title between the comma and a trailing speaker", () => {
    expect(
      saidIn("Ilsa Varnholt said it was wrong to compare this harbour with that of Tarrow."),
    ).toEqual([
      ["indirect", "Ilsa Varnholt", "it was wrong to compare this harbour with that of Tarrow"],
    ]);
    expect(
      saidIn("The ferry will not run again before the spring, Mr. Tomas Brennick said."),
    ).toEqual([["indirect", "Tomas Brennick", "The ferry will not run again before the spring"]]);
  });
  it("takes the whole noun phrase that opens the sentence as the subject, and no question word", () => {
    expect(
      saidIn("People briefed on the talks say the harbour board will sell the ferry."),
    ).toEqual([
      ["indirect", "People briefed on the talks", "the harbour board will sell the ferry"],
    ]);
    expect(saidIn("Nobody knows who said the ferry would be sold in the spring.")).toEqual([]);
  });
  it("reads a verb in -ing after a form of 'be' as the subject speaking, not as a passive", () => {
    expect(
      saidIn("Ilsa Varnholt is warning fishers that the quay will close for a month."),
    ).toEqual([["indirect", "Ilsa Varnholt", "the quay will close for a month"]]);
    expect(
      saidIn("The harbour board isn't saying whether the ferry will run in the winter."),
    ).toEqual([["indirect", "The harbour board", "whether the ferry will run in the winter"]]);
    // the passive is still no one speaking
    expect(saidIn("The harbour board was warned that the quay would close for a month.")).toEqual(
      [],
    );
  });
  it("gives a participle the pronoun or description that opens its sentence", () => {
    expect(
      saidIn(
        "She compared the new ferry to the old one, saying both were too slow for the crossing.",
      ),
    ).toEqual([["indirect", "She", "both were too slow for the crossing"]]);
    expect(
      saidIn("The fishers' union has sued the harbour board, saying the tolls break the charter."),
    ).toEqual([["indirect", "The fishers' union", "the tolls break the charter"]]);
    // a participle that reports nothing
    expect(
      saidIn("The bridge reopened on Monday, saying goodbye to a winter of closures."),
    ).toEqual([]);
  });
  it("reads a long 'according to' source, an object pronoun after it, and the clause set inside a sentence", () => {
    expect(
      saidIn(
        "Most fishers back the new tolls, according to early results of a survey conducted for the harbour board by a research firm in Tarrow.",
      ),
    ).toEqual([
      [
        "indirect",
        "early results of a survey conducted for the harbour board by a research firm in Tarrow",
        "Most fishers back the new tolls",
      ],
    ]);
    const [q] = quotesOf(
      "Ilsa Varnholt met the crews on Monday.\n\nAccording to her, the quay will be rebuilt by May.",
    );
    expect([q?.speaker?.text, q?.speaker?.name, q?.text]).toEqual([
      "her",
      "Ilsa Varnholt",
      "the quay will be rebuilt by May",
    ]);
    expect(
      saidIn(
        "The tolls are too high, according to Tomas Brennick, because, frankly, no one pays them.",
      ),
    ).toEqual([["indirect", "Tomas Brennick", "The tolls are too high"]]);
  });
  it("reads a share of people polled, and a group named after an opening phrase, as a subject", () => {
    expect(saidIn("Six in 10 say the harbour board has handled the tolls badly.")).toEqual([
      ["indirect", "Six in 10", "the harbour board has handled the tolls badly"],
    ]);
    expect(saidIn("About 42% say they would pay a higher toll for a faster ferry.")).toEqual([
      ["indirect", "About 42%", "they would pay a higher toll for a faster ferry"],
    ]);
    expect(
      saidIn("In the end, multiple sources close to the talks say the harbour deal is off."),
    ).toEqual([["indirect", "multiple sources close to the talks", "the harbour deal is off"]]);
  });
  it("reads a Title Case headline that says who said what, with a name the article gives", () => {
    const body = "\n\nIlsa Varnholt spoke in Merrowby on Monday about the bridge.";
    expect(saidIn(`Ilsa Varnholt Says Bridge Will Reopen Before Storms${body}`)).toEqual([
      ["indirect", "Ilsa Varnholt", "Bridge Will Reopen Before Storms"],
    ]);
    expect(saidIn(`Bridge Will Reopen Before the Storms, Ilsa Varnholt Says${body}`)).toEqual([
      ["indirect", "Ilsa Varnholt", "Bridge Will Reopen Before the Storms"],
    ]);
    expect(saidIn(`Simon Says Game Returns To The Harbour Fair${body}`)).toEqual([]);
  });
  it("gives a statement a subject that is a noun phrase, or no one", () => {
    // the verb group and a time run on before the verb are no part of who spoke
    expect(
      saidIn("The harbour master has often warned that the quay is unsafe for ferries."),
    ).toEqual([["indirect", "The harbour master", "the quay is unsafe for ferries"]]);
    expect(
      saidIn("Tomas Brennick Sunday night recounted that the ferry had left without him."),
    ).toEqual([["indirect", "Tomas Brennick", "the ferry had left without him"]]);
    // a clause of its own before the verb, or a word that heads no noun phrase: no one
    const nobody = (text: string) => saidIn(text).filter((q) => q[0] === "indirect");
    expect(
      nobody(
        "The port authority will hold a conference call for the shipping community on Monday to explain the tolls.",
      ),
    ).toEqual([]);
    expect(
      nobody("But despite carping that the ferry is late, the crews have kept every crossing."),
    ).toEqual([]);
  });
  it("reads what someone promised, vowed or threatened to do", () => {
    expect(saidIn("Ilsa Varnholt promised to widen the quay before the summer season.")).toEqual([
      ["indirect", "Ilsa Varnholt", "to widen the quay before the summer season"],
    ]);
    expect(saidIn("The fishers' union threatened to close the port if the tolls stayed.")).toEqual([
      ["indirect", "The fishers' union", "to close the port if the tolls stayed"],
    ]);
    // a verb of the list with no "to" after it and no clause is no statement
    expect(saidIn("The mayor pledged two million to the harbour fund on Monday.")).toEqual([]);
  });
  it("reads any verb the tagger reads as one, with a 'that' clause after its subject, and not 'it seems that'", () => {
    expect(
      saidIn("Ilsa Varnholt bemoaned that the ferry tolls were far higher than in other ports."),
    ).toEqual([
      ["indirect", "Ilsa Varnholt", "the ferry tolls were far higher than in other ports"],
    ]);
    expect(
      saidIn("Harbour analysts had already forecast that the deficit would grow again next year."),
    ).toEqual([["indirect", "Harbour analysts", "the deficit would grow again next year"]]);
    expect(saidIn("It seems that the ferry will not run again before the spring.")).toEqual([]);
    // "that" as a determiner: no clause, no verb after it
    expect(
      saidIn("Ilsa Varnholt can appeal that decision to the regional court in Tarrow."),
    ).toEqual([]);
    expect(saidIn("The plan that the council approved will cost the harbour two million.")).toEqual(
      [],
    );
  });
  it("reads a statement after a person's name and a colon, in a headline or a transcript", () => {
    const text =
      "Ilsa Varnholt spoke in Merrowby on Monday.\n\nVarnholt: Bridge Will Reopen Before the Storms\n\nMerrowby: The bridge will reopen before the spring storms.";
    expect(saidIn(text)).toEqual([
      ["indirect", "Varnholt", "Bridge Will Reopen Before the Storms"],
    ]);
    // a section label in capitals no one else in the article is named by
    expect(
      saidIn(
        "Ilsa Varnholt spoke on Monday.\n\nHARBOUR WATCH: The quay will close for repairs in May.",
      ),
    ).toEqual([]);
  });
  it("gives 'who said' to the person the relative clause is about, up to the clause's end", () => {
    const [q] = quotesOf(
      "Tomas Brennick, who said he would not sail again this year, sold his boat on Friday.",
    );
    expect([q?.kind, q?.speaker?.text, q?.speaker?.name, q?.text]).toEqual([
      "indirect",
      "who",
      "Tomas Brennick",
      "he would not sail again this year",
    ]);
    // a description before "who" is the speaker's name when no person is named
    const [r] = quotesOf(
      "Several residents, who said the smoke had reached their homes by noon, left the estate.",
    );
    expect([r?.speaker?.text, r?.speaker?.name, r?.text]).toEqual([
      "who",
      "Several residents",
      "the smoke had reached their homes by noon",
    ]);
    // an interrogative "who" names no one
    expect(saidIn("Nobody knows who said the bridge would reopen in the spring.")).toEqual([]);
  });
  it("ends what a subordinate clause that opens the sentence says at its comma", () => {
    const said = (text: string) =>
      saidIn("Tomas Vell and Ana Ruiz spoke on Monday. " + text).filter((q) => q[0] === "indirect");
    expect(
      said("While Vell claimed the tolls had risen sharply, the council met on Monday."),
    ).toEqual([["indirect", "Vell", "the tolls had risen sharply"]]);
    // a relative clause set between commas is inside what was said
    expect(
      said(
        "As Ruiz warned that the bridge, which is old, would close, the crews began work on the quay.",
      ),
    ).toEqual([["indirect", "Ruiz", "the bridge, which is old, would close"]]);
    // a comma inside a quotation ends nothing
    expect(
      said(
        "As Ruiz warned the bridge was “unsafe, and old”, the crews began work on the quay.",
      )[0]?.[2],
    ).toBe("the bridge was “unsafe, and old”");
  });
  it("reads a verb with a clause of its own after a comma as a statement, not as closing the one before", () => {
    expect(
      saidIn(
        "Tomas Vell and Ana Ruiz spoke on Monday. Although the mayor insisted the toll was fair, Ruiz and Vell have insisted the toll was far too high.",
      ).filter((q) => q[0] === "indirect"),
    ).toEqual([
      ["indirect", "the mayor", "the toll was fair"],
      ["indirect", "Ruiz and Vell", "the toll was far too high"],
    ]);
  });
  it("reads '…, said Name, apposition' after what was said, and a clause after a name and its apposition", () => {
    expect(
      saidIn(
        "The ferry could run again within a week, said Brian Okafor, an adviser to the harbour board.",
      ),
    ).toEqual([["indirect", "Brian Okafor", "The ferry could run again within a week"]]);
    expect(
      saidIn(
        "Assem Dorr, the ferry's first officer, had logged 2,766 hours at sea, the company said.",
      ),
    ).toEqual([
      [
        "indirect",
        "the company",
        "Assem Dorr, the ferry's first officer, had logged 2,766 hours at sea",
      ],
    ]);
  });
  it("reads 'X said (that) …' and '…, X said.'", () => {
    expect(
      saidIn(
        "Ilsa Varnholt said that the bridge would reopen in the spring.\n\nThe ferry will run twice a day until then, a port spokesperson said.",
      ),
    ).toEqual([
      ["indirect", "Ilsa Varnholt", "the bridge would reopen in the spring"],
      ["indirect", "a port spokesperson", "The ferry will run twice a day until then"],
    ]);
  });
  it("keeps the closing mark of a quotation the statement ends with", () => {
    expect(
      saidIn("Ilsa Varnholt said the harbour board favours a “wait and see approach.”"),
    ).toEqual([
      ["indirect", "Ilsa Varnholt", "the harbour board favours a “wait and see approach.”"],
      ["partial", "Ilsa Varnholt", "wait and see approach."],
    ]);
    expect(saidIn("Ilsa Varnholt said the bridge would reopen in the spring.")[0]?.[2]).toBe(
      "the bridge would reopen in the spring",
    );
  });
  it("gives 'X did this and said …' the subject that opens the sentence", () => {
    expect(
      saidIn(
        "Ilsa Varnholt thanked the crews on Monday and said the bridge would reopen in the spring.",
      ),
    ).toEqual([["indirect", "Ilsa Varnholt", "the bridge would reopen in the spring"]]);
  });
  it("reads the speaker before a short parenthesis about them", () => {
    expect(
      saidIn("Tomas Brennick (71) said the ferry had kept the island alive for decades."),
    ).toEqual([["indirect", "Tomas Brennick", "the ferry had kept the island alive for decades"]]);
  });
  it("reads one statement on both sides of a reporting clause set inside a sentence", () => {
    const qs = quotesOf("The bigger risk, she said, is a clash between the two fishing fleets.");
    expect(qs.map((q) => [q.kind, q.speaker?.text, q.text, q.pieces.length])).toEqual([
      ["indirect", "she", "The bigger risk is a clash between the two fishing fleets", 2],
    ]);
  });
  it("gives ', saying …' the subject of the clause it hangs on, and no other participle a speaker", () => {
    expect(
      saidIn(
        "Ilsa Varnholt defended the closure on Monday, saying the bridge would reopen in the spring.\n\nCrews working through the night saying little were seen on the bridge deck.",
      ),
    ).toEqual([["indirect", "Ilsa Varnholt", "the bridge would reopen in the spring"]]);
  });
  it("reads 'according to' ending a sentence with no comma, and a content that opens with a name and a comma", () => {
    const qs = quotesOf(
      "The ferry carried 4,200 passengers in March according to figures from the port authority.\n\nMerrowby, however, lost two boats in the storm, according to the coastguard.\n\nIlsa Varnholt, the harbour master, said on Monday.",
    );
    expect(qs.map((q) => [q.kind, q.cue?.text, q.text])).toEqual([
      ["indirect", "according to", "The ferry carried 4,200 passengers in March"],
      ["indirect", "according to", "Merrowby, however, lost two boats in the storm"],
    ]);
    // Only capitalised words make a name: "In short, the …" is content.
    expect(
      quotesOf("In short, the bridge will reopen in the spring, the mayor said.").map((q) => [
        q.speaker?.text,
        q.text,
      ]),
    ).toEqual([["the mayor", "In short, the bridge will reopen in the spring"]]);
  });
  it("reads a group named by its noun as a speaker ('state officials said')", () => {
    expect(saidIn("State officials said the ferry would need a new engine.")).toEqual([
      ["indirect", "State officials", "the ferry would need a new engine"],
    ]);
    // two groups joined by "and" are one subject
    expect(saidIn("Federal and state officials said the ferry would need a new engine.")).toEqual([
      ["indirect", "Federal and state officials", "the ferry would need a new engine"],
    ]);
    expect(saidIn("Residents and shop owners said the flood had ruined their stock.")).toEqual([
      ["indirect", "Residents and shop owners", "the flood had ruined their stock"],
    ]);
    // but a clause before "and" is not part of it
    expect(saidIn("Prices rose sharply and officials said the harvest had failed.")).toEqual([
      ["indirect", "officials", "the harvest had failed"],
    ]);
  });
  it("reads a 'that' with no clause after it as a word of the content ('could change that')", () => {
    expect(saidIn("Engineers on the project said the new pumps could change that.")).toEqual([
      ["indirect", "Engineers on the project", "the new pumps could change that"],
    ]);
    expect(saidIn("The mayor said she would never allow that.")).toEqual([
      ["indirect", "The mayor", "she would never allow that"],
    ]);
  });
  it("reads a 'that' after ', and' as no opening of the content, and 'said nothing' as no statement", () => {
    // a second clause of the same content
    expect(
      saidIn("Ana Lund said the ferry was late again, and that the crew would strike on Monday."),
    ).toEqual([
      [
        "indirect",
        "Ana Lund",
        "the ferry was late again, and that the crew would strike on Monday",
      ],
    ]);
    // "that" as the subject of a clause of the writer's own
    expect(
      saidIn("Ana Lund said little about the tolls, and that angered the ferry crews."),
    ).toEqual([]);
    expect(saidIn("Asked about the tolls, Ana Lund said nothing.")).toEqual([]);
    expect(saidIn("Ana Lund said something else about the ferry timetable.")).toEqual([]);
    // "little" or "much of …" as the subject of what was said
    expect(saidIn("Ana Lund said little had changed since the flood in the valley.")).toEqual([
      ["indirect", "Ana Lund", "little had changed since the flood in the valley"],
    ]);
    expect(saidIn("Ana Lund said much of the talk was about the ferry timetable.")).toEqual([
      ["indirect", "Ana Lund", "much of the talk was about the ferry timetable"],
    ]);
  });
  it("reads no subject in a clause inside the noun phrase that opens the sentence", () => {
    expect(
      saidIn(
        "The gap between what the mayor says the plan will cost and what it costs has grown since March.",
      ),
    ).toEqual([]);
  });
  it("keeps 'at least' in what was said", () => {
    expect(
      saidIn(
        "Nurses at Merrowby Hospital say at least a dozen of the patients came off the ferry.",
      ),
    ).toEqual([
      [
        "indirect",
        "Nurses at Merrowby Hospital",
        "at least a dozen of the patients came off the ferry",
      ],
    ]);
  });
  it("reads a noun phrase ending on a name as the speaker ('Officials at the Harbour Authority')", () => {
    expect(
      saidIn("Officials at the Harbour Authority said the quay would reopen in the spring."),
    ).toEqual([
      ["indirect", "Officials at the Harbour Authority", "the quay would reopen in the spring"],
    ]);
    expect(saidIn("Lawmakers in Merrowby say the levy has brought millions to the town.")).toEqual([
      ["indirect", "Lawmakers in Merrowby", "the levy has brought millions to the town"],
    ]);
  });
  it("reads 'said about 200 …' as a figure, not as the topic of the speech", () => {
    expect(
      saidIn("Harbour master Ilsa Varnholt said about 200 boats had left the marina."),
    ).toEqual([["indirect", "Ilsa Varnholt", "about 200 boats had left the marina"]]);
  });
  it("starts 'according to X, who …, …' after the clause about the source", () => {
    expect(
      saidIn(
        "According to Tomas Brennick, who chairs the ferry board, the new timetable starts in May.",
      ),
    ).toEqual([["indirect", "Tomas Brennick", "the new timetable starts in May"]]);
  });
  it("leaves a quotation after 'said:' to the direct quote", () => {
    expect(
      saidIn(
        "Tomas Brennick, 64, who has run the ferry for a decade, said: “We have never seen the river this high. The town is ready.”",
      ).map(([kind]) => kind),
    ).toEqual(["direct"]);
  });
  it("reads no statement in a passive 'was told', and an instruction with its object", () => {
    expect(saidIn("The ferry company was told by the council to cut its fares by June.")).toEqual(
      [],
    );
    expect(
      saidIn("The council told the ferry company to cut its fares before the summer."),
    ).toEqual([
      ["indirect", "The council", "the ferry company to cut its fares before the summer"],
    ]);
    // a source given for the report closes what was said
    expect(
      saidIn(
        "The council told the ferry company to cut its fares, according to minutes of the meeting.",
      ),
    ).toEqual([["indirect", "The council", "the ferry company to cut its fares"]]);
  });
  it("reads a second statement in a sentence, and ends the first before its clause", () => {
    // a clause with a subject of its own after a conjunction
    expect(
      saidIn(
        "Ilsa Varnholt said the quay would reopen in the spring, though she conceded that the repairs could run late.",
      ),
    ).toEqual([
      ["indirect", "Ilsa Varnholt", "the quay would reopen in the spring"],
      ["indirect", "she", "the repairs could run late"],
    ]);
    // a verb coordinated with the first, or a participle hung on it: the same speaker
    expect(
      saidIn(
        "Tomas Brennick said the ferry lost money every winter and warned that the town could lose the service.",
      ),
    ).toEqual([
      ["indirect", "Tomas Brennick", "the ferry lost money every winter"],
      ["indirect", "Tomas Brennick", "the town could lose the service"],
    ]);
    expect(
      saidIn(
        "The harbour board said the fees would rise in May, adding that fishing boats would pay half.",
      ),
    ).toEqual([
      ["indirect", "The harbour board", "the fees would rise in May"],
      ["indirect", "The harbour board", "fishing boats would pay half"],
    ]);
    // a "that" past a later verb opens that verb's statement, not the first's
    expect(
      saidIn(
        "Ana Lund said the talks would be hard, and she noted that no date had been set for them.",
      ),
    ).toEqual([
      ["indirect", "Ana Lund", "the talks would be hard"],
      ["indirect", "she", "no date had been set for them"],
    ]);
    // a reporting clause closing the sentence reports the first statement whole
    expect(
      saidIn(
        "The harbour master told the board the quay was unsafe after the storm, a port official said.",
      ),
    ).toEqual([
      [
        "indirect",
        "a port official",
        "The harbour master told the board the quay was unsafe after the storm",
      ],
      ["indirect", "The harbour master", "the quay was unsafe after the storm"],
    ]);
    // …and is the only statement when the verb before it has too few words after it for one
    expect(saidIn("Ilsa Varnholt denied the charges, the harbour board said.")).toEqual([
      ["indirect", "the harbour board", "Ilsa Varnholt denied the charges"],
    ]);
  });
  it("reads no second statement in a passive or a clause that states a fact", () => {
    expect(
      saidIn(
        "Officials said most of the residents had gone home by evening, and nobody has been reported missing.",
      ),
    ).toEqual([
      [
        "indirect",
        "Officials",
        "most of the residents had gone home by evening, and nobody has been reported missing",
      ],
    ]);
    expect(
      saidIn(
        "The mayor said the bridge would reopen on Monday and the ferries would run all week.",
      ),
    ).toEqual([
      [
        "indirect",
        "The mayor",
        "the bridge would reopen on Monday and the ferries would run all week",
      ],
    ]);
  });
  it("starts what was told after the object of 'told'", () => {
    expect(saidIn("Varnholt told the jury she did not remember locking the gate.")).toEqual([
      ["indirect", "Varnholt", "she did not remember locking the gate"],
    ]);
    expect(saidIn("The mayor told reporters the plan to build a bridge was dead.")).toEqual([
      ["indirect", "The mayor", "the plan to build a bridge was dead"],
    ]);
  });
  it("leaves the dateline out of what was said", () => {
    expect(
      saidIn(
        "HARBOURTON, Norway, May 3 (Northwire) – The bridge will stay shut until June, officials said.",
      ),
    ).toEqual([["indirect", "officials", "The bridge will stay shut until June"]]);
    expect(
      saidIn(
        "HARBOURTON (AP) — The ferry will run twice a day until spring, according to the port.",
      ),
    ).toEqual([["indirect", "the port", "The ferry will run twice a day until spring"]]);
  });
  it("takes a verb that reports only with a clause after it when a noun phrase and its verb follow", () => {
    expect(saidIn("Varnholt confirmed the bridge would reopen on Monday.")).toEqual([
      ["indirect", "Varnholt", "the bridge would reopen on Monday"],
    ]);
    expect(saidIn("The agency reported the harbour crews had cleared the wreck.")).toEqual([
      ["indirect", "The agency", "the harbour crews had cleared the wreck"],
    ]);
    // an object and no verb of its own: no statement
    expect(saidIn("Varnholt added a second ferry to the winter timetable on Monday.")).toEqual([]);
    expect(saidIn("The agency reported a profit of three million crowns last year.")).toEqual([]);
    // the subject's own doing, and a noun with a clause about it
    expect(saidIn("Varnholt finds herself leading the council into a hard winter.")).toEqual([]);
    expect(saidIn("Varnholt found someone she would trust with the harbour keys.")).toEqual([]);
  });
  it("gives a headline's label before a colon to the person the article names with it", () => {
    const story =
      "Mayor Ilsa Varnholt spoke in Tarrow on Monday. The crews had worked through the night.";
    expect(saidIn(`Varnholt: ‘We Will Rebuild The Bridge By Spring.’\n\n${story}`)[0]).toEqual([
      "direct",
      "Varnholt",
      "We Will Rebuild The Bridge By Spring.",
    ]);
    expect(saidIn(`Varnholt: Bridge Will Reopen Before The Winter Storms.\n\n${story}`)[0]).toEqual(
      ["indirect", "Varnholt", "Bridge Will Reopen Before The Winter Storms"],
    );
    // a label no person of the article answers to is no one's
    expect(saidIn(`Poll: “Most voters want the bridge rebuilt by spring.”\n\n${story}`)[0]).toEqual(
      ["direct", undefined, "Most voters want the bridge rebuilt by spring."],
    );
  });
  it("reads past a short parenthesis closing a name before its comma", () => {
    expect(
      saidIn(
        "In Tarrow, after the vote, Gov. Ilsa Varnholt (D-Norland), said, “We will rebuild the bridge by spring.”",
      ),
    ).toEqual([["direct", "Ilsa Varnholt", "We will rebuild the bridge by spring."]]);
  });
  it("reads a subject phrase in lower case after a leading conjunction", () => {
    expect(
      saidIn("But a source close to the harbour board said the ferries would run until May."),
    ).toEqual([
      ["indirect", "a source close to the harbour board", "the ferries would run until May"],
    ]);
  });
  it("opens what was said at 'that' only where no verb follows it", () => {
    // a relative "that" inside the statement, then the one that opens it
    expect(
      saidIn("The port said in a statement that was issued on Friday that the quay would close."),
    ).toEqual([["indirect", "The port", "the quay would close"]]);
    expect(saidIn("Varnholt said the cables that were cut had been replaced overnight.")).toEqual([
      ["indirect", "Varnholt", "the cables that were cut had been replaced overnight"],
    ]);
    // "that" as the clause's subject
    expect(saidIn("Varnholt said that was the last ferry of the season.")).toEqual([
      ["indirect", "Varnholt", "that was the last ferry of the season"],
    ]);
  });
  it("finds the subject of the sentence after its dateline", () => {
    // A place in capitals, a place in ordinary case with a region, a date alone: each before a
    // bracketed credit and a dash, and the speaker opening the sentence after it.
    expect(
      saidIn("HARBOURTON (Northwire) - Mayor Ilsa Varnholt said the bridge would stay shut."),
    ).toEqual([["indirect", "Ilsa Varnholt", "the bridge would stay shut"]]);
    expect(
      saidIn(
        "Lakeside, Ruritania (Northwire) - Ilsa Varnholt on Tuesday said that the ferry would run all winter.",
      ),
    ).toEqual([["indirect", "Ilsa Varnholt", "the ferry would run all winter"]]);
    expect(
      saidIn(
        "May 3 (Northwire) - Ilsa Varnholt visited the harbour and said the crews had worked all night.",
      ),
    ).toEqual([["indirect", "Ilsa Varnholt", "the crews had worked all night"]]);
  });
  it("reads a reporting clause that opens after a colon", () => {
    expect(
      saidIn(
        "The appeal is paying off: Tomas Brennick said the fund had raised $40,000 in three days.",
      ),
    ).toEqual([["indirect", "Tomas Brennick", "the fund had raised $40,000 in three days"]]);
  });
});

describe("across a story", () => {
  it("shows word-level differences and measures ordered overlap", () => {
    expect(
      wordDiff("we will not ask anyone to go home", "we will not ask anyone to go back home"),
    ).toBe("+[back]");
    expect(orderedMatch(["a", "b", "c"], ["a", "c"])).toBe(1);
  });
  it("does not count an editor's bracketed insertion as a change of the speaker's words", () => {
    expect(
      wordDiff("They [the council] promised us a bridge", "They [the city] promised us a bridge"),
    ).toBe("");
    expect(wordDiff("They promised us a bridge", "They [the council] promised us a bridge")).toBe(
      "",
    );
  });
  it("merges one quote across outlets, flags an altered copy and a quote turned indirect", () => {
    const src = articleFromText(
      "Fire chief Ilsa Varnholt spoke on Monday.\n\n“Battery fires do not behave like ordinary fires, and water alone will not put them out,” Varnholt said.\n\n“Keep your windows closed if you can smell smoke,” said Tomas Brennick.",
      { id: "wire.txt", source: "wire.txt", outlet: "Harbour Wire", published: "2026-03-02" },
    );
    const copy = articleFromText(
      "Fire chief Ilsa Varnholt spoke on Monday.\n\n“Battery fires don’t act like normal fires, and water by itself won’t extinguish them,” Varnholt said.\n\nTomas Brennick said anyone who could smell smoke should keep their windows closed.",
      { id: "copy.txt", source: "copy.txt", outlet: "Quick News", published: "2026-03-03" },
    );
    const reuse: ReuseRelation = {
      copy: "copy.txt",
      source: "wire.txt",
      origin: "wire.txt",
      kind: "rewrite",
      credited: false,
      share: 1,
      evidence: [],
    };
    const corpus: Corpus = mergeEntities({
      articles: [src, copy] as Article[],
      skipped: [],
      stories: [{ id: "s1", label: "", articles: ["wire.txt", "copy.txt"], from: null, to: null }],
      reuse: [reuse],
      copyGroups: [{ origin: "wire.txt", members: ["wire.txt", "copy.txt"] }],
    });
    const quotes = storyQuotes(corpus);
    const fires = quotes.find((q) => q.text.startsWith("Battery fires do not"))!;
    expect(fires.first).toBe("wire.txt");
    expect(fires.occurrences.map((o) => o.span.article)).toEqual(["wire.txt", "copy.txt"]);
    expect(fires.altered.map((d) => [d.article, d.against])).toEqual([["copy.txt", "wire.txt"]]);
    const smoke = quotes.find((q) => q.text.startsWith("Keep your windows"))!;
    expect(smoke.turnedIndirect.map((t) => t.article)).toEqual(["copy.txt"]);
  });
});

describe("alterations between different sentences of one speech", () => {
  it("claims none where two articles quote two different sentences a third joins", () => {
    // One quotation over two paragraphs: the first does not close, the second reopens.
    const speech =
      "Mayor Ilsa Varnholt said: “We will rebuild every house the river took, street by street.\n\n“And we will never again build where the water reaches in spring.”";
    const full = articleFromText(`The mayor spoke on Monday.\n\n${speech}`, {
      id: "full.txt",
      source: "full.txt",
      outlet: "Harbour Wire",
      // The whole speech comes last: the two sentences meet before the quotation that joins them.
      published: "2026-03-05",
    });
    const first = articleFromText(
      "The mayor spoke on Monday.\n\n“We will rebuild every house the river took, street by street,” Varnholt said.",
      { id: "first.txt", source: "first.txt", outlet: "Quay Times", published: "2026-03-03" },
    );
    const second = articleFromText(
      "The mayor spoke on Monday.\n\n“We will never again build where the water reaches in spring,” Varnholt said.",
      { id: "second.txt", source: "second.txt", outlet: "Fenwick Daily", published: "2026-03-04" },
    );
    const ids = ["full.txt", "first.txt", "second.txt"];
    const corpus: Corpus = mergeEntities({
      articles: [full, first, second] as Article[],
      skipped: [],
      stories: [{ id: "s1", label: "", articles: ids, from: null, to: null }],
    });
    const quotes = storyQuotes(corpus);
    expect(quotes.flatMap((q) => q.altered)).toEqual([]);
    // Each sentence is still found in its own article.
    const said = (words: string): string[] =>
      quotes
        .filter((q) => q.occurrences.some((o) => o.text.includes(words)))
        .flatMap((q) => q.occurrences.map((o) => o.span.article));
    expect(said("rebuild every house")).toContain("first.txt");
    expect(said("never again build")).toContain("second.txt");
  });
});

describe("alterations between independent reports", () => {
  const storyOf = (a: string, b: string): ReturnType<typeof storyQuotes> => {
    const one = articleFromText(`The pilot spoke on Monday.\n\n${a}`, {
      id: "one.txt",
      source: "one.txt",
      outlet: "Harbour Wire",
      published: "2026-03-03",
    });
    const two = articleFromText(`The pilot spoke on Monday.\n\n${b}`, {
      id: "two.txt",
      source: "two.txt",
      outlet: "Quay Times",
      published: "2026-03-04",
    });
    return storyQuotes(
      mergeEntities({
        articles: [one, two] as Article[],
        skipped: [],
        stories: [{ id: "s1", label: "", articles: ["one.txt", "two.txt"], from: null, to: null }],
      }),
    );
  };
  it("claims none where a whole phrase stands for another: two sentences of one speaker", () => {
    const quotes = storyOf(
      "“We will rebuild every house that the river took from this town, street by street,” Tomas Brennick said.",
      "“We will rebuild every bridge the storms of last winter washed away from this town, street by street,” Tomas Brennick said.",
    );
    // One utterance by its words (most of them shared), but a whole clause stands for another.
    expect(quotes.filter((q) => q.occurrences.length === 2)).toHaveLength(1);
    expect(quotes.flatMap((q) => q.altered)).toEqual([]);
  });
  it("claims none where the words shared in order are only function words", () => {
    const quotes = storyOf(
      "“But I think we have a viable plan,” Tomas Brennick said.",
      "“I know the ferry is late, but I also think that by the spring we have a way to win the tender back,” Tomas Brennick said.",
    );
    // The shorter's words are mostly in the longer ("but I think we have a"), so the two are
    // read as one utterance; "think" is the only word of substance they share.
    expect(quotes.filter((q) => q.occurrences.length === 2)).toHaveLength(1);
    expect(quotes.flatMap((q) => q.altered)).toEqual([]);
  });
  it("still flags words swapped inside the marks", () => {
    const quotes = storyOf(
      "“Our thoughts and prayers go out to the pilot and his son who were hurt,” Tomas Brennick said.",
      "“Our thoughts and prayers are with the pilot who lost his son who was hurt,” Tomas Brennick said.",
    );
    expect(quotes.flatMap((q) => q.altered.map((d) => d.diff))).toEqual([
      "−[go out to] +[are with]; −[and] +[who lost]; −[were] +[was]",
    ]);
  });
});

describe("editorial insertions in the brief", () => {
  it("lists each bracketed insertion as a span of the original text", () => {
    const a = articleFromText("“They [the council] promised us a bridge,” Ilsa Varnholt said.", {
      id: "a.txt",
      source: "a.txt",
    });
    const story = { id: "s1", label: "", articles: ["a.txt"], from: null, to: null };
    const corpus: Corpus = mergeEntities({ articles: [a], skipped: [], stories: [story] });
    const quotes = storyQuotesJson(
      story,
      { ...corpus, quotes: storyQuotes(corpus) },
      new Map([["a.txt", a]]),
    )!;
    const [editorial] = quotes[0]!.occurrences[0]!.editorial;
    expect(a.original.slice(editorial!.start, editorial!.end)).toBe("[the council]");
  });
});

/** One story of the texts, one article a day ("a0.txt" on May 1st, "a1.txt" on the 2nd, …). */
const dailyStory = (texts: string[]): Corpus => {
  const articles = texts.map((t, i) =>
    articleFromText(t, {
      id: `a${i}.txt`,
      source: `a${i}.txt`,
      outlet: `Outlet ${i}`,
      published: `2031-05-0${i + 1}`,
    }),
  );
  const ids = articles.map((a) => a.id);
  return mergeEntities({
    articles,
    skipped: [],
    stories: [{ id: "s1", label: "", articles: ids, from: null, to: null }],
  });
};

describe("reported statements across a story", () => {
  const reported = (corpus: Corpus) =>
    storyQuotes(corpus)
      .filter((q) => q.kind === "indirect")
      .map((q) => ({
        text: q.text,
        articles: q.occurrences.map((o) => o.span.article),
        variants: q.variants.map((v) => [v.article, v.diff]),
      }));

  it("gathers a reprinted statement, and one reported in nearly the same words, as one", () => {
    const corpus = dailyStory([
      "Harbour master Ilsa Varnholt said the quay would reopen to ferries on Friday morning.",
      "Harbour master Ilsa Varnholt said the quay would reopen to ferries on Friday morning.",
      "Ilsa Varnholt said the quay would reopen to the ferries on Friday morning.",
    ]);
    expect(reported(corpus)).toEqual([
      {
        text: "the quay would reopen to ferries on Friday morning",
        articles: ["a0.txt", "a1.txt", "a2.txt"],
        variants: [["a2.txt", "+[the]"]],
      },
    ]);
  });
  it("keeps statements apart when a speaker, a negation or a figure differs", () => {
    const corpus = dailyStory([
      "Harbour master Ilsa Varnholt said the quay would reopen to ferries on Friday morning.",
      "Harbour master Ilsa Varnholt said the quay would not reopen to ferries on Friday morning.",
      "Mayor Tomas Brennick said the quay would reopen to ferries on Friday morning.",
      "Harbour master Ilsa Varnholt said 40 boats would use the quay on Friday morning.",
      "Harbour master Ilsa Varnholt said 45 boats would use the quay on Friday morning.",
    ]);
    expect(reported(corpus).map((r) => r.articles)).toEqual([
      ["a0.txt"],
      ["a1.txt"],
      ["a2.txt"],
      ["a3.txt"],
      ["a4.txt"],
    ]);
  });
});

describe("a story of many reprints", () => {
  it("gathers one quote carried word for word by every article, with no variants", () => {
    const ids = Array.from({ length: 60 }, (_, i) => `r${i}.txt`);
    const articles = ids.map((id, i) =>
      articleFromText(
        `Port news, edition ${i}.\n\n“The quay will reopen on Friday,” harbour master Ilsa Varnholt said.`,
        { id, source: id, outlet: `Outlet ${i}`, published: "2031-05-06" },
      ),
    );
    const story = { id: "s1", label: "", articles: ids, from: null, to: null };
    const corpus: Corpus = mergeEntities({ articles, skipped: [], stories: [story] });
    const quay = storyQuotes(corpus).filter((q) => q.text.includes("quay"));
    expect(quay).toHaveLength(1);
    expect(quay[0]!.occurrences).toHaveLength(60);
    expect(quay[0]!.variants).toEqual([]);
    expect(quay[0]!.altered).toEqual([]);
  });
});

/** The direct and partial quotes of a text: [quoted words, speaker's name, how it was found]. */
const speakers = (text: string): [string, string | null, string | null][] =>
  quotesOf(text)
    .filter((q) => q.kind !== "indirect")
    .map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.from ?? null]);

describe("speakers on real pages", () => {
  it("reads sentences run together", () => {
    expect(
      speakers(
        "Mayor Ana Ruiz thanked the crews and waved once again.“We owe them everything.”\n\nThe quay reopens on Friday.",
      ),
    ).toEqual([["We owe them everything.", "Ana Ruiz", "carried"]]);
  });

  it("resolves a role to the person who holds it", () => {
    expect(
      speakers(
        "Harbour Minister Lena Osterby visited the quay on Monday.\n\n“The repairs will be done by spring,” the minister said.",
      ),
    ).toEqual([["The repairs will be done by spring,", "Lena Osterby", "description"]]);
  });

  it("resolves a body noun to the body the article names or describes so", () => {
    expect(
      speakers(
        "Flights resumed at Harbour Point Airport on Tuesday.\n\n“All runways are open,” the airport posted on X.",
      ),
    ).toEqual([["All runways are open,", "Harbour Point Airport", "description"]]);
    expect(
      speakers(
        "Lumen Rockets, a private space company, flew its lander to the moon.\n\nThe company reported “We are down safely” on Sunday.",
      )[0]?.[1],
    ).toBe("Lumen Rockets");
  });

  it("resolves 'the companies' to the two bodies named together", () => {
    expect(
      speakers(
        "Japanese carmakers Kessa Motors and Morrow Industries confirmed the end of their merger talks.\n\nIn a joint statement, the companies said they would “keep working together on batteries and software.”",
      )[0]?.[1],
    ).toBe("Kessa Motors and Morrow Industries");
  });

  it("gives a statement to whoever issued it, never to the document", () => {
    expect(
      speakers(
        "The talks collapsed, Kessa Motors announced in a statement on Thursday.\n\n“The three companies will keep working together,” the statement said.",
      ),
    ).toEqual([["The three companies will keep working together,", "Kessa Motors", "description"]]);
    expect(
      speakers(
        "“We thank the workers for their patience,” the statement said.\n\nThe strike ended.",
      ),
    ).toEqual([["We thank the workers for their patience,", null, "description"]]);
  });

  it("gives a pronoun's quotation to no one rather than to a Title Case subhead", () => {
    const said = speakers(
      "Harbour walls rebuilt after the storm\n\nThe council met on Monday to discuss the quay.\n\nRising Water Warning\n\n“We will stay until every boat is safe,” he said.",
    );
    expect(said.map((s) => s[1])).toEqual([null]);
    // A person the article names with evidence still takes it.
    const named = speakers(
      "Harbour master Tomas Vell met the council on Monday.\n\n“We will stay until every boat is safe,” he said.",
    );
    expect(named.map((s) => s[1])).toEqual(["Tomas Vell"]);
  });
  it("takes the subject of the sentence for a pronoun, not the last name before it", () => {
    expect(
      speakers(
        "Governor Ada Brill, who flew in to attend a ceremony held by President Tomas Vale, toured the shore, and she said she saw “whole streets already lost to the water.”",
      )[0]?.[1],
    ).toBe("Ada Brill");
  });

  it("takes the body a sentence is about for 'it', not the platform it posted on", () => {
    expect(
      speakers(
        "The Tarrow Ferry Company confirmed the incident in a post on X (formerly Twitter).\n\nIt wrote: “All passengers are safe and accounted for.”",
      )[0]?.[1],
    ).toBe("Tarrow Ferry Company");
  });

  it("never gives a quote to a day, a platform or a preposition", () => {
    expect(
      speakers(
        "Press secretary Mara Voss on Friday reiterated the view that “the ferry must keep running under local ownership.”",
      )[0]?.[1],
    ).toBe("Mara Voss");
    const [aware, involved] = speakers(
      "Kessa Air said it was “aware” of reports the jet had been “involved in a runway incident” and would say more later.",
    );
    expect(aware?.[1]).toBe("Kessa Air");
    expect(involved?.[1]).toBe("Kessa Air");
  });

  it("names no outlet that merely reported the words as their speaker", () => {
    expect(
      speakers("“The pier will stay shut all winter,” according to the Tarrow Daily News.")[0]?.[1],
    ).toBeNull();
    expect(speakers("“The pier will stay shut all winter,” Reuters reported.")[0]?.[1]).toBeNull();
    expect(
      speakers("“The pier will stay shut all winter,” according to the Harbour Authority.")[0]?.[1],
    ).toBe("Harbour Authority");
  });

  it("gives a participle's quote to the subject of its clause", () => {
    expect(
      speakers(
        "Sen. Ada Brill (D-Ore.) criticised the plan, tweeting, “This bridge will never carry a single train.”",
      )[0]?.[1],
    ).toBe("Ada Brill");
    expect(
      speakers(
        "According to the Harbour Post, the Tarrow Port Authority confirmed the closure, stating, “No ship will dock before Monday.”",
      )[0]?.[1],
    ).toBe("Tarrow Port Authority");
  });

  it("reads a transcript's speaker labels, each paragraph a quotation of its speaker", () => {
    const text = [
      "Harbour Radio's host Ilsa Varnholt asked Mayor Tomas Brennick about the ferry on Sunday. Partial transcript:",
      "“VARNHOLT: When will the ferry run again, and who will pay for the repairs to the quay?",
      "“BRENNICK: The ferry will run again in March. The city pays for the quay, and the operator for the ship.",
      "“VARNHOLT: And the fares?",
      "“BRENNICK: The fares stay as they are this year.”",
      "“BREAKING: The ferry company has named a new chief executive,” the station said later.",
    ].join("\n\n");
    const quotes = quotesOf(text).filter((q) => q.kind !== "indirect");
    expect(quotes.map((q) => [q.speaker?.text, q.speaker?.name, q.text.slice(0, 24)])).toEqual([
      ["VARNHOLT", "Ilsa Varnholt", "VARNHOLT: When will the "],
      ["BRENNICK", "Tomas Brennick", "BRENNICK: The ferry will"],
      ["VARNHOLT", "Ilsa Varnholt", "VARNHOLT: And the fares?"],
      ["BRENNICK", "Tomas Brennick", "BRENNICK: The fares stay"],
      // a label no person of the article answers to is no speaker's
      ["the station", "the station", "BREAKING: The ferry comp"],
    ]);
  });

  it("takes a name signed under a quotation with a dash, and no dash that goes on with the sentence", () => {
    const text =
      "Readers wrote in about the quay.\n\n“The ferry is the only way I can get to work in the winter.” ― Ilsa Varnholt\n“Nobody asked the people who live on the harbour about any of this.” — Tomas Brennick, a fisherman\n\n“We will rebuild the quay by the spring,” — the council said on Monday.";
    expect(saidIn(text).map(([, speaker]) => speaker)).toEqual([
      "Ilsa Varnholt",
      "Tomas Brennick",
      "the council",
    ]);
    // a page's no-break spaces around the dash and after the name
    const padded =
      "Readers wrote in about the quay.\n\n“The ferry is the only way I can get to work in the winter.”\u00a0― Ilsa Varnholt\u00a0\n“Nobody asked the people who live on the harbour about any of this.” —\u00a0Tomas Brennick.";
    expect(saidIn(padded).map(([, speaker]) => speaker)).toEqual([
      "Ilsa Varnholt",
      "Tomas Brennick",
    ]);
  });

  it("takes the speaker a colon, a headline or a cut-off attribution gives", () => {
    expect(
      speakers(
        "The Tarrow Dockers Union issued the following statement: “Our members worked this shift and nobody was hurt.”",
      )[0]?.[1],
    ).toBe("Tarrow Dockers Union");
    expect(
      speakers(
        "‘The honour of my life’: Ana Ruiz wins again\n\nMayor Ana Ruiz won a third term on Sunday.",
      )[0]?.[1],
    ).toBe("Ana Ruiz");
    expect(
      speakers(
        "The ferry was launched on Monday.\n\n“It is the fastest ferry we have ever built,” Bo Lind, the yard's chief designer,",
      )[0]?.[1],
    ).toBe("Bo Lind");
  });

  it("leaves a quote after a caption unattributed rather than give it to the caption's name", () => {
    const qs = speakers(
      "“We will rebuild the pier,” Mayor Ana Ruiz told the crowd.\n\nCouncillor Bo Lind at the harbour on Sunday.\n\n“It will take two years and every one of us.”",
    );
    expect(qs[1]).toEqual(["It will take two years and every one of us.", null, null]);
  });

  it("gives an unattributed quote to the subject of the sentence before it", () => {
    const qs = speakers(
      "“We lost,” Ana Ruiz told supporters.\n\nI have said it before.\n\nMs Ruiz also thanked her volunteers.\n\n“There are good people who worked for nothing.”",
    );
    expect(qs[1]).toEqual(["There are good people who worked for nothing.", "Ruiz", "carried"]);
  });

  it("keeps a quotation whole across a paragraph break a scraper put inside its sentence", () => {
    expect(
      direct(
        "“The harbour is aware of an incident involving a\n\nTarrow Ferry vessel,” the port wrote.",
      ),
    ).toEqual(["The harbour is aware of an incident involving a\n\nTarrow Ferry vessel,"]);
  });
});

describe("quotes over several paragraphs, across a story", () => {
  const story = (texts: Record<string, string>): Corpus => {
    const ids = Object.keys(texts);
    const articles = ids.map((id) =>
      articleFromText(texts[id]!, { id, source: id, outlet: id, published: "2031-05-06" }),
    );
    return mergeEntities({
      articles,
      skipped: [],
      stories: [{ id: "s1", label: "", articles: ids, from: null, to: null }],
    });
  };

  it("cites each paragraph of a long quotation on its own, linked in one quote", () => {
    const quotes = storyQuotes(
      story({
        "a.txt":
          "Mayor Ana Ruiz spoke at the quay.\n\n“We will rebuild the pier before the summer.\n\n“And we will pay for it without a new tax,” she said.",
      }),
    );
    const [q] = quotes.filter((x) => x.kind !== "indirect");
    expect(q?.text).toBe(
      "We will rebuild the pier before the summer. And we will pay for it without a new tax,",
    );
    expect(q?.occurrences.map((o) => [o.text, o.part])).toEqual([
      ["We will rebuild the pier before the summer.", { index: 1, of: 2 }],
      ["And we will pay for it without a new tax,", { index: 2, of: 2 }],
    ]);
  });

  it("shows each article's own speaker, and lends one only where an article gives none", () => {
    const quotes = storyQuotes(
      story({
        "a.txt": "“The quay will reopen on Friday and not a day later,” Mayor Ana Ruiz said.",
        "b.txt":
          "Councillor Bo Lind spoke next.\n\n“The quay will reopen on Friday and not a day later,” Lind said.",
        "c.txt": "The harbour was calm.\n\n“The quay will reopen on Friday and not a day later.”",
      }),
    ).filter((q) => q.kind !== "indirect");
    expect(
      quotes.map((q) => [q.speaker, q.occurrences.map((o) => o.span.article).join(",")]),
    ).toEqual([
      ["Ana Ruiz", "a.txt"],
      ["Bo Lind", "b.txt"],
      [null, "c.txt"],
    ]);
    const agreed = storyQuotes(
      story({
        "a.txt": "“The quay will reopen on Friday and not a day later,” Mayor Ana Ruiz said.",
        "c.txt": "The harbour was calm.\n\n“The quay will reopen on Friday and not a day later.”",
      }),
    ).filter((q) => q.kind !== "indirect");
    expect(agreed.map((q) => [q.speaker, q.occurrences.length])).toEqual([["Ana Ruiz", 2]]);
  });
});

describe("descriptions resolved through the story's entities", () => {
  const entity = (
    name: string,
    type: Entity["type"],
    titles: string[],
    articles: number,
  ): Entity => ({
    id: name,
    story: "s1",
    name,
    type,
    aliases: [],
    titles,
    articles: Array.from({ length: articles }, (_, i) => `${name}-${i}`),
    mentions: articles,
  });
  const entities = [
    entity("Lena Osterby", "person", ["Prime Minister"], 4),
    entity("Bo Lind", "person", ["Opposition Leader"], 3),
    entity("Harbour Point International Airport", "place", [], 3),
    entity("Harbour Point Airport", "place", [], 2),
    entity("Kessa Regional Airport", "place", [], 2),
  ];

  it("gives a role to the one person of the story who holds it", () => {
    expect(storyReferent(entities, "the Prime Minister")?.name).toBe("Lena Osterby");
    expect(storyReferent(entities, "the opposition leader")?.name).toBe("Bo Lind");
    expect(storyReferent(entities, "the minister")?.name).toBe("Lena Osterby");
    expect(
      storyReferent([...entities, entity("Ana Ruiz", "person", ["Minister"], 1)], "the minister"),
    ).toBeNull();
  });

  it("does not take a lesser office for the role ('Vice President' is not 'the president')", () => {
    const vice = [entity("Tomas Vale", "person", ["Vice President"], 3)];
    expect(storyReferent(vice, "the president")).toBeNull();
    expect(storyReferent(vice, "the vice president")?.name).toBe("Tomas Vale");
    expect(
      storyReferent([entity("Ana Ruiz", "person", ["Shadow Minister"], 2)], "the minister"),
    ).toBeNull();
    expect(
      speakers(
        "Vice President Tomas Vale toured the port.\n\n“The port will stay open,” the president said.",
      )[0]?.[1],
    ).toBe("the president");
  });

  it("gives a body noun to the body most articles name so, spellings counted together", () => {
    expect(storyReferent(entities, "the airport")?.name).toBe(
      "Harbour Point International Airport",
    );
    expect(storyReferent(entities.slice(0, 3).concat(entities[4]!), "the airport")).toBeNull();
  });
});

describe("a quotation given to another speaker", () => {
  const SAID = "The quay will reopen on Friday and not a day later";
  const flagged = (texts: string[]) =>
    storyQuotes(dailyStory(texts)).flatMap((q) =>
      q.reattributed.map((r) => [r.article, r.speaker, r.against, r.againstSpeaker]),
    );

  it("flags a later article that names another person beside the same words", () => {
    const corpus = dailyStory([
      `“${SAID},” Mayor Ana Ruiz said.`,
      `“${SAID},” said Councillor Bo Lind.`,
      `“${SAID},” Ruiz said.`,
      `“${SAID},” Mayor Ana Ruiz said.`,
    ]);
    const quotes = storyQuotes(corpus);
    expect(
      quotes.flatMap((q) =>
        q.reattributed.map((r) => [r.article, r.speaker, r.against, r.againstSpeaker]),
      ),
    ).toEqual([["a1.txt", "Bo Lind", "a0.txt", "Ana Ruiz"]]);
    const r = quotes.find((q) => q.speaker === "Bo Lind")!.reattributed[0]!;
    expect(r.span.text).toBe(`${SAID},`);
    expect(r.againstSpan.article).toBe("a0.txt");
    // The brief warns of it, naming both outlets and both people.
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    const json = storyQuotesJson(corpus.stories[0]!, { ...corpus, quotes }, byId);
    expect(reattributedQuoteWarnings(json, byId).map((w) => [w.kind, w.articles])).toEqual([
      ["reattributed-quote", ["a1.txt", "a0.txt"]],
    ]);
    expect(reattributedQuoteWarnings(json, byId)[0]!.message).toContain(
      "gives a quote to Bo Lind that Outlet 0 (a0.txt) gives to Ana Ruiz",
    );
  });

  it("flags nothing where our reading of the speaker may be the wrong one", () => {
    // A surname alone may be the same person; a pronoun is our resolution, not the outlet's word.
    expect(flagged([`“${SAID},” Mayor Ana Ruiz said.`, `“${SAID},” Ruiz said.`])).toEqual([]);
    expect(
      flagged([`“${SAID},” Mayor Ana Ruiz said.`, `Bo Lind spoke next.\n\n“${SAID},” he said.`]),
    ).toEqual([]);
    // The paragraph names both people: the name beside the quote may be the wrong one of two.
    expect(
      flagged([
        `“${SAID},” Mayor Ana Ruiz said.`,
        `Bo Lind, who stood beside Ana Ruiz at the harbour, said: “${SAID}.”`,
      ]),
    ).toEqual([]);
    // A quotation that names its speaker is about them, not by them.
    expect(
      flagged([
        "“Ana Ruiz is the finest harbour master this town has ever had,” said Bo Lind.",
        "“Ana Ruiz is the finest harbour master this town has ever had,” Ana Ruiz said.",
      ]),
    ).toEqual([]);
  });

  it("flags nothing for a short phrase two people can both say, or a body and a person", () => {
    expect(
      flagged([
        "“We will rebuild the quay,” said Ana Ruiz.",
        "“We will rebuild the quay,” said Bo Lind.",
      ]),
    ).toEqual([]);
    expect(
      flagged([
        `“${SAID},” the Merrowby Harbour Authority said in a statement.`,
        `“${SAID},” said Bo Lind.`,
      ]),
    ).toEqual([]);
  });
});
