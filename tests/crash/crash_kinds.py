"""The operations crash-harness.py kills, and the read-only views of a journal it checks
them with. Each kind builds what its trials copy, measures the operation whole once, readies
a trial's folder and judges what the kill left."""

import contextlib
import hashlib
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

TODAY = "2026-11-20"  # every journal is built for this day, and every --date pins it
DUE = "2026-12-04"
COUNTED = ("colleague", "fact", "interaction", "participant", "gratitude", "commitment", "follow_up", "reflection")
COMMAND_TIMEOUT = 120  # seconds for any one command that is not killed: a hang is an error
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
