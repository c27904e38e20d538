#!/usr/bin/python3
"""Crash harness: real rapport-cli processes killed with SIGKILL at random moments.

DESIGN.md section 9: a change reported as saved (a printed #N) survives a kill -9 at any
later moment; an import, restore, migration or generate is all or nothing. Each trial
gets a fresh folder (HOME and the XDG folders inside it), starts one command, kills it
after a random delay between 0 and about the duration measured on a warm-up run, and then
checks, in this order:
  1. the journal through Python's sqlite3, read-only (integrity_check, user_version, the
     records), so that no check of Rapport's migrates or repairs it first;
  2. every acknowledged id is there (ids printed as #N, exit 0, by the commands before);
  3. all or nothing: record counts (or, for a restore, the whole content) are the ones
     before or the ones after the command, never a mix;
  4. for an encrypted backup: no file in the trial's folder but the journal and its
     -wal/-shm begins with the SQLite magic (no plaintext copy ever on disk);
  5. `rapport-cli check` exits 0;
  6. hidden staging files (.NAME.XXXXXX, NAME.generating) left by the kill are recorded,
     the same command is run again, and any it did not remove count as stale.
Any corrupt journal, lost id, partial result, plaintext leak or harness error makes the
exit status 1; leftover and stale staging files are reported but do not.

Short run (CTest, label "crash": --short --trials 72 --jobs 2, smaller journals, 6 trials
of each kind, about 1.5 minutes on 2 cores):
  ctest --test-dir build/ci -L crash --output-on-failure
Long run (1,000 trials or more; stop starting trials after an hour):
  tests/crash/crash-harness.py --cli build/ci/app/cli/rapport-cli \\
      --fixture-tool build/ci/tests/crash/rapport_schema_fixture \\
      --trials 1000 --jobs 2 --seed 7 --work /tmp/rapport-crash --time-limit 3600
One kind only, replaying a seed: add --kinds backup-encrypted --seed S. With --work, the
folders of failed trials are kept there (a few per failure kind) for inspection.
"""

import argparse
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from crash_kinds import (COMMAND_TIMEOUT, PASSPHRASE, TODAY, BackupKind, Entries, Generate, Import,  # noqa: E402
                         Migrate, Restore, TrialError, inspect)

SQLITE_MAGIC = b"SQLite format 3\x00"
# QTemporaryFile's ".NAME.XXXXXX" beside a target, generate's NAME.generating, with SQLite's files.
STAGING = re.compile(r"^(\..+\.[A-Za-z0-9]{6}|.+\.generating)(-journal|-wal|-shm)?$")
FAILURES = ("corrupt", "lost", "partial", "leak", "error")
KEEP_PER_FAILURE = 3


