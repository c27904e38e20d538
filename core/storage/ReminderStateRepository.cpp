#include "ReminderStateRepository.h"

#include "Query.h"

namespace rapport::core::storage {
namespace {

const QString kLastReminderDay = QStringLiteral("last_reminder_day");

// The rows of each table that belong to a record; :id is the record's id. A colleague's
// include those of the follow-ups, promises and facts deleted with them.
struct ReferentFilter
{
    const char *snoozes;
    const char *dismissals;
    const char *suggestions;
};

ReferentFilter filterFor(Referent referent)
{
    switch (referent) {
    case Referent::Colleague:
        return { "(item_type = 'birthday' AND item_id = :id) "
                 "OR (item_type = 'follow_up' AND item_id IN (SELECT id FROM follow_up WHERE colleague_id = :id)) "
                 "OR (item_type = 'commitment' AND item_id IN (SELECT id FROM commitment WHERE colleague_id = :id))",
            "(item_type IN ('touchbase', 'birthday') AND item_id = :id) "
            "OR (item_type = 'follow_up' AND item_id IN (SELECT id FROM follow_up WHERE colleague_id = :id)) "
            "OR (item_type = 'commitment' AND item_id IN (SELECT id FROM commitment WHERE colleague_id = :id))",
            "(kind IN ('thank_for_help', 'welcome_newcomer', 'overdue_touchbase') AND ref_id = :id) "
            "OR (kind = 'fact_follow_up' AND ref_id IN (SELECT id FROM fact WHERE colleague_id = :id))" };
    case Referent::FollowUp:
        return { "item_type = 'follow_up' AND item_id = :id", "item_type = 'follow_up' AND item_id = :id", nullptr };
    case Referent::Commitment:
        return { "item_type = 'commitment' AND item_id = :id", "item_type = 'commitment' AND item_id = :id", nullptr };
    case Referent::Fact:
        return { nullptr, nullptr, "kind = 'fact_follow_up' AND ref_id = :id" };
    }
    return { nullptr, nullptr, nullptr };
}

Result<bool> exists(Database &db, const QString &sql, std::initializer_list<std::pair<QString, QVariant>> values)
{
    auto found = scalar(db, sql, values);
    if (!found)
        return found.error();
    return *found > 0;
}

} // namespace

Result<std::optional<Day>> ReminderStateRepository::snoozedUntil(const ReminderItem &item)
{
    Query q(m_db, QStringLiteral("SELECT until_day FROM reminder_snooze WHERE item_type = :type AND item_id = :id"));
    q.bind(QStringLiteral(":type"), item.type).bind(QStringLiteral(":id"), item.id);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next())
        return std::optional<Day>();
    return std::optional<Day>(q.number(0));
}

Status ReminderStateRepository::setSnooze(const ReminderItem &item, std::optional<Day> until)
{
    if (!until) {
        return execute(m_db, QStringLiteral("DELETE FROM reminder_snooze WHERE item_type = :type AND item_id = :id"),
            { { QStringLiteral(":type"), item.type }, { QStringLiteral(":id"), item.id } });
    }
    return execute(m_db,
        QStringLiteral("INSERT INTO reminder_snooze (item_type, item_id, until_day) VALUES (:type, :id, :until) "
                       "ON CONFLICT (item_type, item_id) DO UPDATE SET until_day = excluded.until_day"),
        { { QStringLiteral(":type"), item.type }, { QStringLiteral(":id"), item.id },
            { QStringLiteral(":until"), *until } });
}

Result<bool> ReminderStateRepository::isDismissed(const ReminderOccurrence &o)
{
    return exists(m_db,
        QStringLiteral("SELECT count(*) FROM reminder_dismissal "
                       "WHERE item_type = :type AND item_id = :id AND due_day = :due"),
        { { QStringLiteral(":type"), o.item.type }, { QStringLiteral(":id"), o.item.id },
            { QStringLiteral(":due"), o.dueDay } });
}

Status ReminderStateRepository::setDismissed(const ReminderOccurrence &o, bool dismissed)
{
    const QString sql = dismissed
        ? QStringLiteral("INSERT OR IGNORE INTO reminder_dismissal (item_type, item_id, due_day) "
                         "VALUES (:type, :id, :due)")
        : QStringLiteral("DELETE FROM reminder_dismissal "
                         "WHERE item_type = :type AND item_id = :id AND due_day = :due");
    return execute(m_db, sql,
        { { QStringLiteral(":type"), o.item.type }, { QStringLiteral(":id"), o.item.id },
            { QStringLiteral(":due"), o.dueDay } });
}

Result<bool> ReminderStateRepository::isDismissed(const SuggestionOccurrence &o)
{
    return exists(m_db,
        QStringLiteral("SELECT count(*) FROM suggestion_dismissal "
                       "WHERE kind = :kind AND ref_id = :ref AND ref_key = :key AND occurrence = :occurrence"),
        { { QStringLiteral(":kind"), o.kind }, { QStringLiteral(":ref"), o.refId },
            { QStringLiteral(":key"), o.refKey.isNull() ? QStringLiteral("") : o.refKey },
            { QStringLiteral(":occurrence"), o.occurrence } });
}

