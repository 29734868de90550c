/**
 * Teardown steps (stop a process, drop a database) run in reverse order of registration, each
 * at most once, so a run that fails or gets SIGINT or SIGTERM still stops its servers and drops
 * its database. A SIGKILL of the benchmark leaves them behind.
 */
export class CleanupStack {
  private readonly steps: { label: string; run: () => Promise<void> }[] = [];

  /** Registers `step` and returns a function that runs it now instead of at the end. */
  defer(label: string, step: () => Promise<void>): () => Promise<void> {
    const entry = { label, run: step };
    this.steps.push(entry);

    return async () => {
      const index = this.steps.indexOf(entry);

      if (index === -1) return;

      this.steps.splice(index, 1);
      await step();
    };
  }

  /** Runs every remaining step, newest first. Reports a failed step and goes on with the rest. */
  async runAll(): Promise<void> {
    for (let entry = this.steps.pop(); entry !== undefined; entry = this.steps.pop()) {
      try {
        await entry.run();
      } catch (error) {
        process.stderr.write(`Cleanup failed: ${entry.label}\n`);
        console.error(error);
      }
    }
  }
}
