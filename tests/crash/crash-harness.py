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
import contextlib
import hashlib
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

TODAY = "2026-11-20"  # every journal is built for this day, and every --date pins it
DUE = "2026-12-04"
SQLITE_MAGIC = b"SQLite format 3\x00"
# QTemporaryFile's ".NAME.XXXXXX" beside a target, generate's NAME.generating, with SQLite's files.
STAGING = re.compile(r"^(\..+\.[A-Za-z0-9]{6}|.+\.generating)(-journal|-wal|-shm)?$")
COUNTED = ("colleague", "fact", "interaction", "participant", "gratitude", "commitment", "follow_up", "reflection")
COMMAND_TIMEOUT = 120  # seconds for any one command that is not killed: a hang is an error
FAILURES = ("corrupt", "lost", "partial", "leak", "error")
KEEP_PER_FAILURE = 3
PASSPHRASE = "correct horse battery staple\n"


class TrialError(Exception):
    """Something the harness needed did not happen (a command failed or hung)."""


@contextlib.contextmanager
def reading(path):
    """A read-only connection to the journal as the kill left it. SQLite cannot open a WAL
    journal read-only before its -shm exists (a process killed just after switching to
    WAL leaves none): then a copy of the journal and its -wal, outside the trial's folder,
    is opened instead, and SQLite recovers the copy as it would the journal."""
    if not Path(path).is_file():
        raise sqlite3.OperationalError(f"no file at {path}")
    scratch = None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        db.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.OperationalError as error:
        if "readonly" not in str(error) and "unable to open" not in str(error):
            raise
        scratch = Path(tempfile.mkdtemp(prefix="rapport-crash-snapshot-"))
        for suffix in ("", "-wal"):
            if Path(f"{path}{suffix}").exists():
                shutil.copyfile(f"{path}{suffix}", scratch / f"journal{suffix}")
        db = sqlite3.connect(scratch / "journal", timeout=10)
    try:
        yield db
    finally:
        db.close()
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)


def inspect(path):
    """Integrity, version, schema and record counts, read-only."""
    with reading(path) as db:
        integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        schema = sorted(db.execute("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'"))
        tables = {row[1] for row in schema if row[0] == "table"}
        counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED if t in tables}
    return {"integrity": integrity, "version": version, "schema": schema, "counts": counts}


def digest(path):
    """The whole content: every table's rows, sorted, hashed."""
    with reading(path) as db:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        whole = hashlib.sha256()
        for table in tables:
            rows = sorted(repr(row) for row in db.execute(f"SELECT * FROM {table}"))
            whole.update(f"{table}:{len(rows)}\n".encode())
            for row in rows:
                whole.update(row.encode() + b"\n")
    return whole.hexdigest()


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


# --- Kinds ---------------------------------------------------------------------------------

class Kind:
    """One operation to kill. prepare() builds what every trial copies and measures the
    operation whole; setup() readies a trial's folder and returns the command;
    verify() returns the outcome ("old", "new") and records failures."""
    leak_check = False

    def __init__(self, name):
        self.name = name
        self.duration = 0.0

    def warm_up(self, h, folder):
        folder.mkdir(parents=True)
        argv = self.setup(h, folder, random.Random(0), {})
        self.duration = h.timed(argv, folder / "home")
        self.after_warm_up(h, folder)

    def after_warm_up(self, h, folder):
        pass

    def journal(self, folder):
        return folder / "journal.rapport"


def copy_journal(source, folder):
    # Templates are closed journals (no -wal): copying the one file copies all of it.
    target = folder / "journal.rapport"
    shutil.copyfile(source, target)
    return target


