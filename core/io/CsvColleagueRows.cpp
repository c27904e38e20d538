#include "CsvColleagueRows.h"

#include "CsvReader.h"
#include "domain/Day.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;
using C = ColleagueColumn;

// A cell that CsvWriter neutralised ('=..., '-...) gets its text back.
QString cellText(const QString &cell)
{
    const QString text = cell.trimmed();
    if (text.size() >= 2 && text[0] == QLatin1Char('\'') && QStringLiteral("=+-@\t\r").contains(text[1]))
        return text.mid(1);
    return text;
}

template<typename E> std::optional<E> keyFrom(const QString &text)
{
    return enumFromKey<E>(
        text.toLower().replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_')));
}

} // namespace

Error CsvColleagueRows::problem(const QString &field, const QString &message) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    if (field.isEmpty())
        return Error { CsvColleagueImport::tr("%1: line %2: %3").arg(file, QString::number(m_line), message) };
    // The column the field came from, to find it in the spreadsheet.
    qsizetype column = -1;
    for (qsizetype i = 0; i < m_mapping.size() && column < 0; ++i) {
        const auto mapped = m_mapping[i];
        if (mapped
            && (CsvColleagueImport::key(*mapped) == field
                || (field == QLatin1String("name") && (*mapped == C::GivenName || *mapped == C::FamilyName))))
            column = i;
    }
    const QString where = column < 0 || column >= m_headers.size()
        ? CsvColleagueImport::tr("line %1, field \"%2\"").arg(QString::number(m_line), field)
        : CsvColleagueImport::tr("line %1, field \"%2\" (column %3, \"%4\")")
              .arg(m_line)
              .arg(field)
              .arg(column + 1)
              .arg(m_headers[column]);
    return Error { QStringLiteral("%1: %2: %3").arg(file, where, message), field };
}

template<typename E>
Status CsvColleagueRows::key(const QString &text, ColleagueColumn column, std::optional<E> &out) const
{
    if (text.isEmpty())
        return {};
    out = keyFrom<E>(text);
    if (!out)
        return problem(CsvColleagueImport::key(column),
            CsvColleagueImport::tr("\"%1\" is not one of: %2").arg(text, allKeys<E>()));
    return {};
}

Status CsvColleagueRows::fill(const QStringList &cells, Colleague &c)
{
    c = Colleague {};
    c.trackedSince = m_journal.clock().today();
    QString given, family;
    for (qsizetype i = 0; i < cells.size() && i < m_mapping.size(); ++i) {
        if (!m_mapping[i])
            continue;
        const ColleagueColumn column = *m_mapping[i];
        const QString text = cellText(cells[i]);
        const QString field = CsvColleagueImport::key(column);
        if (text.isEmpty())
            continue;
        const auto date = [&](QDate &out) -> Status {
            const auto parsed = parseIsoDate(text);
            if (!parsed)
                return problem(field, CsvColleagueImport::tr("\"%1\" is not a date written YYYY-MM-DD").arg(text));
            out = *parsed;
            return {};
        };
        Status ok;
        switch (column) {
        case C::Name:
            c.name = text;
            break;
        case C::GivenName:
            given = text;
            break;
        case C::FamilyName:
            family = text;
            break;
        case C::Pronouns:
            c.pronouns = text;
            break;
        case C::Role:
            c.role = text;
            break;
        case C::Team:
            c.team = text;
            break;
        case C::Department:
            c.department = text;
            break;
        case C::Email:
            c.email = text;
            break;
        case C::Phone:
            c.phone = text;
            break;
        case C::Chat:
            c.chat = text;
            break;
        case C::WorkMode:
            ok = key(text, column, c.workMode);
            break;
        case C::TimeZone:
            c.timeZone = text;
            break;
        case C::StartDate: {
            QDate start;
            ok = date(start);
            c.startDate = start;
            break;
        }
        case C::Birthday:
            c.birthday = Birthday::parse(text);
            if (!c.birthday)
                ok = problem(
                    field, CsvColleagueImport::tr("\"%1\" is not a birthday written YYYY-MM-DD or --MM-DD").arg(text));
            break;
        case C::HowWeMet:
            c.howWeMet = text;
            break;
        case C::PreferredChannel:
            ok = key(text, column, c.preferredChannel);
            break;
        case C::BestTime:
            ok = key(text, column, c.bestTime);
            break;
        case C::WorkingStyle:
            c.workingStyle = text;
            break;
        case C::CadenceDays: {
            bool whole = false;
            c.cadenceDays = text.toInt(&whole);
            if (!whole)
                ok = problem(field, CsvColleagueImport::tr("\"%1\" is not a whole number of days").arg(text));
            break;
        }
        case C::Tags:
            for (const QString &tag : text.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts))
                c.tags << tag.trimmed();
            break;
        case C::Notes:
            c.notes = text;
            break;
        case C::TrackedSince:
            ok = date(c.trackedSince);
            break;
        case C::Archived: {
            const QString flag = text.toLower();
            if (!QStringList { u"true"_s, u"yes"_s, u"1"_s, u"false"_s, u"no"_s, u"0"_s }.contains(flag))
                ok = problem(field, CsvColleagueImport::tr("\"%1\" is not true or false").arg(text));
            c.archived = flag == QLatin1String("true") || flag == QLatin1String("yes") || flag == QLatin1String("1");
            break;
        }
        }
        if (!ok)
            return ok;
    }
    if (c.name.isEmpty())
        c.name = QString(given + QLatin1Char(' ') + family).trimmed();
    if (auto valid = m_validator.check(c); !valid)
        return problem(valid.error().field, valid.error().message);
    return {};
}

