#!/usr/bin/env node
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { FORMATS, type Format } from "../render/render.js";
import { DEFAULT_MAX_BYTES, reasonOf } from "../ingest/read-inputs.js";
import { briefCommand } from "./brief-command.js";
import { ingestCommand } from "./ingest-command.js";
import { storiesCommand } from "./stories-command.js";

const positiveNumber = (v: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a positive number");
  return n;
};
const isoDay = (v: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) {
    throw new InvalidArgumentError("expected a date as YYYY-MM-DD");
  }
  return v;
};

/** The options of every command that reads articles. */
function withInputOptions(command: Command): Command {
  return command
    .argument("<paths...>", ".txt/.md, .html, .json/.jsonl, RSS/Atom files, folders, or -")
    .option(
      "--max-mb <n>",
      "skip single article files larger than this",
      positiveNumber,
      DEFAULT_MAX_BYTES / 1024 / 1024,
    )
    .option("--today <date>", "today's date (YYYY-MM-DD): no article is dated later", isoDay)
    .option("-q, --quiet", "do not list skipped inputs on standard error", false);
}

function program(): Command {
  const cli = new Command("corroborate")
    .description("Turns news articles about the same events into a verified, cited story brief.")
    .version("0.1.0")
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)");

  withInputOptions(cli.command("brief"))
    .description(
      "Read articles (files, folders, - for JSONL on standard input) and write the brief of every story.",
    )
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("md"))
    .option("-o, --out <file>", "write the brief to a file instead of standard output")
    .option("-s, --story <id>", "only the story with this id (see `corroborate stories`)")
    .addHelpText(
      "after",
      "\nExit status: 0 on success, 1 when no input could be used, 2 on bad arguments.\n" +
        "Examples:\n  corroborate brief examples/corpus\n  corroborate brief news/ --format html --out brief.html\n  cat feed.jsonl | corroborate brief - --format json",
    )
    .action(
      async (
        paths: string[],
        opts: {
          format: Format;
          out?: string;
          maxMb: number;
          today?: string;
          quiet: boolean;
          story?: string;
        },
      ) => {
        process.exitCode = await briefCommand(paths, opts);
      },
    );

  withInputOptions(cli.command("stories"))
    .description(
      "Read articles and list the stories found: id, label, dates, articles and outlets.",
    )
    .addOption(
      new Option("-f, --format <format>", "output format").choices(["md", "json"]).default("md"),
    )
    .addHelpText("after", "\nThen: corroborate brief <paths...> --story <id>")
    .action(
      async (
        paths: string[],
        opts: { format: "md" | "json"; maxMb: number; today?: string; quiet: boolean },
      ) => {
        process.exitCode = await storiesCommand(paths, opts);
      },
    );
  withInputOptions(cli.command("ingest"))
    .description(
      "Read articles and add the ones not stored yet, with their analysis, to a store: an embedded one in a data folder, or the PostgreSQL server of DATABASE_URL.",
    )
    .option(
      "--data <dir>",
      "the embedded store's data folder (default ./corroborate-data); given, it is used even when DATABASE_URL is set",
    )
    .addHelpText(
      "after",
      "\nAn article whose URL or text the store holds already is skipped. A new data folder takes\n" +
        "5-11 s to create; one process at a time may use it.\n" +
        "Exit status: 0 on success, 1 when no input could be used or the store could not be opened, 2 on bad arguments.\n" +
        "Examples:\n  corroborate ingest examples/corpus\n  corroborate ingest news/ --data ~/desk-data\n  DATABASE_URL=postgresql://localhost/news corroborate ingest news/",
    )
    .action(
      async (
        paths: string[],
        opts: { data?: string; maxMb: number; today?: string; quiet: boolean },
      ) => {
        // The one place the store's location is read from the environment.
        const databaseUrl =
          opts.data === undefined ? process.env.DATABASE_URL || undefined : undefined;
        process.exitCode = await ingestCommand(paths, { ...opts, databaseUrl });
      },
    );
  return cli;
}

async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version end "with an error" of code 0 under exitOverride.
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`corroborate: ${reasonOf(e)}\n`);
    process.exitCode = 1;
  }
}

await main(process.argv);
