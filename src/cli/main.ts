#!/usr/bin/env node
import { availableParallelism } from "node:os";
import { DEFAULT_THREADS } from "../pipeline/article-pool.js";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { FORMATS, type Format } from "../render/render.js";
import { DEFAULT_MAX_BYTES, reasonOf } from "../ingest/read-inputs.js";
import { DEFAULT_INTERVAL_SECONDS } from "../feeds/schedule.js";
import { boundHeapGrowth } from "./heap-growth.js";

// Each command's module is imported when the command runs, not here: the store, the server and
// the feed reader would otherwise load on every start (`brief` on files needs none of them).
const commands = {
  brief: () => import("./brief-command.js"),
  stories: () => import("./stories-command.js"),
  ingest: () => import("./ingest-command.js"),
  feeds: () => import("./feeds-command.js"),
  run: () => import("./run-command.js"),
  serve: () => import("./serve-command.js"),
  worker: () => import("./worker-command.js"),
};

const positiveNumber = (v: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a positive number");
  return n;
};
const positiveInteger = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError("expected a whole number, 1 or more");
  return n;
};

/**
 * `--threads`: how many threads run the article stages; 1 (`DEFAULT_THREADS`, measured faster
 * here) runs them in the command's own thread, with no pool. The output is the same whatever
 * the number.
 */
const threadsOption = (): Option =>
  new Option(
    "--threads <n>",
    `threads analysing articles at once: 1 runs them in this process's thread, more in a pool of worker threads (this machine has ${availableParallelism()} cores)`,
  )
    .argParser(positiveInteger)
    .default(DEFAULT_THREADS);

const port = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError("expected a port number, 0 to 65535");
  return n;
};
const isoDay = (v: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) {
    throw new InvalidArgumentError("expected a date as YYYY-MM-DD");
  }
  return v;
};

/**
 * The options of every command that reads articles. `brief` and `stories` read a store instead
 * when given one, so their paths are optional there (`pathsOptional`).
 */
function withInputOptions(command: Command, pathsOptional = false): Command {
  const paths = ".txt/.md, .html, .json/.jsonl, RSS/Atom files, folders, or -";
  return command
    .argument(pathsOptional ? "[paths...]" : "<paths...>", paths)
    .option(
      "--max-mb <n>",
      "skip single article files larger than this",
      positiveNumber,
      DEFAULT_MAX_BYTES / 1024 / 1024,
    )
    .option("--today <date>", "today's date (YYYY-MM-DD): no article is dated later", isoDay)
    .option("-q, --quiet", "do not list skipped inputs on standard error", false)
    .addOption(threadsOption());
}

const STORE_DATA_HELP =
  "read the embedded store in this data folder instead of paths (DATABASE_URL: a PostgreSQL store)";

/**
 * Whether `brief` or `stories` reads a store: given `--data`, or given no paths while
 * DATABASE_URL is set (with paths they analyse them in memory, as they always have). "bad" when
 * the arguments name both or neither, said on standard error.
 */
function storeOfCommand(
  paths: readonly string[],
  data: string | undefined,
): { data?: string; databaseUrl?: string } | null | "bad" {
  // With `brief` and `stories`, the one place the store's location is read from the environment.
  const databaseUrl = process.env.DATABASE_URL || undefined;
  if (data !== undefined && paths.length > 0) {
    process.stderr.write(
      "corroborate: give paths to analyse or --data to read a store, not both\n",
    );
    return "bad";
  }
  if (data !== undefined) return { data };
  if (paths.length > 0) return null;
  if (databaseUrl !== undefined) return { databaseUrl };
  process.stderr.write(
    "corroborate: nothing to read: give paths, or --data <dir> (or DATABASE_URL) for a store\n(run with --help for usage)\n",
  );
  return "bad";
}

