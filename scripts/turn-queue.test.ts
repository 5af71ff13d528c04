import http from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { TurnQueue } from "./turn-queue.ts";

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("TurnQueue", () => {
  it("starts at most a batch per turn, in the order the work came, and lets the loop turn in between", async () => {
    const ran: number[] = [];
    const queue = new TurnQueue({ perTurn: 3, budgetMs: 1_000, onError: () => {} });
    for (let i = 0; i < 7; i++) queue.run(() => ran.push(i));
    expect(ran).toEqual([]);
    await nextTurn();
    expect(ran).toEqual([0, 1, 2]);
    expect(queue.length).toBe(4);
    await nextTurn();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5]);
    await nextTurn();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(queue.length).toBe(0);
  });

  it("ends a turn when its time is spent, and always starts at least one", async () => {
    let clock = 0;
    const ran: number[] = [];
    const queue = new TurnQueue({ perTurn: 100, budgetMs: 5, onError: () => {}, now: () => clock });
    for (let i = 0; i < 4; i++)
      queue.run(() => {
        ran.push(i);
        clock += 10;
      });
    await nextTurn();
    expect(ran).toEqual([0]);
    await nextTurn();
    expect(ran).toEqual([0, 1]);
  });

  it("goes on with the others when one throws", async () => {
    const errors: unknown[] = [];
    const ran: string[] = [];
    const queue = new TurnQueue({ perTurn: 10, budgetMs: 1_000, onError: (error) => errors.push(error) });
    queue.run(() => ran.push("a"));
    queue.run(() => {
      throw new Error("boom");
    });
    queue.run(() => ran.push("c"));
    await nextTurn();
    expect(ran).toEqual(["a", "c"]);
    expect(errors).toHaveLength(1);
  });

  it("keeps a busy server accepting new connections (Node accepts one per turn of its loop)", async () => {
    // Each request costs 3 ms of the one thread, as a page does, and 40 clients keep the server
    // busy; then 40 more connect. Counted: the requests served until all 40 are accepted. Each
    // turn accepts one connection; through the queue a turn serves at most 4 requests, without
    // it every ready one (about 40).
    const servedUntilAllAccepted = async (useQueue: boolean) => {
      const queue = new TurnQueue({ perTurn: 4, budgetMs: 1_000, onError: () => {} });
      let connections = 0;
      let served = 0;
      const busy = (res: http.ServerResponse) => {
        const until = performance.now() + 3;
        while (performance.now() < until) {
          // the page's work
        }
        served++;
        res.end("ok");
      };
      const server = http.createServer((_req, res) => (useQueue ? queue.run(() => busy(res)) : busy(res)));
      server.on("connection", () => connections++);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const { port } = server.address() as AddressInfo;
      const agent = new http.Agent({ keepAlive: true, maxSockets: 40 });
      let stop = false;
      const clients = Array.from({ length: 40 }, async () => {
        while (!stop)
          await new Promise<void>((resolve) =>
            http
              .get({ port, host: "127.0.0.1", agent }, (res) => res.resume().on("end", resolve))
              .on("error", () => resolve()),
          );
      });
      while (connections < 40) await new Promise((resolve) => setTimeout(resolve, 20));
      const servedBefore = served;
      const newcomers = Array.from({ length: 40 }, () => net.connect(port, "127.0.0.1").on("error", () => {}));
      const deadline = Date.now() + 20_000;
      while (connections < 80 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      const result = { accepted: connections - 40, served: served - servedBefore };
      stop = true;
      for (const socket of newcomers) socket.destroy();
      server.closeAllConnections();
      await Promise.all(clients);
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      return result;
    };
    const queued = await servedUntilAllAccepted(true);
    const atOnce = await servedUntilAllAccepted(false);
    expect(queued.accepted).toBe(40);
    // About 4 requests per newcomer through the queue, about 40 without it.
    expect(queued.served).toBeLessThan(40 * 12);
    expect(atOnce.served).toBeGreaterThan(queued.served * 2);
  }, 60_000);
});