Status CsvColleagueRows::open()
{
    const QString file = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    if (!info.exists())
        return Error { CsvColleagueImport::tr("%1: there is no such file").arg(file) };
    if (info.isDir())
        return Error { CsvColleagueImport::tr("%1: this is a folder, not a file").arg(file) };
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error { CsvColleagueImport::tr("%1: cannot open the file: %2").arg(file, m_file.errorString()) };
    return {};
}

Status CsvColleagueRows::rows(const std::function<Status(Colleague &)> &each)
{
    if (!m_file.seek(0))
        return Error { CsvColleagueImport::tr("%1: cannot read the file: %2")
                           .arg(QDir::toNativeSeparators(m_path), m_file.errorString()) };
    CsvReader csv(m_file);
    m_line = 1;
    m_count = 0;
    if (!csv.next(m_headers)) {
        if (!csv.failed())
            return Error { CsvColleagueImport::tr("%1: the file is empty; it needs a header row")
                               .arg(QDir::toNativeSeparators(m_path)) };
        m_line = csv.problemLine();
        return problem({}, csv.problem());
    }
    const bool named = std::any_of(m_mapping.begin(), m_mapping.end(), [](const auto &column) {
        return column && (*column == C::Name || *column == C::GivenName || *column == C::FamilyName);
    });
    if (!named) {
        QStringList headers;
        for (const QString &header : std::as_const(m_headers))
            headers << QLatin1Char('"') + header + QLatin1Char('"');
        return Error { CsvColleagueImport::tr("%1: no column holds the name (the columns are %2); call one \"name\", "
                                              "or \"first name\" and \"last name\"")
                           .arg(QDir::toNativeSeparators(m_path), headers.join(QStringLiteral(", "))) };
    }
    QStringList cells;
    Colleague colleague;
    while (csv.next(cells)) {
        m_line = csv.line();
        if (std::all_of(cells.begin(), cells.end(), [](const QString &cell) { return cell.trimmed().isEmpty(); }))
            continue;
        for (qsizetype i = m_headers.size(); i < cells.size(); ++i) {
            if (!cells[i].trimmed().isEmpty())
                return problem({},
                    CsvColleagueImport::tr("the line has %1 fields, more than the %2 columns of the header")
                        .arg(cells.size())
                        .arg(m_headers.size()));
        }
        if (++m_count > CsvColleagueImport::kMaxRows)
            return problem({},
                CsvColleagueImport::tr("the file has more than %1 colleagues; split it into smaller files")
                    .arg(CsvColleagueImport::kMaxRows));
        if (auto filled = fill(cells, colleague); !filled)
            return filled;
        if (auto done = each(colleague); !done)
            return done;
    }
    if (csv.failed()) {
        m_line = csv.problemLine();
        return problem({}, csv.problem());
    }
    return {};
}

} // namespace rapport::core::io