class Harness:
    def __init__(self, args):
        self.cli_path = str(Path(args.cli).resolve())
        self.fixture_tool = str(Path(args.fixture_tool).resolve())
        self.root = Path(args.work).resolve() if args.work else Path(tempfile.mkdtemp(prefix="rapport-crash-"))
        self.keep_failed = bool(args.work)
        if self.root.exists():
            shutil.rmtree(self.root)
        (self.root / "templates").mkdir(parents=True)
        self.templates = self.root / "templates"
        self.setup_home = self.root / "setup-home"
        self.kept = {}
        self.lock = threading.Lock()

    def env(self, home):
        home = Path(home)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "RAPPORT_"))}
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_CACHE_HOME=str(home / "cache"), LANG="C.UTF-8", LC_ALL="C.UTF-8")
        return env

    def start(self, argv, home):
        return subprocess.Popen([self.cli_path, *argv], env=self.env(home), stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)

    def cli(self, argv, home, expect_ok=True):
        try:
            done = subprocess.run([self.cli_path, *argv], env=self.env(home), stdin=subprocess.DEVNULL,
                                  capture_output=True, text=True, timeout=COMMAND_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise TrialError(f"rapport-cli {' '.join(argv)} hung for {COMMAND_TIMEOUT} s")
        if expect_ok and done.returncode != 0:
            raise TrialError(f"rapport-cli {' '.join(argv)} exited {done.returncode}: {done.stderr.strip()}")
        return done

    def timed(self, argv, home):
        began = time.monotonic()
        self.cli(argv, home)
        return time.monotonic() - began

    def fixture(self, schema, colleagues, interactions, output):
        subprocess.run([self.fixture_tool, "--schema", str(schema), "--colleagues", str(colleagues),
                        "--interactions", str(interactions), "--date", TODAY, "--output", str(output)],
                       check=True, capture_output=True, timeout=COMMAND_TIMEOUT)

    def keep(self, failure, folder):
        """Keeps a few failed trials' folders (with --work) and reports whether it kept this one."""
        with self.lock:
            if not self.keep_failed or self.kept.get(failure, 0) >= KEEP_PER_FAILURE:
                return False
            self.kept[failure] = self.kept.get(failure, 0) + 1
            return True


# --- Trials --------------------------------------------------------------------------------

def staging_files(folder):
    return sorted(str(p) for p in folder.rglob("*") if p.is_file() and STAGING.match(p.name))


def plaintext_copies(folder, journal):
    allowed = {str(journal), f"{journal}-wal", f"{journal}-shm"}
    found = []
    for p in folder.rglob("*"):
        if p.is_file() and str(p) not in allowed:
            with open(p, "rb") as f:
                if f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                    found.append(str(p.relative_to(folder)))
    return found


def run_trial(h, kind, index, rng):
    folder = h.root / "trials" / f"{index:05d}-{kind.name}"
    (folder / "home").mkdir(parents=True)
    home = folder / "home"
    result = {"kind": kind.name, "trial": index, "folder": str(folder), "killed": False, "outcome": None,
              "failures": {}, "leftover": [], "stale": []}

    def fail(failure, message):
        result["failures"].setdefault(failure, []).append(message)

    try:
        context = {}
        argv = kind.setup(h, folder, rng, context)
        delay = rng.uniform(0.0, 1.1 * kind.duration)
        result["delay"] = round(delay, 4)
        process = h.start(argv, home)
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
        try:
            process.communicate(timeout=COMMAND_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise TrialError("the killed process did not go")
        # Killed mid-operation only if the kill, not the end of its work, ended it.
        result["killed"] = process.returncode == -signal.SIGKILL
        journal = kind.journal(folder)
        if not journal.exists():
            fail("partial", "the journal is gone")
        else:
            try:
                state = inspect(journal)
            except sqlite3.Error as error:
                state = None
                fail("corrupt", f"read-only open failed: {error}")
            if state is not None:
                if state["integrity"] != ["ok"]:
                    fail("corrupt", f"integrity_check: {state['integrity'][:5]}")
                result["user_version"] = state["version"]
                result["outcome"] = kind.verify(h, folder, state, fail, context)
        if kind.leak_check:
            for leak in plaintext_copies(folder, journal):
                fail("leak", f"{leak} begins with the SQLite magic")
        result["leftover"] = staging_files(folder)
        if journal.exists():
            checked = h.cli(["check", "--db", str(journal)], home, expect_ok=False)
            if checked.returncode != 0:
                fail("corrupt", f"rapport-cli check exited {checked.returncode}: {checked.stdout.strip()} "
                                f"{checked.stderr.strip()}"[:500])
        if result["leftover"]:
            # The same command again, whole: it must clear what the killed one left.
            h.cli(argv, home, expect_ok=False)
            result["stale"] = [p for p in result["leftover"] if Path(p).exists()]
    except (TrialError, sqlite3.Error, OSError, subprocess.SubprocessError) as error:
        fail("error", str(error))

    failed = [f for f in FAILURES if f in result["failures"]]
    if not failed or not any(h.keep(f, folder) for f in failed):
        shutil.rmtree(folder, ignore_errors=True)
        result["folder"] = None
    return result


def build_kinds(h, selected, sizes):
    print("preparing journals and measuring each operation once...", file=sys.stderr, flush=True)
    probe = h.templates / "probe.rapport"
    h.cli(["init", "--db", str(probe)], h.setup_home)
    latest = inspect(probe)["version"]
    names = (["entries", "import-json", "import-csv", "import-vcard"]
             + [f"migrate-v{v}" for v in range(1, latest)]
             + ["backup", "backup-encrypted", "restore", "restore-encrypted", "generate"])
    unknown = [k for k in selected if k not in names]
    if unknown:
        raise SystemExit(f"unknown kind(s) {', '.join(unknown)}; the kinds are {', '.join(names)}")
    wanted = [n for n in names if not selected or n in selected]

    kinds = []
    entries = Entries("entries")
    big = None
    restore_sources = None
    for name in wanted:
        if name == "entries" or name.startswith("import-"):
            if not hasattr(entries, "base"):
                entries.prepare(h)
            kind = entries if name == "entries" else Import(name, name.removeprefix("import-"))
            if kind is not entries:
                kind.prepare(h, entries, sizes)
        elif name.startswith("migrate-v"):
            kind = Migrate(name, int(name.removeprefix("migrate-v")))
            kind.prepare(h, sizes)
        elif name.startswith("backup"):
            if big is None:
                big = h.templates / "big.rapport"
                h.cli(["generate", "--db", str(big), "--colleagues", str(sizes["generate_colleagues"]),
                       "--interactions", str(sizes["generate_interactions"]), "--seed", "3", "--date", TODAY],
                      h.setup_home)
            kind = BackupKind(name, name.endswith("encrypted"))
            kind.prepare(h, big)
        elif name.startswith("restore"):
            if restore_sources is None:
                old, new = h.templates / "restore-old.rapport", h.templates / "restore-new.rapport"
                for path, seed, n in ((old, 11, sizes["restore_interactions"]),
                                      (new, 12, sizes["restore_interactions"] * 3 // 2)):
                    h.cli(["generate", "--db", str(path), "--colleagues", "120", "--interactions", str(n),
                           "--seed", str(seed), "--date", TODAY], h.setup_home)
                (h.templates / "passphrase").write_text(PASSPHRASE)
                restore_sources = {"plain": h.templates / "backup.rapport",
                                   "encrypted": h.templates / "backup.rapport-encrypted"}
                h.cli(["backup", "--db", str(new), "--output", str(restore_sources["plain"])], h.setup_home)
                h.cli(["backup", "--db", str(new), "--output", str(restore_sources["encrypted"]),
                       "--passphrase-file", str(h.templates / "passphrase")], h.setup_home)
                restore_sources["old"] = old
            kind = Restore(name, name.endswith("encrypted"))
            kind.prepare(h, restore_sources["old"], restore_sources)
        else:
            kind = Generate(name)
            kind.prepare(h, sizes)
        kinds.append(kind)
        print(f"  {name}: {kind.duration:.2f} s whole", file=sys.stderr, flush=True)
    shutil.rmtree(h.root / "warm-up", ignore_errors=True)
    return kinds


def summarise(kinds, results):
    rows = []
    for kind in kinds:
        mine = [r for r in results if r["kind"] == kind.name]
        row = {"kind": kind.name, "trials": len(mine), "killed": sum(r["killed"] for r in mine),
               "old": sum(r["outcome"] == "old" for r in mine), "new": sum(r["outcome"] == "new" for r in mine),
               "leftover": sum(bool(r["leftover"]) for r in mine), "stale": sum(bool(r["stale"]) for r in mine),
               "seconds": round(kind.duration, 3)}
        for failure in FAILURES:
            row[failure] = sum(failure in r["failures"] for r in mine)
        rows.append(row)
    return rows


def print_table(rows):
    columns = [("kind", "kind"), ("trials", "trials"), ("killed", "killed mid-op"), ("old", "old"),
               ("new", "new"), ("corrupt", "corrupt"), ("lost", "lost ids"), ("partial", "partial"),
               ("leak", "plaintext leaks"), ("leftover", "leftover staging"), ("stale", "stale staging"),
               ("error", "errors")]
    total = {key: sum(r[key] for r in rows) for key, _ in columns[1:]}
    total["kind"] = "all"
    widths = [max(len(title), *(len(str(r[key])) for r in rows + [total])) for key, title in columns]
    line = lambda cells: "  ".join(str(c).rjust(w) if i else str(c).ljust(w)
                                   for i, (c, w) in enumerate(zip(cells, widths)))
    print(line([title for _, title in columns]))
    for row in rows + [total]:
        print(line([row[key] for key, _ in columns]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True, help="the rapport-cli binary")
    parser.add_argument("--fixture-tool", required=True, help="the rapport_schema_fixture binary")
    parser.add_argument("--trials", type=int, default=72, help="trials in all, spread evenly over the kinds")
    parser.add_argument("--kinds", default="", help="comma-separated kinds (default: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1, help="trials run side by side")
    parser.add_argument("--short", action="store_true",
                        help="smaller journals and files (the CTest run); kills still land mid-operation")
    parser.add_argument("--work", help="folder for the trials (emptied first; failed trials are kept there)")
    parser.add_argument("--time-limit", type=float, default=0, help="start no trial after this many seconds")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    args = parser.parse_args()

    sizes = {"migrate_colleagues": 200, "migrate_interactions": 20000, "generate_colleagues": 300,
             "generate_interactions": 50000, "restore_interactions": 8000, "import_records": 4000}
    if args.short:
        sizes = {"migrate_colleagues": 100, "migrate_interactions": 8000, "generate_colleagues": 150,
                 "generate_interactions": 20000, "restore_interactions": 3000, "import_records": 1500}
    h = Harness(args)
    began = time.monotonic()
    try:
        kinds = build_kinds(h, [k for k in args.kinds.split(",") if k], sizes)
    except (TrialError, subprocess.SubprocessError, sqlite3.Error, OSError) as error:
        print(f"crash-harness: could not prepare: {error}", file=sys.stderr)
        return 1
    # Each trial's own generator comes from the seed, so a trial replays whatever the jobs.
    master = random.Random(args.seed)
    seeds = [master.getrandbits(64) for _ in range(args.trials)]
    results = []
    pending = iter(range(args.trials))

    def worker():
        while True:
            with h.lock:
                index = next(pending, None)
                if index is None:
                    return
                if args.time_limit and time.monotonic() - began > args.time_limit:
                    print(f"time limit reached: trial {index} and later not run", file=sys.stderr)
                    return
            kind = kinds[index % len(kinds)]
            result = run_trial(h, kind, index, random.Random(seeds[index]))
            with h.lock:
                results.append(result)
                if len(results) % 100 == 0:
                    print(f"{len(results)} trials done, {time.monotonic() - began:.0f} s", file=sys.stderr, flush=True)
                for failure, messages in result["failures"].items():
                    print(f"trial {index} ({kind.name}, delay {result.get('delay')} s): {failure}: {messages[0]}",
                          file=sys.stderr, flush=True)

    threads = [threading.Thread(target=worker) for _ in range(max(1, args.jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.sort(key=lambda r: r["trial"])
    rows = summarise(kinds, results)
    elapsed = time.monotonic() - began
    if args.json:
        json.dump({"seed": args.seed, "seconds": round(elapsed, 1), "kinds": rows,
                   "failed_trials": [r for r in results if r["failures"]]}, sys.stdout, indent=1)
        print()
    else:
        print_table(rows)
        print(f"{len(results)} trials in {elapsed:.0f} s, seed {args.seed}; work folder {h.root}")
    if not args.work:
        shutil.rmtree(h.root, ignore_errors=True)
    return 1 if any(r[f] for r in rows for f in FAILURES) else 0


if __name__ == "__main__":
    sys.exit(main())
