#include "ColleagueRepository.h"

#include "Query.h"

#include <QHash>

namespace rapport::core::storage {
namespace {

const QString kColumns = QStringLiteral(
    "id, name, pronouns, role, team, department, email, phone, chat, work_mode, time_zone, start_date, "
    "birthday, how_we_met, preferred_channel, best_time, working_style, cadence_days, notes, "
    "tracked_since, archived, snoozed_until");

template<typename E>
std::optional<E> optionalEnum(const Query &query, int column)
{
    return query.isNull(column) ? std::nullopt : enumFromKey<E>(query.text(column));
}

Colleague readColleague(const Query &q)
{
    Colleague c;
    c.id = q.integer(0);
    c.name = q.text(1);
    c.pronouns = q.text(2);
    c.role = q.text(3);
    c.team = q.text(4);
    c.department = q.text(5);
    c.email = q.text(6);
    c.phone = q.text(7);
    c.chat = q.text(8);
    c.workMode = optionalEnum<WorkMode>(q, 9);
    c.timeZone = q.text(10);
    c.startDate = q.optionalDate(11);
    if (!q.isNull(12))
        c.birthday = Birthday::parse(q.text(12));
    c.howWeMet = q.text(13);
    c.preferredChannel = optionalEnum<PreferredChannel>(q, 14);
    c.bestTime = optionalEnum<BestTime>(q, 15);
    c.workingStyle = q.text(16);
    c.cadenceDays = q.number(17);
    c.notes = q.text(18);
    c.trackedSince = q.date(19);
    c.archived = q.number(20) != 0;
    c.snoozedUntil = q.optionalDate(21);
    return c;
}

void bindColleague(Query &q, const Colleague &c)
{
    q.bind(QStringLiteral(":name"), c.name.trimmed())
        .bind(QStringLiteral(":name_key"), ColleagueRepository::nameKey(c.name))
        .bind(QStringLiteral(":pronouns"), c.pronouns)
        .bind(QStringLiteral(":role"), c.role)
        .bind(QStringLiteral(":team"), c.team)
        .bind(QStringLiteral(":department"), c.department)
        .bind(QStringLiteral(":email"), c.email)
        .bind(QStringLiteral(":phone"), c.phone)
        .bind(QStringLiteral(":chat"), c.chat)
        .bind(QStringLiteral(":work_mode"), optionalKey(c.workMode))
        .bind(QStringLiteral(":time_zone"), c.timeZone)
        .bind(QStringLiteral(":start_date"), c.startDate)
        .bind(QStringLiteral(":birthday"), c.birthday ? QVariant(c.birthday->toString()) : QVariant())
        .bind(QStringLiteral(":birthday_md"), c.birthday ? QVariant(c.birthday->month * 100 + c.birthday->day) : QVariant())
        .bind(QStringLiteral(":how_we_met"), c.howWeMet)
        .bind(QStringLiteral(":preferred_channel"), optionalKey(c.preferredChannel))
        .bind(QStringLiteral(":best_time"), optionalKey(c.bestTime))
        .bind(QStringLiteral(":working_style"), c.workingStyle)
        .bind(QStringLiteral(":cadence_days"), c.cadenceDays)
        .bind(QStringLiteral(":notes"), c.notes)
        .bind(QStringLiteral(":tracked_since"), c.trackedSince)
        .bind(QStringLiteral(":archived"), c.archived ? 1 : 0)
        .bind(QStringLiteral(":snoozed_until"), c.snoozedUntil);
}

} // namespace

Result<Id> ColleagueRepository::insert(const Colleague &colleague)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO colleague (id, name, name_key, pronouns, role, team, department, email, phone, chat, "
        "work_mode, time_zone, start_date, birthday, birthday_md, how_we_met, preferred_channel, best_time, "
        "working_style, cadence_days, notes, tracked_since, archived, snoozed_until) VALUES (:id, :name, "
        ":name_key, :pronouns, :role, :team, :department, :email, :phone, :chat, :work_mode, :time_zone, "
        ":start_date, :birthday, :birthday_md, :how_we_met, :preferred_channel, :best_time, :working_style, "
        ":cadence_days, :notes, :tracked_since, :archived, :snoozed_until)"));
    q.bind(QStringLiteral(":id"), colleague.id > 0 ? QVariant(colleague.id) : QVariant());
    bindColleague(q, colleague);
    if (auto done = q.exec(); !done)
        return done.error();
    Colleague saved = colleague;
    saved.id = q.lastInsertId();
    if (auto written = writeTagsAndPhoto(saved); !written)
        return written.error();
    return saved.id;
}

Status ColleagueRepository::update(const Colleague &colleague)
{
    Query q(m_db, QStringLiteral(
        "UPDATE colleague SET name = :name, name_key = :name_key, pronouns = :pronouns, role = :role, "
        "team = :team, department = :department, email = :email, phone = :phone, chat = :chat, "
        "work_mode = :work_mode, time_zone = :time_zone, start_date = :start_date, birthday = :birthday, "
        "birthday_md = :birthday_md, how_we_met = :how_we_met, preferred_channel = :preferred_channel, "
        "best_time = :best_time, working_style = :working_style, cadence_days = :cadence_days, "
        "notes = :notes, tracked_since = :tracked_since, archived = :archived, "
        "snoozed_until = :snoozed_until WHERE id = :id"));
    q.bind(QStringLiteral(":id"), colleague.id);
    bindColleague(q, colleague);
    if (auto done = q.exec(); !done)
        return done;
    return writeTagsAndPhoto(colleague);
}

