#!/usr/bin/env python3
"""The Interlock benchmark loops, in CPython's own threading module.

Each loop mirrors one JMH benchmark of benchmarks/src/main/java (named in its row, so that
RatioTable can put the two side by side): the same critical section, the same hand-off protocol,
the same thread count. A score is the average time of one operation per thread, in ns/op, as
JMH's Mode.AverageTime reports it; the error is the 99.9 % confidence half-width over the trials
(Student's t, as JMH computes it).

Usage: bench_threading.py --out result.json [--quick]
"""

import argparse
import json
import math
import platform
import statistics
import sys
import threading
import time

# Student's t quantile at 0.9995 (two-sided 99.9 %) for 1..20 degrees of freedom, as JMH uses.
T_9995 = [636.619, 31.599, 12.924, 8.610, 6.869, 5.959, 5.408, 5.041, 4.781, 4.587,
          4.437, 4.318, 4.221, 4.140, 4.073, 4.015, 3.965, 3.922, 3.883, 3.850]


def critical_section(lock):
    """acquire, increment, release (Java: acquire(); try { ++counter } finally { release() })."""
    counter = [0]

    def op():
        with lock:
            counter[0] += 1
    return op


def await_after_set():
    event = threading.Event()
    event.set()
    return event.wait


class Relay:
    """The ping-pong of EventHandoff over a fresh Event per round (see Relay.java)."""

    class Link:
        __slots__ = ("signal", "next")

        def __init__(self):
            self.signal = threading.Event()
            self.next = None

    def __init__(self):
        self.a_to_b_writer = self.a_to_b_reader = Relay.Link()
        self.b_to_a_writer = self.b_to_a_reader = Relay.Link()

    @staticmethod
    def _signal(link):
        nxt = Relay.Link()
        link.next = nxt
        link.signal.set()
        return nxt

    @staticmethod
    def _await(link):
        link.signal.wait()
        return link.next

    def ping(self):
        self.a_to_b_writer = self._signal(self.a_to_b_writer)
        self.b_to_a_reader = self._await(self.b_to_a_reader)

    def pong(self):
        self.a_to_b_reader = self._await(self.a_to_b_reader)
        self.b_to_a_writer = self._signal(self.b_to_a_writer)


class Turns:
    """The ping-pong of ConditionPingPong (see Turns.java), over Condition() (an RLock)."""

    def __init__(self):
        self.cond = threading.Condition()
        self.turn = 0

    def take(self, mine):
        with self.cond:
            while self.turn != mine:
                self.cond.wait()
            self.turn = 1 - mine
            self.cond.notify()


def one_thread(op, n):
    start = time.perf_counter_ns()
    for _ in range(n):
        op()
    return (time.perf_counter_ns() - start) / n


def two_threads(op_a, op_b, n):
    """Both threads run n operations; returns the wall time per operation of one thread."""
    ready = threading.Barrier(3)

    def loop(op):
        ready.wait()
        for _ in range(n):
            op()

    threads = [threading.Thread(target=loop, args=(op,)) for op in (op_a, op_b)]
    for t in threads:
        t.start()
    ready.wait()
    start = time.perf_counter_ns()
    for t in threads:
        t.join()
    return (time.perf_counter_ns() - start) / n


# (JMH benchmark mirrored, description, threads, factory) — the factory returns a trial function of n.
def cases():
    def single(make):
        return lambda n: one_thread(make(), n)

    def symmetric(make):
        def trial(n):
            op = make()
            return two_threads(op, op, n)
        return trial

    def relay(n):
        r = Relay()
        return two_threads(r.ping, r.pong, n)

    def turns(n):
        t = Turns()
        return two_threads(lambda: t.take(0), lambda: t.take(1), n)

    def barrier(n):
        b = threading.Barrier(2)
        return two_threads(b.wait, b.wait, n)

    return [
        ("MutexUncontended.lock", "Lock: with lock (acquire, += 1, release)", 1, single(lambda: critical_section(threading.Lock()))),
        ("MutexUncontended.rlock", "RLock: with rlock", 1, single(lambda: critical_section(threading.RLock()))),
        ("SemaphoreUncontended.semaphore", "Semaphore(1): with sem", 1, single(lambda: critical_section(threading.Semaphore(1)))),
        ("SemaphoreUncontended.boundedSemaphore", "BoundedSemaphore(1): with sem", 1, single(lambda: critical_section(threading.BoundedSemaphore(1)))),
        ("EventAwaitAfterSet.event", "Event: wait() on a set event", 1, single(await_after_set)),
        ("MutexContended.lock", "Lock: with lock, 2 threads", 2, symmetric(lambda: critical_section(threading.Lock()))),
        ("MutexContended.rlock", "RLock: with rlock, 2 threads", 2, symmetric(lambda: critical_section(threading.RLock()))),
        ("SemaphoreContended.semaphore", "Semaphore(1): with sem, 2 threads", 2, symmetric(lambda: critical_section(threading.Semaphore(1)))),
        ("SemaphoreContended.boundedSemaphore", "BoundedSemaphore(1): with sem, 2 threads", 2, symmetric(lambda: critical_section(threading.BoundedSemaphore(1)))),
        ("EventHandoff.event", "Event: set/wait ping-pong, a fresh Event per round", 2, relay),
        ("ConditionPingPong.condition", "Condition(): wait/notify ping-pong", 2, turns),
        ("BarrierTrip.barrier", "Barrier(2): wait()", 2, barrier),
    ]


def calibrate(trial, target_ns):
    """The operation count that makes one trial last about target_ns."""
    n = 100
    while True:
        per_op = trial(n)
        if per_op * n >= target_ns / 4 or n >= 10_000_000:
            return max(100, int(target_ns / max(per_op, 1.0)))
        n *= 4


def measure(trial, trials, target_ns):
    n = calibrate(trial, target_ns)
    trial(n)  # warm-up: one trial at full size, discarded
    scores = [trial(n) for _ in range(trials)]
    mean = statistics.fmean(scores)
    error = T_9995[trials - 2] * statistics.stdev(scores) / math.sqrt(trials) if trials > 1 else float("nan")
    return mean, error, n


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="where to write the JSON result")
    parser.add_argument("--quick", action="store_true", help="a tiny budget: checks that every loop runs")
    args = parser.parse_args()
    trials, target_ns = (2, 5_000_000) if args.quick else (10, 300_000_000)

    rows = []
    for benchmark, loop, threads, trial in cases():
        mean, error, n = measure(trial, trials, target_ns)
        rows.append({"benchmark": benchmark, "loop": loop, "threads": threads, "unit": "ns/op",
                     "score": mean, "error": error if math.isfinite(error) else None,
                     "trials": trials, "opsPerTrial": n})
        print(f"{benchmark:40s} {mean:12.1f} ± {error:10.1f} ns/op  ({loop})", flush=True)

    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    result = {"python": platform.python_version(), "implementation": platform.python_implementation(),
              "gil": gil, "switchInterval": sys.getswitchinterval(), "rows": rows}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
