/**
 * A worker process for test/jobs.test.ts, as a CLI would run the jobs:
 *
 *   tsx test/jobs-worker.ts hang '<store config JSON>'    runs a corpus update that never ends
 *                                                         (prints "running"), to be killed
 *   tsx test/jobs-worker.ts finish '<store config JSON>'  sends a corpus update, drains, stops
 *                                                         and closes the store, then returns
 *                                                         without process.exit (prints "drained")
 */
import { openJobs } from "../src/jobs/index.js";
import { openStore, type StoreConfig } from "../src/store/open.js";

const [mode, configJson] = process.argv.slice(2);
const config = JSON.parse(configJson ?? "{}") as StoreConfig;
const store = await openStore(config);
const jobs = await openJobs(store, { pollSeconds: 0.2 });

if (mode === "hang") {
  jobs.work({
    updateCorpus: () =>
      new Promise(() => {
        process.stdout.write("running\n");
        // Nothing else keeps this process alive while it waits to be killed.
        setInterval(() => {}, 1000);
      }),
    aggregateStory: async () => {},
  });
  await jobs.sendCorpusUpdate();
} else if (mode === "finish") {
  jobs.work({
    updateCorpus: async () => ({ touchedStories: ["story-1"] }),
    aggregateStory: async (id) => void process.stdout.write(`aggregated ${id}\n`),
  });
  await jobs.sendCorpusUpdate();
  const { failed } = await jobs.drain();
  await jobs.stop();
  await store.close();
  process.stdout.write(`drained, ${failed.length} failed\n`);
} else {
  throw new Error(`unknown mode ${mode}`);
}