class Entries(Kind):
    """log, thank, promise, follow-up in a loop; the last one is killed."""
    TABLES = {"log": "interaction", "thank": "gratitude", "promise": "commitment", "follow-up": "follow_up"}

    def prepare(self, h):
        self.base = h.templates / "base.rapport"
        if not self.base.exists():
            h.cli(["init", "--db", str(self.base)], h.setup_home)
            for name in ("Ana Silva", "Ben Okafor", "Chloé Martin", "Dev Patel", "Eun-ji Kim", "Farah Haddad"):
                h.cli(["add-colleague", name, "--db", str(self.base), "--since", "2026-01-05", "--cadence", "14"],
                      h.setup_home)
        self.warm_up(h, h.root / "warm-up" / self.name)

    def command(self, db, rng, verb=None):
        verb = verb or rng.choice(sorted(self.TABLES))
        who = f"#{rng.randint(1, 6)}"
        if verb == "log":
            argv = ["log", rng.choice(["coffee", "meal", "help_given", "touchbase"]), who]
            if rng.random() < 0.5:
                argv.append(rng.choice([f"#{n}" for n in range(1, 7) if f"#{n}" != who]))
            argv += ["--date", TODAY, "--quality", str(rng.randint(1, 5)), "--note", "talked about the roadmap"]
        elif verb == "thank":
            argv = ["thank", who, "--for", "the careful review", "--date", TODAY] + (
                ["--received"] if rng.random() < 0.5 else [])
        elif verb == "promise":
            argv = ["promise", who, "--what", "send the notes", "--due", DUE, "--made", TODAY]
        else:
            argv = ["follow-up", who, "--what", "ask how the launch went", "--due", DUE]
        return verb, argv + ["--db", str(db)]

    def setup(self, h, folder, rng, context):
        db = copy_journal(self.base, folder)
        context["acked"] = []
        for _ in range(rng.randint(1, 4)):
            verb, argv = self.command(db, rng)
            out = h.cli(argv, folder / "home").stdout
            found = re.search(r"#(\d+)", out)
            if not found:
                raise TrialError(f"no #N in the output of {' '.join(argv)}: {out!r}")
            context["acked"].append((verb, int(found.group(1))))
        return self.command(db, rng)[1]

    def verify(self, h, folder, state, fail, context):
        with reading(self.journal(folder)) as db:
            for verb, ident in context["acked"]:
                table = self.TABLES[verb]
                if db.execute(f"SELECT count(*) FROM {table} WHERE id = ?", (ident,)).fetchone()[0] != 1:
                    fail("lost", f"{verb} #{ident} was acknowledged but is not in {table}")
            orphans = db.execute("SELECT count(*) FROM interaction WHERE id NOT IN "
                                 "(SELECT interaction_id FROM participant)").fetchone()[0]
        if orphans:
            fail("partial", f"{orphans} interaction(s) without participants")
        return None


class Import(Kind):
    """import --format json|csv|vcard of a few thousand records into a journal with six colleagues."""

    def __init__(self, name, fmt):
        super().__init__(name)
        self.format = fmt

    def prepare(self, h, entries, sizes):
        self.base = entries.base
        self.before = inspect(self.base)["counts"]
        self.source = h.templates / f"import.{self.format}"
        if self.format == "json":
            generated = h.templates / "import-source.rapport"
            h.cli(["generate", "--db", str(generated), "--colleagues", str(sizes["import_records"] // 10),
                   "--interactions", str(sizes["import_records"]),
                   "--seed", "5", "--date", TODAY], h.setup_home)
            h.cli(["export", "--db", str(generated), "--format", "json", "--output", str(self.source)], h.setup_home)
        elif self.format == "csv":
            with open(self.source, "w", encoding="utf-8", newline="") as f:
                f.write("name,email,team,department,role\r\n")
                for i in range(1, sizes["import_records"] + 1):
                    f.write(f"Imported Person {i},person{i}@example.org,Team {i % 9},Dept {i % 4},Engineer\r\n")
        else:
            with open(self.source, "w", encoding="utf-8", newline="") as f:
                for i in range(1, sizes["import_records"] + 1):
                    f.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card Person {i}\r\nN:Person {i};Card;;;\r\n"
                            f"EMAIL:card{i}@example.org\r\nORG:Acme {i % 5}\r\nTITLE:Designer\r\n"
                            f"NOTE:met at the offsite, table {i % 12}\r\nEND:VCARD\r\n")
        self.warm_up(h, h.root / "warm-up" / self.name)

    def after_warm_up(self, h, folder):
        self.after = inspect(self.journal(folder))["counts"]
        if self.after == self.before:
            raise TrialError(f"{self.name}: the warm-up import changed nothing")

    def setup(self, h, folder, rng, context):
        db = copy_journal(self.base, folder)
        return ["import", "--db", str(db), "--format", self.format, str(self.source)]

    def verify(self, h, folder, state, fail, context):
        if state["counts"] == self.before:
            return "old"
        if state["counts"] == self.after:
            return "new"
        fail("partial", f"counts {state['counts']} are neither before {self.before} nor after {self.after}")
        return None


class Migrate(Kind):
    """Opening a journal of an older schema version (`due`), which migrates it first."""

    def __init__(self, name, version):
        super().__init__(name)
        self.version = version

    def prepare(self, h, sizes):
        self.fixture = h.templates / f"schema-{self.version}.rapport"
        h.fixture(self.version, sizes["migrate_colleagues"], sizes["migrate_interactions"], self.fixture)
        self.before = inspect(self.fixture)
        self.warm_up(h, h.root / "warm-up" / self.name)

    def after_warm_up(self, h, folder):
        self.after = inspect(self.journal(folder))
        if self.after["version"] == self.version:
            raise TrialError(f"{self.name}: the warm-up did not migrate the journal")

    def setup(self, h, folder, rng, context):
        db = copy_journal(self.fixture, folder)
        return ["due", "--db", str(db), "--date", TODAY, "--json"]

    def verify(self, h, folder, state, fail, context):
        if state["counts"] != self.before["counts"]:
            fail("partial", f"counts {state['counts']} differ from the fixture's {self.before['counts']}")
        for outcome, expected in (("old", self.before), ("new", self.after)):
            if state["version"] == expected["version"]:
                if state["schema"] != expected["schema"]:
                    fail("partial", f"user_version {state['version']} but not that version's structure")
                return outcome
        fail("partial", f"user_version {state['version']} is neither {self.version} nor {self.after['version']}")
        return None