Status ColleagueRepository::writeTagsAndPhoto(const Colleague &colleague)
{
    const auto id = QVariant(colleague.id);
    if (auto cleared = execute(m_db, QStringLiteral("DELETE FROM colleague_tag WHERE colleague_id = :id"),
                               {{QStringLiteral(":id"), id}});
        !cleared)
        return cleared;
    for (int i = 0; i < colleague.tags.size(); ++i) {
        auto added = execute(m_db,
                             QStringLiteral("INSERT OR IGNORE INTO colleague_tag (colleague_id, tag, position) "
                                            "VALUES (:id, :tag, :position)"),
                             {{QStringLiteral(":id"), id},
                              {QStringLiteral(":tag"), colleague.tags.at(i)},
                              {QStringLiteral(":position"), i}});
        if (!added)
            return added;
    }
    if (colleague.photoPng.isEmpty())
        return execute(m_db, QStringLiteral("DELETE FROM colleague_photo WHERE colleague_id = :id"),
                       {{QStringLiteral(":id"), id}});
    return execute(m_db,
                   QStringLiteral("INSERT INTO colleague_photo (colleague_id, png) VALUES (:id, :png) "
                                  "ON CONFLICT (colleague_id) DO UPDATE SET png = excluded.png"),
                   {{QStringLiteral(":id"), id}, {QStringLiteral(":png"), colleague.photoPng}});
}

Status ColleagueRepository::remove(Id id)
{
    return execute(m_db, QStringLiteral("DELETE FROM colleague WHERE id = :id"), {{QStringLiteral(":id"), id}});
}

Result<std::optional<Colleague>> ColleagueRepository::find(Id id)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM colleague WHERE id = :id").arg(kColumns));
    q.bind(QStringLiteral(":id"), id);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next())
        return std::optional<Colleague>();
    Colleague colleague = readColleague(q);

    Query tags(m_db, QStringLiteral("SELECT tag FROM colleague_tag WHERE colleague_id = :id ORDER BY position"));
    tags.bind(QStringLiteral(":id"), id);
    if (auto done = tags.exec(); !done)
        return done.error();
    while (tags.next())
        colleague.tags << tags.text(0);

    Query photo(m_db, QStringLiteral("SELECT png FROM colleague_photo WHERE colleague_id = :id"));
    photo.bind(QStringLiteral(":id"), id);
    if (auto done = photo.exec(); !done)
        return done.error();
    if (photo.next())
        colleague.photoPng = photo.value(0).toByteArray();
    return std::optional<Colleague>(std::move(colleague));
}

Result<bool> ColleagueRepository::exists(Id id)
{
    auto found = scalar(m_db, QStringLiteral("SELECT count(*) FROM colleague WHERE id = :id"), {{QStringLiteral(":id"), id}});
    if (!found)
        return found.error();
    return *found > 0;
}

Result<QList<ColleagueRef>> ColleagueRepository::findByName(const QString &name)
{
    Query q(m_db, QStringLiteral("SELECT id, name, archived FROM colleague WHERE name_key = :key ORDER BY id"));
    q.bind(QStringLiteral(":key"), nameKey(name));
    if (auto done = q.exec(); !done)
        return done.error();
    QList<ColleagueRef> found;
    while (q.next())
        found.append({q.integer(0), q.text(1), q.number(2) != 0});
    return found;
}

Result<QList<Colleague>> ColleagueRepository::list(bool includeArchived)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM colleague %2 ORDER BY name_key, id")
                      .arg(kColumns, includeArchived ? QString() : QStringLiteral("WHERE archived = 0")));
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Colleague> colleagues;
    QHash<Id, qsizetype> indexOf;
    while (q.next()) {
        indexOf.insert(q.integer(0), colleagues.size());
        colleagues.append(readColleague(q));
    }
    Query tags(m_db, QStringLiteral("SELECT colleague_id, tag FROM colleague_tag ORDER BY colleague_id, position"));
    if (auto done = tags.exec(); !done)
        return done.error();
    while (tags.next()) {
        const auto at = indexOf.constFind(tags.integer(0));
        if (at != indexOf.cend())
            colleagues[*at].tags << tags.text(1);
    }
    return colleagues;
}

Result<QHash<Id, QString>> ColleagueRepository::names(const QList<Id> &ids)
{
    QHash<Id, QString> names;
    Query q(m_db, QStringLiteral("SELECT name FROM colleague WHERE id = :id"));
    for (const Id id : ids) {
        if (names.contains(id))
            continue;
        q.bind(QStringLiteral(":id"), id);
        if (auto done = q.exec(); !done)
            return done.error();
        if (q.next())
            names.insert(id, q.text(0));
    }
    return names;
}

Result<qint64> ColleagueRepository::count()
{
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM colleague"));
}

Result<QByteArray> ColleagueRepository::photo(Id id)
{
    Query q(m_db, QStringLiteral("SELECT png FROM colleague_photo WHERE colleague_id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto done = q.exec(); !done)
        return done.error();
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

} // namespace rapport::core::storage