function program(): Command {
  const cli = new Command("corroborate")
    .description("Turns news articles about the same events into a verified, cited story brief.")
    .version("0.1.0")
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)");

  withInputOptions(cli.command("brief"), true)
    .description(
      "Read articles (files, folders, - for JSONL on standard input) and write the brief of every story.",
    )
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("md"))
    .option("-o, --out <file>", "write the brief to a file instead of standard output")
    .option("-s, --story <id>", "only the story with this id (see `corroborate stories`)")
    .option("--data <dir>", STORE_DATA_HELP)
    .addHelpText(
      "after",
      "\nWith no paths and --data, or no paths and DATABASE_URL set, the brief is read from the store\n" +
        "as `corroborate ingest` wrote it; with paths, nothing is stored.\n" +
        "Exit status: 0 on success, 1 when no input could be used, 2 on bad arguments.\n" +
        "Examples:\n  corroborate brief examples/corpus\n  corroborate brief news/ --format html --out brief.html\n  cat feed.jsonl | corroborate brief - --format json\n  corroborate brief --story story-3 --data ~/desk-data --format html --out story.html",
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
          data?: string;
          threads?: number;
        },
      ) => {
        const store = storeOfCommand(paths, opts.data);
        process.exitCode =
          store === "bad"
            ? 2
            : store === null
              ? await (await commands.brief()).briefCommand(paths, opts)
              : await (await commands.brief()).storedBriefCommand({ ...opts, ...store });
      },
    );

  withInputOptions(cli.command("stories"), true)
    .description(
      "Read articles and list the stories found: id, label, dates, articles and outlets.",
    )
    .addOption(
      new Option("-f, --format <format>", "output format").choices(["md", "json"]).default("md"),
    )
    .option("--data <dir>", STORE_DATA_HELP)
    .addHelpText(
      "after",
      "\nWith no paths and --data, or no paths and DATABASE_URL set, the stories are the store's.\n" +
        "Then: corroborate brief <paths...> --story <id> (or --story <id> --data <dir>)",
    )
    .action(
      async (
        paths: string[],
        opts: {
          format: "md" | "json";
          maxMb: number;
          today?: string;
          quiet: boolean;
          data?: string;
          threads?: number;
        },
      ) => {
        const store = storeOfCommand(paths, opts.data);
        process.exitCode =
          store === "bad"
            ? 2
            : store === null
              ? await (await commands.stories()).storiesCommand(paths, opts)
              : await (await commands.stories()).storedStoriesCommand({ ...opts, ...store });
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
    .option(
      "--queue",
      "only queue the new articles, for `corroborate worker` processes (or `serve`) to analyse",
      false,
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
        opts: {
          data?: string;
          maxMb: number;
          today?: string;
          quiet: boolean;
          threads?: number;
          queue: boolean;
        },
      ) => {
        // The one place the store's location is read from the environment.
        const databaseUrl =
          opts.data === undefined ? process.env.DATABASE_URL || undefined : undefined;
        process.exitCode = await (
          await commands.ingest()
        ).ingestCommand(paths, { ...opts, databaseUrl });
      },
    );
  registerFeedCommands(cli);
  registerServeCommand(cli);
  registerWorkerCommand(cli);
  return cli;
}

/** The store a feeds or run command uses: `--data` wins over the environment's `DATABASE_URL`. */
const storeOf = (opts: { data?: string; quiet?: boolean }) => ({
  data: opts.data,
  databaseUrl: opts.data === undefined ? process.env.DATABASE_URL || undefined : undefined,
  quiet: opts.quiet ?? false,
});