class BackupKind(Kind):
    """backup --output, plain or with --passphrase-file, of a journal of 50,000 interactions."""

    def __init__(self, name, encrypted):
        super().__init__(name)
        self.encrypted = encrypted
        self.leak_check = encrypted

    def prepare(self, h, big):
        self.source = big
        self.before = inspect(big)["counts"]
        self.warm_up(h, h.root / "warm-up" / self.name)

    def target(self, folder):
        return folder / "out" / ("journal.rapport-encrypted" if self.encrypted else "journal-backup.rapport")

    def after_warm_up(self, h, folder):
        self.backup_size = self.target(folder).stat().st_size

    def setup(self, h, folder, rng, context):
        db = copy_journal(self.source, folder)
        argv = ["backup", "--db", str(db), "--output", str(self.target(folder))]
        if self.encrypted:
            (folder / "passphrase").write_text(PASSPHRASE)
            argv += ["--passphrase-file", str(folder / "passphrase")]
        return argv

    def verify(self, h, folder, state, fail, context):
        if state["counts"] != self.before:
            fail("partial", f"the journal changed: {state['counts']} instead of {self.before}")
        target = self.target(folder)
        if not target.exists():
            return "old"
        if self.encrypted:
            if target.stat().st_size != self.backup_size:
                fail("partial", f"{target.name} is {target.stat().st_size} bytes, not {self.backup_size}")
        else:
            copy = inspect(target)
            if copy["integrity"] != ["ok"] or copy["counts"] != self.before:
                fail("partial", f"{target.name} is not a whole backup: {copy['integrity'][:3]} {copy['counts']}")
        return "new"


class Restore(Kind):
    """restore of a plain or encrypted backup over a different journal, in half of the
    trials one with a write-ahead log a crashed writer left."""

    def __init__(self, name, encrypted):
        super().__init__(name)
        self.encrypted = encrypted

    def prepare(self, h, old, backups):
        self.old = old
        self.backup = backups["encrypted" if self.encrypted else "plain"]
        self.warm_up(h, h.root / "warm-up" / self.name)

    def after_warm_up(self, h, folder):
        self.after = digest(self.journal(folder))

    def setup(self, h, folder, rng, context):
        db = copy_journal(self.old, folder)
        if rng.random() < 0.5:
            # A writer killed before it closed: its last commit lives only in the -wal.
            code = ("import os, sqlite3, sys\n"
                    "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                    "db.execute('PRAGMA wal_autocheckpoint = 0')\n"
                    "db.execute(\"INSERT INTO reflection (day, prompt, text) VALUES (20777, '', 'only in the wal')\")\n"
                    "os._exit(0)\n")
            subprocess.run([sys.executable, "-c", code, str(db)], check=True, timeout=COMMAND_TIMEOUT)
        context["before"] = digest(db)
        argv = ["restore", "--db", str(db), str(self.backup)]
        if self.encrypted:
            (folder / "passphrase").write_text(PASSPHRASE)
            argv += ["--passphrase-file", str(folder / "passphrase")]
        return argv

    def verify(self, h, folder, state, fail, context):
        content = digest(self.journal(folder))
        if content == context["before"]:
            return "old"
        if content == self.after:
            return "new"
        fail("partial", "the journal's content is neither the old journal nor the backup")
        return None


class Generate(Kind):
    """generate of 50,000 interactions into an empty journal."""

    def prepare(self, h, sizes):
        self.empty = h.templates / "empty.rapport"
        h.cli(["init", "--db", str(self.empty)], h.setup_home)
        self.before = inspect(self.empty)["counts"]
        self.sizes = sizes
        self.warm_up(h, h.root / "warm-up" / self.name)

    def after_warm_up(self, h, folder):
        self.after = inspect(self.journal(folder))["counts"]

    def setup(self, h, folder, rng, context):
        db = copy_journal(self.empty, folder)
        return ["generate", "--db", str(db), "--colleagues", str(self.sizes["generate_colleagues"]),
                "--interactions", str(self.sizes["generate_interactions"]), "--seed", "7", "--date", TODAY]

    def verify(self, h, folder, state, fail, context):
        if state["counts"] == self.before:
            return "old"
        if state["counts"] == self.after:
            return "new"
        fail("partial", f"counts {state['counts']} are neither before nor after")
        return None


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
            result["killed"] = True
        try:
            process.communicate(timeout=COMMAND_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise TrialError("the killed process did not go")
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
