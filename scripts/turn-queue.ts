/**
 * Runs request handlers a batch at a time, one batch per turn of the event loop.
 *
 * Node accepts one new connection per turn of its event loop (measured here: a server whose
 * handler takes 3 ms accepted exactly one connection between two turns). A busy server that
 * handles every ready request in the same turn makes its turns long, so under 200 connections
 * most of them waited in the kernel's accept queue for seconds, up to the load test's 10 s
 * timeout: the requests that the server's log never named. Taking at most a batch per turn
 * keeps turns short, so new connections are accepted within milliseconds, and the requests of
 * old and new connections are served in the order they arrived.
 */
export class TurnQueue {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;
  private readonly now: () => number;

  constructor(
    private readonly options: {
      /** Handlers started per turn, at most. */
      perTurn: number;
      /** Time a turn may spend starting handlers (their synchronous part), at most. */
      budgetMs: number;
      /** Called with what a handler threw (it is not thrown on: the other handlers go on). */
      onError: (error: unknown) => void;
      now?: () => number;
    },
  ) {
    this.now = options.now ?? (() => performance.now());
  }

  /** Handlers waiting for their turn. */
  get length(): number {
    return this.waiting.length;
  }

  run(work: () => void): void {
    this.waiting.push(work);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.turn);
  }

  private readonly turn = () => {
    const until = this.now() + this.options.budgetMs;
    for (let started = 0; started < this.options.perTurn && this.now() < until; started++) {
      const work = this.waiting.shift();
      if (!work) break;
      try {
        work();
      } catch (error) {
        this.options.onError(error);
      }
    }
    // The rest waits for the next turn, after the loop has polled (and accepted) again.
    if (this.waiting.length > 0) setImmediate(this.turn);
    else this.scheduled = false;
  };
}
