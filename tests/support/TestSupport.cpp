#include "TestSupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cstdio>
#include <cstdlib>

namespace rapport::test {

QDate date(const char *iso)
{
    const auto parsed = core::parseIsoDate(QString::fromLatin1(iso));
    if (!parsed) {
        std::fprintf(stderr, "bad date literal in test: %s\n", iso);
        std::abort();
    }
    return *parsed;
}

core::Day day(const char *iso)
{
    return core::toDay(date(iso));
}

void ensureCoreApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "rapport-tests";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

std::string describe(const core::Error &error)
{
    return (error.field.isEmpty() ? error.message : QStringLiteral("[%1] %2").arg(error.field, error.message)).toStdString();
}

void must(const core::Status &status, const char *what)
{
    if (!status)
        throw Failed(std::string(what) + ": " + describe(status.error()));
}

// --- TempJournal ------------------------------------------------------------------------

TempJournal::TempJournal(const QDate &today)
    : m_clock(today)
{
    ensureCoreApplication();
    if (!m_dir.isValid())
        throw Failed("cannot create a temporary folder");
    m_journal = must(core::Journal::open(path(), core::Database::OpenMode::CreateIfMissing, m_clock), "open journal");
}

TempJournal::~TempJournal() = default;

QString TempJournal::path() const
{
    return m_dir.filePath(QStringLiteral("journal.rapport"));
}

void TempJournal::close()
{
    m_journal.reset();
}

void TempJournal::reopen()
{
    m_journal.reset();
    m_journal = must(core::Journal::open(path(), core::Database::OpenMode::MustExist, m_clock), "reopen journal");
}

// --- RawConnection ----------------------------------------------------------------------

RawConnection::RawConnection(const QString &path)
{
    ensureCoreApplication();
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("raw-test-connection-%1").arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        throw Failed("raw connection: " + m_db.lastError().text().toStdString());
}

RawConnection::~RawConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void RawConnection::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw Failed("raw exec " + sql.toStdString() + ": " + query.lastError().text().toStdString());
}

QVariant RawConnection::scalar(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw Failed("raw query " + sql.toStdString() + ": " + query.lastError().text().toStdString());
    return query.next() ? query.value(0) : QVariant();
}

// --- Journal contents -------------------------------------------------------------------

namespace {

QStringList rows(QSqlDatabase &db, const QString &sql, const QString &prefix)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw Failed("dump " + sql.toStdString() + ": " + query.lastError().text().toStdString());
    QStringList out;
    while (query.next()) {
        QStringList cells{prefix};
        for (int i = 0; i < query.record().count(); ++i) {
            const QVariant value = query.value(i);
            if (value.isNull())
                cells << QStringLiteral("<null>");
            else if (value.typeId() == QMetaType::QByteArray)
                cells << QString::fromLatin1(value.toByteArray().toHex());
            else
                cells << value.toString();
        }
        out << cells.join(QLatin1Char('|'));
    }
    out.sort();
    return out;
}

} // namespace

QStringList dumpJournal(QSqlDatabase &db)
{
    QStringList tables;
    {
        QSqlQuery query(db);
        // The change log and SQLite's sequence of it record that commits happened, not
        // what the journal holds: two journals with the same records dump the same.
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT IN ('change_log', 'sqlite_sequence') ORDER BY name")))
            throw Failed("dump: cannot list tables");
        while (query.next())
            tables << query.value(0).toString();
    }
    QStringList out;
    for (const QString &table : std::as_const(tables))
        out << rows(db, QStringLiteral("SELECT * FROM \"%1\"").arg(table), table);
    return out;
}

QStringList dumpJournal(core::Database &db)
{
    return dumpJournal(db.connection());
}

int damageLastPage(const QString &journal, const QString &table)
{
    int page = 0;
    int pageSize = 0;
    {
        RawConnection raw(journal);
        page = raw.scalar(QStringLiteral("SELECT max(pageno) FROM dbstat WHERE name = '%1' AND pagetype = 'leaf'").arg(table))
                   .toInt();
        pageSize = raw.scalar(QStringLiteral("PRAGMA page_size")).toInt();
    }
    if (page <= 1)
        throw Failed("damage: the table has no leaf page of its own");
    QFile file(journal);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(qint64(page - 1) * pageSize)
        || file.write(QByteArray(pageSize, '\x5a')) != pageSize)
        throw Failed("damage: cannot write the page");
    return page;
}

QStringList contactDayRows(core::Database &db)
{
    return rows(db.connection(), QStringLiteral("SELECT colleague_id, day, events FROM contact_day"), QStringLiteral("cd"));
}

