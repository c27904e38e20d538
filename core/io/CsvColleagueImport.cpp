#include "CsvColleagueImport.h"

#include "CsvColleagueRows.h"
#include "CsvReader.h"

#include <QDir>
#include <QFile>

#include <array>

namespace rapport::core::io {
namespace {

using C = ColleagueColumn;

constexpr std::array<CsvColleagueImport::Column, 23> kColumns = { {
    { C::Name, "name", QT_TRANSLATE_NOOP("CsvColleagueImport", "Name"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "name|full name|display name|colleague|person|contact") },
    { C::GivenName, "given_name", QT_TRANSLATE_NOOP("CsvColleagueImport", "Given name"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "given name|first name|forename") },
    { C::FamilyName, "family_name", QT_TRANSLATE_NOOP("CsvColleagueImport", "Family name"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "family name|last name|surname") },
    { C::Pronouns, "pronouns", QT_TRANSLATE_NOOP("CsvColleagueImport", "Pronouns"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "pronouns") },
    { C::Role, "role", QT_TRANSLATE_NOOP("CsvColleagueImport", "Role"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "role|title|job title|position") },
    { C::Team, "team", QT_TRANSLATE_NOOP("CsvColleagueImport", "Team"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "team|group") },
    { C::Department, "department", QT_TRANSLATE_NOOP("CsvColleagueImport", "Department"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "department|dept|division") },
    { C::Email, "email", QT_TRANSLATE_NOOP("CsvColleagueImport", "Email"),
        QT_TRANSLATE_NOOP(
            "CsvColleagueImport", "email|e-mail|email address|e-mail address|mail|e-mail 1 - value|primary email") },
    { C::Phone, "phone", QT_TRANSLATE_NOOP("CsvColleagueImport", "Phone"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "phone|telephone|phone number|mobile|mobile phone|phone 1 - value") },
    { C::Chat, "chat", QT_TRANSLATE_NOOP("CsvColleagueImport", "Chat"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "chat|chat handle|handle|slack") },
    { C::WorkMode, "work_mode", QT_TRANSLATE_NOOP("CsvColleagueImport", "Work mode"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "work mode") },
    { C::TimeZone, "time_zone", QT_TRANSLATE_NOOP("CsvColleagueImport", "Time zone"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "time zone|tz") },
    { C::StartDate, "start_date", QT_TRANSLATE_NOOP("CsvColleagueImport", "Start date"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "start date|started|joined|hire date") },
    { C::Birthday, "birthday", QT_TRANSLATE_NOOP("CsvColleagueImport", "Birthday"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "birthday|date of birth|birth date|dob") },
    { C::HowWeMet, "how_we_met", QT_TRANSLATE_NOOP("CsvColleagueImport", "How we met"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "how we met") },
    { C::PreferredChannel, "preferred_channel", QT_TRANSLATE_NOOP("CsvColleagueImport", "Preferred channel"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "preferred channel|channel") },
    { C::BestTime, "best_time", QT_TRANSLATE_NOOP("CsvColleagueImport", "Best time"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "best time") },
    { C::WorkingStyle, "working_style", QT_TRANSLATE_NOOP("CsvColleagueImport", "Working style"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "working style") },
    { C::CadenceDays, "cadence_days", QT_TRANSLATE_NOOP("CsvColleagueImport", "Touchbase cadence (days)"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "cadence days|cadence|touchbase cadence") },
    { C::Tags, "tags", QT_TRANSLATE_NOOP("CsvColleagueImport", "Tags"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "tags|labels") },
    { C::Notes, "notes", QT_TRANSLATE_NOOP("CsvColleagueImport", "Notes"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "notes|note|comments") },
    { C::TrackedSince, "tracked_since", QT_TRANSLATE_NOOP("CsvColleagueImport", "Tracked since"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "tracked since") },
    { C::Archived, "archived", QT_TRANSLATE_NOOP("CsvColleagueImport", "Archived"),
        QT_TRANSLATE_NOOP("CsvColleagueImport", "archived") },
} };

const CsvColleagueImport::Column &info(ColleagueColumn column)
{
    return kColumns[std::size_t(column)];
}

// "E-mail Address" -> "emailaddress": headers differ in case, spaces and punctuation.
QString squeezed(const QString &header)
{
    QString out;
    for (const QChar c : header.toCaseFolded()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

} // namespace

std::span<const CsvColleagueImport::Column> CsvColleagueImport::columns()
{
    return kColumns;
}

QString CsvColleagueImport::key(ColleagueColumn column)
{
    return QString::fromLatin1(info(column).key);
}

QString CsvColleagueImport::label(ColleagueColumn column)
{
    return tr(info(column).label);
}

QStringList CsvColleagueImport::aliases(ColleagueColumn column)
{
    QStringList names { key(column) };
    names << QString::fromUtf8(info(column).aliases).split(QLatin1Char('|'));
    for (const QString &translated : tr(info(column).aliases).split(QLatin1Char('|'))) {
        if (!names.contains(translated))
            names << translated;
    }
    return names;
}

CsvColleagueImport::Mapping CsvColleagueImport::guessMapping(const QStringList &headers)
{
    Mapping mapping;
    QList<ColleagueColumn> taken;
    for (const QString &header : headers) {
        const QString wanted = squeezed(header);
        std::optional<ColleagueColumn> found;
        for (const Column &column : kColumns) {
            if (found || taken.contains(column.column))
                continue;
            for (const QString &alias : aliases(column.column)) {
                if (!wanted.isEmpty() && squeezed(alias) == wanted)
                    found = column.column;
            }
        }
        if (found)
            taken << *found;
        mapping << found;
    }
    return mapping;
}

Result<CsvColleagueImport::Preview> CsvColleagueImport::preview(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("%1: cannot open the file: %2").arg(QDir::toNativeSeparators(path), file.errorString()) };
    CsvReader csv(file);
    Preview preview;
    csv.next(preview.headers);
    QStringList cells;
    while (preview.rows.size() < rows && csv.next(cells))
        preview.rows << cells;
    if (csv.failed())
        return Error {
            tr("%1: line %2: %3").arg(QDir::toNativeSeparators(path)).arg(csv.problemLine()).arg(csv.problem())
        };
    return preview;
}

Result<qint64> CsvColleagueImport::read(
    Journal &journal, const QString &path, const Mapping &mapping, const Progress &progress)
{
    CsvColleagueRows importer(journal, path, mapping);
    if (auto opened = importer.open(); !opened)
        return opened.error();
    if (auto checked = importer.rows([](Colleague &) { return Status(); }); !checked)
        return checked.error();
    const qint64 total = importer.count();
    qint64 done = 0;
    auto written = journal.database().transaction([&] {
        return importer.rows([&](Colleague &c) -> Status {
            if (auto id = journal.repositories().colleagues.insert(c); !id)
                return id.error();
            if (progress && progressDue(++done, total) && !progress(done, total))
                return Error { tr("The import was cancelled; the journal was left as it was.") };
            return {};
        });
    });
    if (!written)
        return written.error();
    // No command on the stack may refer to ids the import has taken.
    journal.undoStack().clear();
    return total;
}

} // namespace rapport::core::io