/** `feeds add|list|remove` and `run`: the feeds kept in a store, and the loop that polls them. */
function registerFeedCommands(cli: Command): void {
  const data = (): Option =>
    new Option(
      "--data <dir>",
      "the embedded store's data folder (default ./corroborate-data); given, it is used even when DATABASE_URL is set",
    );
  const feeds = cli
    .command("feeds")
    .description("The RSS and Atom feeds `corroborate run` polls: add, list, remove.");
  feeds
    .command("add")
    .description("Add a feed to the store; it is due at the next `corroborate run`.")
    .argument("<url>", "the feed's http(s) URL")
    .addOption(data())
    .action(async (url: string, opts: { data?: string }) => {
      process.exitCode = await (
        await commands.feeds()
      ).feedsAddCommand(url, storeOf(opts), new Date());
    });
  feeds
    .command("list")
    .description(
      "List the feeds: when each was polled and read, when it is next due, why it fails.",
    )
    .addOption(data())
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["text", "json"])
        .default("text"),
    )
    .action(async (opts: { data?: string; format: "text" | "json" }) => {
      process.exitCode = await (
        await commands.feeds()
      ).feedsListCommand({ ...storeOf(opts), format: opts.format });
    });
  feeds
    .command("remove")
    .description("Remove a feed (by id or URL); its articles stay in the store.")
    .argument("<feed>", "the feed's id (see feeds list) or URL")
    .addOption(data())
    .action(async (feed: string, opts: { data?: string }) => {
      process.exitCode = await (await commands.feeds()).feedsRemoveCommand(feed, storeOf(opts));
    });
  cli
    .command("run")
    .description(
      "Poll the store's feeds on a schedule and add each new item's article to the store, until stopped.",
    )
    .addOption(data())
    .option(
      "--interval <seconds>",
      "seconds between polls of a feed that works (failing feeds back off from it)",
      positiveNumber,
      DEFAULT_INTERVAL_SECONDS,
    )
    .option("--once", "poll every due feed once, then exit (for tests and cron)", false)
    .option("--today <date>", "today's date (YYYY-MM-DD): no article is dated later", isoDay)
    .option("-q, --quiet", "do not list skipped items on standard error", false)
    .addOption(threadsOption())
    .addHelpText(
      "after",
      "\nEach poll is a conditional GET (ETag, Last-Modified): a feed that has not changed costs\n" +
        "one short answer. A failing feed waits twice as long after each failure, up to 6 hours;\n" +
        "`corroborate feeds list` shows why. Ctrl-C or SIGTERM stops after the polls under way.\n" +
        "Exit status: 0 when stopped or done, 1 when the store could not be opened, 2 on bad arguments.\n" +
        "Examples:\n  corroborate feeds add https://example.org/rss.xml && corroborate run\n" +
        "  corroborate run --once --data ~/desk-data",
    )
    .action(
      async (opts: {
        data?: string;
        interval: number;
        once: boolean;
        today?: string;
        quiet: boolean;
        threads?: number;
      }) => {
        process.exitCode = await (
          await commands.run()
        ).runCommand({
          ...storeOf(opts),
          intervalSeconds: opts.interval,
          once: opts.once,
          threads: opts.threads,
          ...(opts.today === undefined ? {} : { today: opts.today }),
        });
      },
    );
}

/** `serve`: the HTTP API on the store, with the jobs worker. */
function registerServeCommand(cli: Command): void {
  cli
    .command("serve")
    .description(
      "Serve the HTTP API (stories, briefs, articles, search, ingest, feeds, events) on the store, with its jobs worker.",
    )
    .option("--port <n>", "port to listen on (0: any free one)", port, 8080)
    .option("--host <address>", "address to listen on", "127.0.0.1")
    .option(
      "--data <dir>",
      "the embedded store's data folder (default ./corroborate-data); given, it is used even when DATABASE_URL is set",
    )
    .option(
      "--token <token>",
      "writes (POST, DELETE) need Authorization: Bearer <token> (default: CORROBORATE_TOKEN)",
    )
    .option("--poll-feeds", "also poll the store's feeds, as corroborate run does", false)
    .option("--today <date>", "today's date (YYYY-MM-DD): no article is dated later", isoDay)
    .addOption(threadsOption())
    .addHelpText(
      "after",
      "\nOn 127.0.0.1 (the default) only this machine can connect. On any other address a token is\n" +
        "required, and every POST and DELETE must carry it. The server makes no request to other\n" +
        "machines unless --poll-feeds is given. Ctrl-C or SIGTERM stops it cleanly.\n" +
        "The OpenAPI document is at /api/openapi.json; see docs/api.md.\n" +
        "Examples:\n  corroborate serve --data ~/desk-data\n" +
        "  CORROBORATE_TOKEN=s3cret corroborate serve --host 0.0.0.0 --port 8080",
    )
    .action(
      async (opts: {
        port: number;
        host: string;
        data?: string;
        token?: string;
        pollFeeds: boolean;
        today?: string;
        threads?: number;
      }) => {
        // The one place the token is read from the environment.
        const token = opts.token ?? (process.env.CORROBORATE_TOKEN || undefined);
        process.exitCode = await (
          await commands.serve()
        ).serveCommand({
          ...storeOf(opts),
          host: opts.host,
          port: opts.port,
          token: token ?? null,
          pollFeeds: opts.pollFeeds,
          threads: opts.threads,
          ...(opts.today === undefined ? {} : { today: opts.today }),
        });
      },
    );
}