Status ReminderStateRepository::setDismissed(const SuggestionOccurrence &o, bool dismissed)
{
    const QString sql = dismissed
        ? QStringLiteral("INSERT OR IGNORE INTO suggestion_dismissal (kind, ref_id, ref_key, occurrence) "
                         "VALUES (:kind, :ref, :key, :occurrence)")
        : QStringLiteral("DELETE FROM suggestion_dismissal "
                         "WHERE kind = :kind AND ref_id = :ref AND ref_key = :key AND occurrence = :occurrence");
    return execute(m_db, sql,
        { { QStringLiteral(":kind"), o.kind }, { QStringLiteral(":ref"), o.refId },
            { QStringLiteral(":key"), o.refKey.isNull() ? QStringLiteral("") : o.refKey },
            { QStringLiteral(":occurrence"), o.occurrence } });
}

Result<ReminderState> ReminderStateRepository::dueState()
{
    ReminderState state;
    Query snoozes(m_db, QStringLiteral("SELECT item_type, item_id, until_day FROM reminder_snooze"));
    if (auto done = snoozes.exec(); !done)
        return done.error();
    while (snoozes.next())
        state.snoozedUntil.insert({ snoozes.text(0), snoozes.integer(1) }, snoozes.number(2));
    Query dismissals(m_db, QStringLiteral("SELECT item_type, item_id, due_day FROM reminder_dismissal"));
    if (auto done = dismissals.exec(); !done)
        return done.error();
    while (dismissals.next())
        state.dismissed.insert({ { dismissals.text(0), dismissals.integer(1) }, dismissals.number(2) });
    return state;
}

Result<QSet<SuggestionOccurrence>> ReminderStateRepository::dismissedSuggestions()
{
    QSet<SuggestionOccurrence> found;
    Query q(m_db, QStringLiteral("SELECT kind, ref_id, ref_key, occurrence FROM suggestion_dismissal"));
    if (auto done = q.exec(); !done)
        return done.error();
    while (q.next())
        found.insert({ q.text(0), q.integer(1), q.text(2), q.number(3) });
    return found;
}

Result<std::optional<QDate>> ReminderStateRepository::lastReminderDay()
{
    Query q(m_db, QStringLiteral("SELECT value FROM journal_state WHERE key = :key"));
    q.bind(QStringLiteral(":key"), kLastReminderDay);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next() || q.isNull(0))
        return std::optional<QDate>();
    return std::optional<QDate>(q.date(0));
}

Status ReminderStateRepository::setLastReminderDay(const QDate &day)
{
    return execute(m_db,
        QStringLiteral("INSERT INTO journal_state (key, value) VALUES (:key, :value) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        { { QStringLiteral(":key"), kLastReminderDay }, { QStringLiteral(":value"), qint64(toDay(day)) } });
}

Result<ReminderStateRows> ReminderStateRepository::referencing(Referent referent, Id id)
{
    ReminderStateRows rows;
    const ReferentFilter filter = filterFor(referent);
    if (filter.snoozes) {
        Query q(m_db,
            QStringLiteral("SELECT item_type, item_id, until_day FROM reminder_snooze WHERE ")
                + QLatin1String(filter.snoozes));
        q.bind(QStringLiteral(":id"), id);
        if (auto done = q.exec(); !done)
            return done.error();
        while (q.next())
            rows.snoozes.emplace_back(ReminderItem { q.text(0), q.integer(1) }, q.number(2));
    }
    if (filter.dismissals) {
        Query q(m_db,
            QStringLiteral("SELECT item_type, item_id, due_day FROM reminder_dismissal WHERE ")
                + QLatin1String(filter.dismissals));
        q.bind(QStringLiteral(":id"), id);
        if (auto done = q.exec(); !done)
            return done.error();
        while (q.next())
            rows.dismissals.push_back({ { q.text(0), q.integer(1) }, q.number(2) });
    }
    if (filter.suggestions) {
        Query q(m_db,
            QStringLiteral("SELECT kind, ref_id, ref_key, occurrence FROM suggestion_dismissal WHERE ")
                + QLatin1String(filter.suggestions));
        q.bind(QStringLiteral(":id"), id);
        if (auto done = q.exec(); !done)
            return done.error();
        while (q.next())
            rows.suggestions.push_back({ q.text(0), q.integer(1), q.text(2), q.number(3) });
    }
    return rows;
}

Status ReminderStateRepository::restore(const ReminderStateRows &rows)
{
    for (const auto &[item, until] : rows.snoozes) {
        if (auto done = setSnooze(item, until); !done)
            return done;
    }
    for (const ReminderOccurrence &o : rows.dismissals) {
        if (auto done = setDismissed(o, true); !done)
            return done;
    }
    for (const SuggestionOccurrence &o : rows.suggestions) {
        if (auto done = setDismissed(o, true); !done)
            return done;
    }
    return {};
}

} // namespace rapport::core::storage
