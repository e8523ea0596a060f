#!/usr/bin/env python3
"""Interleaved A/B timing of two pubgen binaries on one corpus.

    python3 Benchmarks/ab.py [--rounds N] [--rebuild ARTICLE.md] OLD NEW CONTENT

Full builds (default): OUT is removed before each run. With --rebuild, each binary
keeps its own output folder, built once, and every round appends a different sentence
to ARTICLE.md (relative to CONTENT, restored at the end) before a timed rebuild.

The binaries alternate (A B, B A, ...) so that drift in the machine's speed falls on
both; the report is each one's median and mean, and the mean paired difference (NEW -
OLD) with its standard error, for wall time and (full builds) user + system CPU. On a
noisy machine only a difference of two or three standard errors means anything.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time


def run(binary, content, out):
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen([binary, "build", "-q", content, out], stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        if status != 0:
            errors.seek(0)
            tail = errors.read().decode("utf-8", "replace").splitlines()[-5:]
            raise SystemExit(f"{binary} failed (status {status}):\n" + "\n".join(tail))
    return wall, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("content")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--rebuild", metavar="ARTICLE", help="time one-article rebuilds after editing ARTICLE")
    args = parser.parse_args()
    binaries = [os.path.abspath(args.old), os.path.abspath(args.new)]
    work = tempfile.mkdtemp(prefix="pubgen-ab-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    outs = {b: os.path.join(work, f"out{i}") for i, b in enumerate(binaries)}
    victim = os.path.join(args.content, args.rebuild) if args.rebuild else None
    original = open(victim, encoding="utf-8").read() if victim else None
    times = {b: [] for b in binaries}
    cpus = {b: [] for b in binaries}
    try:
        for binary in binaries:  # warm-up, and the rebuilds' starting output
            run(binary, args.content, outs[binary])
        for round_number in range(args.rounds):
            for binary in binaries if round_number % 2 == 0 else binaries[::-1]:
                if victim:
                    with open(victim, "w", encoding="utf-8") as f:
                        f.write(original + f"\nRound {round_number} of {os.path.basename(binary)} adds this sentence.\n")
                else:
                    shutil.rmtree(outs[binary], ignore_errors=True)
                wall, cpu = run(binary, args.content, outs[binary])
                times[binary].append(wall)
                cpus[binary].append(cpu)
    finally:
        if victim:
            with open(victim, "w", encoding="utf-8") as f:
                f.write(original)
        shutil.rmtree(work, ignore_errors=True)
    old, new = binaries
    for binary in binaries:
        print(f"{binary:40s} wall median {statistics.median(times[binary]):.3f} s  mean {statistics.mean(times[binary]):.3f} s"
              f"  cpu median {statistics.median(cpus[binary]):.3f} s")
    for label, values in (("wall", times), ("cpu", cpus)):
        differences = [n - o for n, o in zip(values[new], values[old])]
        error = statistics.stdev(differences) / len(differences) ** 0.5 if len(differences) > 1 else float("nan")
        mean = statistics.mean(differences)
        print(f"NEW - OLD {label}: {mean * 1000:+.0f} ms +- {error * 1000:.0f} ({100 * mean / statistics.mean(values[old]):+.1f}%)")


if __name__ == "__main__":
    main()
