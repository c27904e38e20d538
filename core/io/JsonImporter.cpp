#include "JsonImporter.h"

#include <QDir>
#include <QFileInfo>

namespace rapport::core::io::jsonimport {

using Token = JsonReader::Token;

Error JsonImporter::error(const JsonProblem &p) const
{
    // "FILE: line 3, column 17, in interactions[2]: ..." for syntax,
    // "FILE: interactions[41], field "participants" (line 45): ..." for values.
    QStringList where;
    if (p.column > 0) {
        where << JsonImport::tr("line %1, column %2").arg(p.line).arg(p.column);
        if (!p.record.isEmpty())
            where << JsonImport::tr("in %1").arg(p.record);
    } else {
        if (!p.record.isEmpty())
            where << p.record;
        if (!p.field.isEmpty())
            where << JsonImport::tr("field \"%1\"").arg(p.field);
        if (p.line > 0 && where.isEmpty())
            where << JsonImport::tr("line %1").arg(p.line);
        else if (p.line > 0)
            where.last() += QLatin1Char(' ') + JsonImport::tr("(line %1)").arg(p.line);
    }
    const QString file = QDir::toNativeSeparators(m_path);
    const QString message = where.isEmpty()
        ? QStringLiteral("%1: %2").arg(file, p.message)
        : QStringLiteral("%1: %2: %3").arg(file, where.join(QStringLiteral(", ")), p.message);
    const QString field = p.record.isEmpty() ? p.field
        : p.field.isEmpty()                  ? p.record
                                             : p.record + QLatin1Char('.') + p.field;
    return Error { message, field };
}

Status JsonImporter::open()
{
    const QString file = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    if (!info.exists())
        return Error { JsonImport::tr("%1: there is no such file").arg(file) };
    if (info.isDir())
        return Error { JsonImport::tr("%1: this is a folder, not a file").arg(file) };
    if (info.size() == 0)
        return Error { JsonImport::tr("%1: the file is empty").arg(file) };
    if (info.size() > JsonImport::kMaxFileBytes)
        return Error { JsonImport::tr("%1: the file is larger than %2 MB, more than any journal")
                           .arg(file)
                           .arg(JsonImport::kMaxFileBytes >> 20) };
    if (!m_file.open(QIODevice::ReadOnly))
        return Error { JsonImport::tr("%1: cannot open the file: %2").arg(file, m_file.errorString()) };
    return {};
}

Status JsonImporter::scan()
{
    if (m_json.next() != Token::BeginObject) {
        if (m_json.token() == Token::Invalid)
            return readerError();
        return error({ {}, {}, 1, 0,
            JsonImport::tr("this is not a Rapport journal: the file must hold one JSON object { ... }") });
    }
    bool format = false, version = false;
    std::optional<JsonProblem> structural; // reported after format and version, which say more
    for (Token t = m_json.next(); t != Token::EndObject; t = m_json.next()) {
        if (t != Token::Name)
            return readerError();
        const QByteArray name = m_json.text();
        const qint64 line = m_json.position().line;
        const auto at = std::find_if(kSections.begin(), kSections.end(), [&](const char *s) { return name == s; });
        if (name != "format" && name != "version" && at == kSections.end()) {
            if (!m_json.skipNextValue())
                return readerError(); // a field this version does not know
            continue;
        }
        if (m_json.next() == Token::Invalid)
            return readerError();
        if (name == "format") {
            format = true;
            if (m_json.token() != Token::String || m_json.text() != kJournalFormat)
                return error({ {}, QStringLiteral("format"), line, 0,
                    JsonImport::tr("is %1, not \"%2\": this is not a Rapport journal")
                        .arg(m_json.token() == Token::String ? QLatin1Char('"') + m_json.string() + QLatin1Char('"')
                                                             : JsonImport::tr("not a text"),
                            QLatin1String(kJournalFormat)) });
        } else if (name == "version") {
            version = true;
            bool whole = false;
            const qint64 number = m_json.token() == Token::Number ? m_json.text().toLongLong(&whole) : 0;
            if (!whole || number < 1)
                return error(
                    { {}, QStringLiteral("version"), line, 0, JsonImport::tr("must be a whole number from 1") });
            if (number > kJournalVersion)
                return error({ {}, QStringLiteral("version"), line, 0,
                    JsonImport::tr("the file is version %1 of the format, newer than this Rapport reads (%2); "
                                   "update Rapport to import it")
                        .arg(number)
                        .arg(kJournalVersion) });
        } else if (at != kSections.end()) {
            const auto section = Section(at - kSections.begin());
            if (m_at[section])
                return error({ {}, QString::fromLatin1(*at), line, 0, JsonImport::tr("the list is given twice") });
            m_at[section] = m_json.position();
            const Token expected = section == AboutMeCard ? Token::BeginObject : Token::BeginArray;
            if (m_json.token() != expected && m_json.token() != Token::Null && !structural) {
                structural = JsonProblem { {}, QString::fromLatin1(*at), line, 0,
                    section == AboutMeCard ? JsonImport::tr("must be an object { ... } or null")
                                           : JsonImport::tr("must be an array [ ... ] or null") };
            }
            if (m_json.token() == Token::BeginArray && section != AboutMeCard) {
                if (auto scanned = scanSection(section); !scanned)
                    return scanned;
                m_records.setRecord("", -1); // what follows is in no record
                continue;
            }
            if (!m_json.skipValue())
                return readerError();
        }
    }
    if (m_json.next() != Token::End)
        return readerError();
    if (!format)
        return error({ {}, QStringLiteral("format"), 0, 0,
            JsonImport::tr("the field is missing: this is not a Rapport journal") });
    if (!version)
        return error({ {}, QStringLiteral("version"), 0, 0, JsonImport::tr("the field is missing") });
    if (structural)
        return error(*structural);
    m_total = 0;
    for (const qint64 n : m_count)
        m_total += 2 * n; // checked, then written
    return {};
}

Status JsonImporter::scanSection(Section section)
{
    qint64 &count = m_count[std::size_t(section)];
    for (Token t = m_json.next(); t != Token::EndArray; t = m_json.next()) {
        m_records.setRecord(kSections[section], count);
        if (t == Token::Invalid)
            return readerError();
        if (count >= JsonImport::kMaxRecords)
            return error({ {}, QString::fromLatin1(kSections[section]), m_json.position().line, 0,
                JsonImport::tr("has more than %1 records").arg(JsonImport::kMaxRecords) });
        if (t != Token::BeginObject)
            return error(
                { m_records.recordName(), {}, m_json.position().line, 0, JsonImport::tr("must be an object { ... }") });
        if (!m_json.skipValue())
            return readerError();
        ++count;
    }
    return {};
}

Status JsonImporter::progressed()
{
    ++m_done;
    if (m_progress && progressDue(m_done, m_total) && !m_progress(m_done, m_total))
        return Error { JsonImport::tr("The import was cancelled; the journal was left as it was.") };
    return {};
}

const IdEntry *JsonImporter::find(const std::vector<IdEntry> &sorted, Id id)
{
    const auto at
        = std::lower_bound(sorted.begin(), sorted.end(), id, [](const IdEntry &e, Id value) { return e.id < value; });
    return at != sorted.end() && at->id == id ? &*at : nullptr;
}

Id JsonImporter::mapped(const std::vector<IdEntry> &map, Id id) const
{
    if (!m_merge)
        return id;
    const IdEntry *at = find(map, id);
    return at ? at->value : id;
}

Status JsonImporter::usedTwice(Section section, Id id, qint64 first, qint64 second, qint64 line) const
{
    const QString list = QLatin1String(kSections[section]);
    return error({ QStringLiteral("%1[%2]").arg(list).arg(second), QStringLiteral("id"), line, 0,
        JsonImport::tr("the id %1 is used twice in %2 (also by %2[%3])").arg(id).arg(list).arg(first) });
}

Status JsonImporter::check()
{
    IdCheck ids;
    const auto checked = [&](auto &record, qint64 index) -> Status {
        if (auto ok = m_validator.check(record); !ok)
            return error(m_records.invalid(ok.error()));
        if (const auto before = ids.add(record.id))
            return usedTwice(m_section, record.id, *before, index, m_records.lineOf(QStringLiteral("id")));
        if constexpr (std::is_same_v<std::decay_t<decltype(record)>, Fact>)
            m_factColleague.push_back({ record.id, record.colleagueId });
        return {};
    };
    const auto section = [&](Section s, auto tag) -> Status {
        ids.clear(m_count[s]);
        m_section = s;
        if (auto done = records<decltype(tag)>(s, checked); !done)
            return done;
        if (const auto twice = ids.twice())
            return usedTwice(s, twice->id, twice->first, twice->second, 0);
        return {};
    };
    if (auto done = section(Colleagues, Colleague {}); !done)
        return done;
    m_colleagueIds = ids.sorted();
    // Facts carry their colleague, for follow-ups that name a fact.
    if (auto done = section(Facts, Fact {}); !done)
        return done;
    std::sort(
        m_factColleague.begin(), m_factColleague.end(), [](const IdEntry &a, const IdEntry &b) { return a.id < b.id; });
    if (auto done = section(Interactions, Interaction {}); !done)
        return done;
    if (auto done = section(Gratitude, core::Gratitude {}); !done)
        return done;
    if (auto done = section(Commitments, Commitment {}); !done)
        return done;
    if (auto done = section(FollowUps, FollowUp {}); !done)
        return done;
    if (auto done = section(Reflections, Reflection {}); !done)
        return done;
    return records<AboutMe>(AboutMeCard, [&](AboutMe &about, qint64) -> Status {
        if (auto ok = m_validator.check(about); !ok)
            return error(m_records.invalid(ok.error()));
        return {};
    });
}

} // namespace rapport::core::io::jsonimport
