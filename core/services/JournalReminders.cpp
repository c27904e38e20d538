// The Journal's reminder and suggestion changes: snoozes, dismissals, "Snooze all".
#include "Commands.h"
#include "Journal.h"
#include "ReminderCommands.h"
#include "domain/Day.h"

#include <QCoreApplication>

namespace rapport::core {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Journal", text);
}

Error missing(const char *what, Id id)
{
    return Error { tr("There is no %1 #%2.").arg(tr(what)).arg(id) };
}

// "Snooze …", "Unsnooze …" and "Dismiss …" for each kind of due item; %1 is the colleague.
QString snoozeText(DueType type, const QString &name, const std::optional<QDate> &until)
{
    switch (type) {
    case DueType::Touchbase:
        return until ? tr("Snooze %1 until %2").arg(name, isoDate(*until)) : tr("Unsnooze %1").arg(name);
    case DueType::FollowUp:
        return until ? tr("Snooze follow-up with %1 until %2").arg(name, isoDate(*until))
                     : tr("Unsnooze follow-up with %1").arg(name);
    case DueType::Commitment:
        return until ? tr("Snooze promise to %1 until %2").arg(name, isoDate(*until))
                     : tr("Unsnooze promise to %1").arg(name);
    case DueType::Birthday:
        return until ? tr("Snooze %1's birthday until %2").arg(name, isoDate(*until))
                     : tr("Unsnooze %1's birthday").arg(name);
    }
    return {};
}

QString dismissText(DueType type, const QString &name)
{
    switch (type) {
    case DueType::Touchbase:
        return tr("Dismiss touchbase with %1").arg(name);
    case DueType::FollowUp:
        return tr("Dismiss follow-up with %1").arg(name);
    case DueType::Commitment:
        return tr("Dismiss promise to %1").arg(name);
    case DueType::Birthday:
        return tr("Dismiss %1's birthday").arg(name);
    }
    return {};
}

} // namespace

Result<Id> Journal::reminderColleague(DueType type, Id id)
{
    switch (type) {
    case DueType::Touchbase:
    case DueType::Birthday: {
        if (auto exists = m_validator.colleagueExists(id, QStringLiteral("id")); !exists)
            return exists.error();
        return id;
    }
    case DueType::FollowUp: {
        auto found = m_repos->facts.findFollowUp(id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return missing("follow-up", id);
        return (*found)->colleagueId;
    }
    case DueType::Commitment: {
        auto found = m_repos->commitments.find(id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return missing("promise", id);
        return (*found)->colleagueId;
    }
    }
    return missing("colleague", id);
}

Result<std::unique_ptr<Command>> Journal::snoozeCommand(DueType type, Id id, std::optional<QDate> until)
{
    if (type == DueType::Touchbase) {
        auto c = colleague(id);
        if (!c)
            return c.error();
        if (c->snoozedUntil == until)
            return std::unique_ptr<Command>();
        Colleague after = *c;
        after.snoozedUntil = until;
        if (auto ok = m_validator.check(after); !ok)
            return ok.error();
        const QString text = snoozeText(type, c->name, until);
        return std::unique_ptr<Command>(
            std::make_unique<UpdateCommand<Colleague>>(std::move(*c), std::move(after), text));
    }
    auto colleagueId = reminderColleague(type, id);
    if (!colleagueId)
        return colleagueId.error();
    const storage::ReminderItem item { dueTypeKey(type), id };
    auto before = m_repos->reminders.snoozedUntil(item);
    if (!before)
        return before.error();
    const std::optional<Day> after = until ? std::optional<Day>(toDay(*until)) : std::nullopt;
    if (*before == after)
        return std::unique_ptr<Command>();
    return std::unique_ptr<Command>(
        std::make_unique<SnoozeReminderCommand>(item, *before, after, snoozeText(type, nameOf(*colleagueId), until)));
}

Status Journal::snoozeReminder(DueType type, Id id, std::optional<QDate> until)
{
    if (until && (!until->isValid() || *until <= m_clock.today() || until->year() > 2999))
        return Error::inField(QStringLiteral("until"), tr("A reminder can be snoozed until a day after today."));
    auto command = snoozeCommand(type, id, until);
    if (!command)
        return command.error();
    return *command ? m_undo->push(std::move(*command)) : Status();
}

Status Journal::snoozeAllDue(const QDate &until)
{
    if (!until.isValid() || until <= m_clock.today() || until.year() > 2999)
        return Error::inField(QStringLiteral("until"), tr("A reminder can be snoozed until a day after today."));
    auto items = dueItems(*m_db, m_clock.today());
    if (!items)
        return items.error();
    auto all = std::make_unique<CompositeCommand>(tr("Snooze all until %1").arg(isoDate(until)));
    for (const DueItem &item : std::as_const(*items)) {
        auto command = snoozeCommand(item.type, item.id, until);
        if (!command)
            return command.error();
        if (*command)
            all->add(std::move(*command));
    }
    if (all->isEmpty())
        return {};
    return m_undo->push(std::move(all));
}

Status Journal::dismissReminder(const DueItem &item)
{
    auto colleagueId = reminderColleague(item.type, item.id);
    if (!colleagueId)
        return colleagueId.error();
    const storage::ReminderOccurrence occurrence { { dueTypeKey(item.type), item.id }, item.dueOn };
    auto dismissed = m_repos->reminders.isDismissed(occurrence);
    if (!dismissed)
        return dismissed.error();
    if (*dismissed)
        return {};
    return m_undo->push(std::make_unique<DismissCommand<storage::ReminderOccurrence>>(
        occurrence, dismissText(item.type, nameOf(*colleagueId))));
}

Status Journal::dismissSuggestion(const Suggestion &suggestion)
{
    if (suggestion.colleagueId > 0) {
        if (auto exists = m_validator.colleagueExists(suggestion.colleagueId); !exists)
            return exists;
    }
    const storage::SuggestionOccurrence occurrence = dismissalKey(suggestion);
    auto dismissed = m_repos->reminders.isDismissed(occurrence);
    if (!dismissed)
        return dismissed.error();
    if (*dismissed)
        return {};
    const QString about = suggestion.colleagueId > 0 ? nameOf(suggestion.colleagueId) : suggestion.department;
    const QString text = about.isEmpty() ? tr("Dismiss suggestion") : tr("Dismiss suggestion about %1").arg(about);
    return m_undo->push(std::make_unique<DismissCommand<storage::SuggestionOccurrence>>(occurrence, text));
}

} // namespace rapport::core