QStringList recomputedContactDays(core::Database &db)
{
    return rows(db.connection(),
                QStringLiteral("SELECT colleague_id, day, count(*) FROM (SELECT colleague_id, day FROM participant "
                               "UNION ALL SELECT colleague_id, day FROM gratitude) GROUP BY colleague_id, day"),
                QStringLiteral("cd"));
}

qint64 rowCount(core::Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !query.next())
        throw Failed("count " + table.toStdString() + ": " + query.lastError().text().toStdString());
    return query.value(0).toLongLong();
}

QVariant pragma(core::Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(name)) || !query.next())
        throw Failed("pragma " + name.toStdString() + ": " + query.lastError().text().toStdString());
    return query.value(0);
}

// --- Builders ---------------------------------------------------------------------------

QByteArray tinyPng()
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray::fromHex("0000000d49484452000000010000000108060000001f15c489");
    png += QByteArray("\x00\x01\x02\xff\xfe", 5); // bytes that are not text, zero included
    return png;
}

core::Colleague makeColleague(const QString &name, int cadenceDays, const char *trackedSince)
{
    core::Colleague c;
    c.name = name;
    c.cadenceDays = cadenceDays;
    c.trackedSince = date(trackedSince);
    return c;
}

core::Colleague fullColleague(const QString &name)
{
    core::Colleague c = makeColleague(name, 14, "2023-05-02");
    c.pronouns = QStringLiteral("she/her");
    c.role = QStringLiteral("Staff engineer");
    c.team = QStringLiteral("Payments");
    c.department = QStringLiteral("Engineering");
    c.email = QStringLiteral("ana.silva@example.com");
    c.phone = QStringLiteral("+351 21 000 0000");
    c.chat = QStringLiteral("@ana");
    c.workMode = core::WorkMode::Hybrid;
    c.timeZone = QStringLiteral("Europe/Lisbon");
    c.startDate = date("2021-09-01");
    c.birthday = core::Birthday{7, 14, 1990};
    c.howWeMet = QStringLiteral("Onboarding buddy; \"coffee\" in the atrium");
    c.preferredChannel = core::PreferredChannel::Video;
    c.bestTime = core::BestTime::Morning;
    c.workingStyle = QStringLiteral("Deep work before noon");
    c.tags = QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mentor")};
    c.photoPng = tinyPng();
    c.notes = QStringLiteral("Line one\nLine two — ünïcödé ✓");
    c.archived = false;
    c.snoozedUntil = date("2025-04-01");
    return c;
}

core::Interaction makeInteraction(const char *on, QList<core::Id> participants, core::InteractionKind kind,
                                  std::optional<int> quality)
{
    core::Interaction i;
    i.date = date(on);
    i.participants = std::move(participants);
    i.kind = kind;
    i.quality = quality;
    return i;
}

core::Interaction fullInteraction(const char *on, QList<core::Id> participants)
{
    core::Interaction i = makeInteraction(on, std::move(participants), core::InteractionKind::Meal, 4);
    i.time = QTime(12, 35);
    i.durationMin = 45;
    i.channel = core::Channel::InPerson;
    i.initiatedBy = core::InitiatedBy::Them;
    i.notes = QStringLiteral("Talked about the Lisbon trip.\nAsk about the kids' school.");
    return i;
}

core::Gratitude makeGratitude(core::Id colleagueId, const char *on, core::GratitudeDirection direction, const QString &what)
{
    core::Gratitude g;
    g.colleagueId = colleagueId;
    g.date = date(on);
    g.direction = direction;
    g.what = what;
    return g;
}

core::Commitment makeCommitment(core::Id colleagueId, const char *madeOn, const char *dueOn,
                                core::CommitmentDirection direction, const QString &what)
{
    core::Commitment c;
    c.colleagueId = colleagueId;
    c.what = what;
    c.direction = direction;
    c.madeOn = date(madeOn);
    c.dueOn = date(dueOn);
    return c;
}

core::Fact makeFact(core::Id colleagueId, const char *notedOn, const QString &text, std::optional<QDate> followUpOn)
{
    return core::Fact{0, colleagueId, text, date(notedOn), followUpOn};
}

core::FollowUp makeFollowUp(core::Id colleagueId, const char *dueOn, const QString &what, std::optional<core::Id> factId)
{
    return core::FollowUp{0, colleagueId, what, date(dueOn), std::nullopt, factId};
}

core::Reflection makeReflection(const char *on, const QString &text, const QString &prompt)
{
    return core::Reflection{0, date(on), prompt, text};
}

} // namespace rapport::test