/** `worker`: the store's job queues, worked by as many processes as wanted. */
function registerWorkerCommand(cli: Command): void {
  cli
    .command("worker")
    .description(
      "Work the store's job queues: analyse articles queued by `ingest --queue`, take them into reuse and stories, write the stories' briefs. Run as many as wanted, on any machines, against one PostgreSQL store.",
    )
    .option(
      "--data <dir>",
      "the embedded store's data folder (default ./corroborate-data); given, it is used even when DATABASE_URL is set",
    )
    .option("--until-idle", "exit once no job is queued or running and nothing waits", false)
    .option("--today <date>", "today's date (YYYY-MM-DD): no article is dated later", isoDay)
    .option("-q, --quiet", "no status lines, and no skipped articles on standard error", false)
    .addOption(threadsOption())
    .addHelpText(
      "after",
      "\nWorkers share the work through the queue in the store's database: analysis batches go to\n" +
        "any worker, the corpus update runs in one at a time, in article order, so the stored result\n" +
        "is the same whatever the number of workers. An embedded store takes one process at a time.\n" +
        "A status line is printed every 30 s while work is done. Ctrl-C or SIGTERM stops after the\n" +
        "job under way; a killed worker's job is run again by another.\n" +
        "Exit status: 0 when stopped or idle, 1 when the store could not be opened or a job failed\n" +
        "for good, 2 on bad arguments.\n" +
        "Examples:\n  DATABASE_URL=postgresql://db/news corroborate ingest --queue news/\n" +
        "  DATABASE_URL=postgresql://db/news corroborate worker   # on each machine",
    )
    .action(
      async (opts: {
        data?: string;
        untilIdle: boolean;
        today?: string;
        quiet: boolean;
        threads?: number;
      }) => {
        process.exitCode = await (
          await commands.worker()
        ).workerCommand({
          ...storeOf(opts),
          untilIdle: opts.untilIdle,
          threads: opts.threads,
          ...(opts.today === undefined ? {} : { today: opts.today }),
        });
      },
    );
}

/**
 * A reader that stops early (`corroborate brief … | head`) closes the pipe under us: what is
 * left to write goes nowhere, and the command ends with its own exit status, without the
 * EPIPE trace Node prints for an unhandled stream error. Any other failure to write is said in
 * one line.
 */
function endQuietlyWhenClosed(stream: NodeJS.WriteStream, name: string): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") return;
    if (stream !== process.stderr) process.stderr.write(`corroborate: ${name}: ${reasonOf(e)}\n`);
    process.exitCode = 1;
  });
}

async function main(argv: string[]): Promise<void> {
  boundHeapGrowth(process.execArgv, process.env.NODE_OPTIONS);
  endQuietlyWhenClosed(process.stdout, "standard output");
  endQuietlyWhenClosed(process.stderr, "standard error");
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
