#include "CsvExport.h"

#include "CsvWriter.h"
#include "ExportFile.h"
#include "domain/Day.h"
#include "storage/JournalReader.h"

#include <QDir>
#include <QHash>
#include <QIODevice>

#include <array>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;

constexpr std::array kKeys
    = { "colleagues", "interactions", "gratitude", "commitments", "follow_ups", "facts", "reflections" };

const std::array<QStringList, kKeys.size()> &allColumns()
{
    static const std::array<QStringList, kKeys.size()> columns = {
        QStringList { u"id"_s, u"name"_s, u"pronouns"_s, u"role"_s, u"team"_s, u"department"_s, u"email"_s, u"phone"_s,
            u"chat"_s, u"work_mode"_s, u"time_zone"_s, u"start_date"_s, u"birthday"_s, u"how_we_met"_s,
            u"preferred_channel"_s, u"best_time"_s, u"working_style"_s, u"cadence_days"_s, u"tags"_s, u"notes"_s,
            u"tracked_since"_s, u"archived"_s },
        QStringList { u"id"_s, u"date"_s, u"time"_s, u"duration_min"_s, u"kind"_s, u"participants"_s,
            u"participant_names"_s, u"channel"_s, u"initiated_by"_s, u"quality"_s, u"notes"_s },
        QStringList { u"id"_s, u"colleague_id"_s, u"colleague"_s, u"date"_s, u"direction"_s, u"what"_s, u"where"_s },
        QStringList { u"id"_s, u"colleague_id"_s, u"colleague"_s, u"what"_s, u"direction"_s, u"made_on"_s, u"due_on"_s,
            u"status"_s, u"closed_on"_s, u"renegotiations"_s, u"previous_due_dates"_s },
        QStringList { u"id"_s, u"colleague_id"_s, u"colleague"_s, u"what"_s, u"due_on"_s, u"done_on"_s, u"fact_id"_s },
        QStringList { u"id"_s, u"colleague_id"_s, u"colleague"_s, u"text"_s, u"noted_on"_s, u"follow_up_on"_s },
        QStringList { u"id"_s, u"date"_s, u"prompt"_s, u"text"_s },
    };
    return columns;
}

QString dateText(const std::optional<QDate> &date)
{
    return date ? isoDate(*date) : QString();
}

template<typename E> QString keyText(const std::optional<E> &value)
{
    return value ? keyOf(*value) : QString();
}

const QString kJoin = QStringLiteral("; ");

// Writes one list; `names` holds every colleague's name, for the lists that name them.
class ListWriter
{
public:
    ListWriter(CsvWriter &csv, const QHash<Id, QString> &names)
        : m_csv(csv)
        , m_names(names)
    {
    }

    void row(const Colleague &c)
    {
        m_csv.number(c.id);
        for (const QString *text :
            { &c.name, &c.pronouns, &c.role, &c.team, &c.department, &c.email, &c.phone, &c.chat })
            m_csv.text(*text);
        m_csv.text(keyText(c.workMode));
        m_csv.text(c.timeZone);
        m_csv.text(dateText(c.startDate));
        m_csv.text(c.birthday ? c.birthday->toString() : QString());
        m_csv.text(c.howWeMet);
        m_csv.text(keyText(c.preferredChannel));
        m_csv.text(keyText(c.bestTime));
        m_csv.text(c.workingStyle);
        m_csv.number(c.cadenceDays);
        m_csv.text(c.tags.join(kJoin));
        m_csv.text(c.notes);
        m_csv.text(isoDate(c.trackedSince));
        m_csv.text(c.archived ? QStringLiteral("true") : QStringLiteral("false"));
    }
    void row(const Interaction &i)
    {
        m_csv.number(i.id);
        m_csv.text(isoDate(i.date));
        m_csv.text(i.time ? i.time->toString(QStringLiteral("HH:mm")) : QString());
        m_csv.number(i.durationMin);
        m_csv.text(keyOf(i.kind));
        QStringList ids, people;
        for (const Id id : i.participants) {
            ids << QString::number(id);
            people << m_names.value(id);
        }
        m_csv.text(ids.join(kJoin));
        m_csv.text(people.join(kJoin));
        m_csv.text(keyText(i.channel));
        m_csv.text(keyText(i.initiatedBy));
        m_csv.number(i.quality);
        m_csv.text(i.notes);
    }
    void row(const Gratitude &g)
    {
        colleague(g.id, g.colleagueId);
        m_csv.text(isoDate(g.date));
        m_csv.text(keyOf(g.direction));
        m_csv.text(g.what);
        m_csv.text(keyOf(g.where));
    }
    void row(const Commitment &c)
    {
        colleague(c.id, c.colleagueId);
        m_csv.text(c.what);
        m_csv.text(keyOf(c.direction));
        m_csv.text(isoDate(c.madeOn));
        m_csv.text(isoDate(c.dueOn));
        m_csv.text(keyOf(c.status));
        m_csv.text(dateText(c.closedOn));
        m_csv.number(c.renegotiations.size());
        QStringList earlier;
        for (const Renegotiation &move : c.renegotiations)
            earlier << isoDate(move.from);
        m_csv.text(earlier.join(kJoin));
    }
    void row(const FollowUp &f)
    {
        colleague(f.id, f.colleagueId);
        m_csv.text(f.what);
        m_csv.text(isoDate(f.dueOn));
        m_csv.text(dateText(f.doneOn));
        if (f.factId)
            m_csv.number(*f.factId);
        else
            m_csv.number(std::nullopt);
    }
    void row(const Fact &f)
    {
        colleague(f.id, f.colleagueId);
        m_csv.text(f.text);
        m_csv.text(isoDate(f.notedOn));
        m_csv.text(dateText(f.followUpOn));
    }
    void row(const Reflection &r)
    {
        m_csv.number(r.id);
        m_csv.text(isoDate(r.date));
        m_csv.text(r.prompt);
        m_csv.text(r.text);
    }

private:
    void colleague(Id id, Id colleagueId)
    {
        m_csv.number(id);
        m_csv.number(colleagueId);
        m_csv.text(m_names.value(colleagueId));
    }

