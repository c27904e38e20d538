#pragma once

#include "Transfer.h"
#include "domain/Result.h"
#include "services/Journal.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>
#include <span>

namespace rapport::core::io {

// The colleague fields a column of a CSV file can fill. A name may also come in two
// columns (given and family name, as address books export it).
enum class ColleagueColumn {
    Name,
    GivenName,
    FamilyName,
    Pronouns,
    Role,
    Team,
    Department,
    Email,
    Phone,
    Chat,
    WorkMode,
    TimeZone,
    StartDate,
    Birthday,
    HowWeMet,
    PreferredChannel,
    BestTime,
    WorkingStyle,
    CadenceDays,
    Tags,
    Notes,
    TrackedSince,
    Archived
};

// Imports colleagues from a CSV file with a header row (see CsvReader for the format).
// Which column fills which field is a mapping: guessed from the header names, which the
// app's column-mapping dialog shows and lets the user change, and which the command line
// uses as guessed. Every row is read and validated first (the Validator, with the line and
// the column in each message), then all are added in one transaction, as new colleagues.
// Values: dates YYYY-MM-DD, birthdays also --MM-DD, keys as in the JSON format (any case,
// spaces for underscores), tags separated by ";" or ",", archived true/false/yes/no/1/0.
// A leading ' that CsvWriter put before a formula-like cell is taken off again.
class CsvColleagueImport final
{
    Q_DECLARE_TR_FUNCTIONS(CsvColleagueImport)

public:
    // For each column of the file, in order: the field it fills, or nullopt when ignored.
    using Mapping = QList<std::optional<ColleagueColumn>>;

    struct Column
    {
        ColleagueColumn column;
        const char *key; // as in the JSON format: "name", "work_mode"; "given_name", "family_name"
        const char *label; // translatable, for the dialog
        const char *aliases; // translatable: header names separated by "|"
    };
    // Every field a column can fill, in the order a dialog lists them.
    static std::span<const Column> columns();
    static QString key(ColleagueColumn column);
    static QString label(ColleagueColumn column);
    // The header names that map to `column`: its key, the English aliases and those the
    // current translation adds (a translation extends the table by translating the alias
    // text; the English names keep working in every language).
    static QStringList aliases(ColleagueColumn column);
    // Each header matched to a field by name, ignoring case, spaces and punctuation; a field
    // already taken by an earlier column is not taken again.
    static Mapping guessMapping(const QStringList &headers);

    // The header and the first rows, for the mapping dialog.
    struct Preview
    {
        QStringList headers;
        QList<QStringList> rows;
    };
    static Result<Preview> preview(const QString &path, int rows = 5);

    // Adds a colleague for every row that is not empty; returns how many. A bad file
    // changes nothing. Not undoable: the undo stack is cleared.
    static Result<qint64> read(
        Journal &journal, const QString &path, const Mapping &mapping, const Progress &progress = {});

    static constexpr qint64 kMaxRows = 100'000;
};

} // namespace rapport::core::io