    CsvWriter &m_csv;
    const QHash<Id, QString> &m_names;
};

qint64 countOf(const storage::JournalCounts &counts, CsvList list)
{
    switch (list) {
    case CsvList::Colleagues:
        return counts.colleagues;
    case CsvList::Interactions:
        return counts.interactions;
    case CsvList::Gratitude:
        return counts.gratitude;
    case CsvList::Commitments:
        return counts.commitments;
    case CsvList::FollowUps:
        return counts.followUps;
    case CsvList::Facts:
        return counts.facts;
    case CsvList::Reflections:
        return counts.reflections;
    }
    return 0;
}

} // namespace

QString CsvExport::key(CsvList list)
{
    return QString::fromLatin1(kKeys[std::size_t(list)]);
}

std::optional<CsvList> CsvExport::fromKey(QStringView key)
{
    for (std::size_t i = 0; i < kKeys.size(); ++i) {
        if (key == QLatin1String(kKeys[i]))
            return CsvList(i);
    }
    return std::nullopt;
}

QStringList CsvExport::keys()
{
    QStringList all;
    for (const char *key : kKeys)
        all << QString::fromLatin1(key);
    return all;
}

QStringList CsvExport::columns(CsvList list)
{
    return allColumns()[std::size_t(list)];
}

Status CsvExport::write(Database &db, CsvList list, QIODevice &device, const Progress &progress)
{
    storage::JournalReader reader(db);
    return reader.snapshot([&]() -> Status {
        auto counts = reader.counts();
        if (!counts)
            return counts.error();
        const qint64 total = countOf(*counts, list);
        QHash<Id, QString> names;
        if (list != CsvList::Colleagues && list != CsvList::Reflections) {
            auto read = reader.colleagues(
                [&](const Colleague &c) {
                    names.insert(c.id, c.name);
                    return Status();
                },
                false);
            if (!read)
                return read;
        }
        CsvWriter csv(device);
        for (const QString &column : columns(list))
            csv.text(column);
        csv.endRow();
        ListWriter rows(csv, names);
        qint64 done = 0;
        const auto put = [&](const auto &record) -> Status {
            rows.row(record);
            csv.endRow();
            if (csv.failed())
                return Error { tr("The export could not be written: %1").arg(device.errorString()) };
            if (progress && progressDue(++done, total) && !progress(done, total))
                return Error { tr("The export was cancelled.") };
            return {};
        };
        Status walked;
        switch (list) {
        case CsvList::Colleagues:
            walked = reader.colleagues([&](const Colleague &r) { return put(r); }, false);
            break;
        case CsvList::Interactions:
            walked = reader.interactions([&](const Interaction &r) { return put(r); });
            break;
        case CsvList::Gratitude:
            walked = reader.gratitude([&](const Gratitude &r) { return put(r); });
            break;
        case CsvList::Commitments:
            walked = reader.commitments([&](const Commitment &r) { return put(r); });
            break;
        case CsvList::FollowUps:
            walked = reader.followUps([&](const FollowUp &r) { return put(r); });
            break;
        case CsvList::Facts:
            walked = reader.facts([&](const Fact &r) { return put(r); });
            break;
        case CsvList::Reflections:
            walked = reader.reflections([&](const Reflection &r) { return put(r); });
            break;
        }
        if (!walked)
            return walked;
        if (!csv.flush())
            return Error { tr("The export could not be written: %1").arg(device.errorString()) };
        return {};
    });
}

Status CsvExport::writeFile(Database &db, CsvList list, const QString &path, const Progress &progress)
{
    return ExportFile::save(path, [&](QIODevice &device) { return write(db, list, device, progress); });
}

Status CsvExport::writeFolder(Database &db, const QString &folder, const Progress &progress)
{
    // Every list of the journal lands here: the folders made for it are the owner's alone.
    if (auto made = Database::makePrivateFolders(folder); !made)
        return made.error();
    // One progress over all lists: each list's records count on from the ones before.
    auto counts = storage::JournalReader(db).counts();
    if (!counts)
        return counts.error();
    const qint64 total = counts->total();
    qint64 before = 0;
    QList<std::pair<QString, ExportFile::Writer>> files;
    for (std::size_t i = 0; i < kKeys.size(); ++i) {
        const auto list = CsvList(i);
        files.append({ QDir(folder).filePath(key(list) + QStringLiteral(".csv")), [&, list](QIODevice &device) {
                          const qint64 start = before;
                          before += countOf(*counts, list);
                          return write(db, list, device,
                              [&](qint64 done, qint64) { return !progress || progress(start + done, total); });
                      } });
    }
    return ExportFile::saveAll(files);
}

} // namespace rapport::core::io
