#include "ReminderScheduler.h"

#include "Journal.h"
#include "Settings.h"
#include "domain/Clock.h"

#include <QScopeGuard>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace rapport::core {

ReminderScheduler::ReminderScheduler(Journal &journal, const Settings &settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_settings(settings)
    , m_clock(clock)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &ReminderScheduler::check);
    // Precise: a coarse timer may be off by 5 % of its interval, minutes for an hour ahead.
    m_planned.setTimerType(Qt::PreciseTimer);
    m_planned.setSingleShot(true);
    connect(&m_planned, &QTimer::timeout, this, &ReminderScheduler::check);
}

ReminderScheduler::~ReminderScheduler() = default;

void ReminderScheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    connect(&m_journal, &Journal::changed, this, &ReminderScheduler::check);
    m_tick.start();
    check();
}

void ReminderScheduler::check()
{
    // A slot of ours may change the journal, which asks for a check while this one runs:
    // it runs once this one is over, on the journal as the slot left it.
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    m_checking = true;
    const auto done = qScopeGuard([this] { m_checking = false; });
    do {
        m_checkAgain = false;
        checkOnce();
    } while (m_checkAgain);
}

void ReminderScheduler::checkOnce()
{
    const QDateTime now = m_clock.now();
    if (!m_lastCheck.isValid() || now < m_lastCheck || m_lastCheck.secsTo(now) > kWakeGapSeconds)
        m_awakeSince = now;
    m_lastCheck = now;
    const QDate today = now.toTimeZone(m_zone).date();

    auto items = core::dueItems(m_journal.database(), today);
    if (!items) {
        spdlog::warn("reminders: cannot read the due list: {}", items.error().message.toStdString());
        schedule(now.addMSecs(kTickMs), now);
        return;
    }
    if (!m_haveItems || *items != m_items) {
        m_items = std::move(*items);
        m_haveItems = true;
        Q_EMIT dueChanged(m_items);
    }

    storage::ReminderStateRepository &state = m_journal.repositories().reminders;
    auto recorded = state.lastReminderDay();
    if (!recorded)
        spdlog::warn("reminders: cannot read the last notification day: {}", recorded.error().message.toStdString());
    // The day kept here too covers a journal that failed to record it: one a day still.
    std::optional<QDate> last = recorded ? *recorded : std::nullopt;
    if (m_notifiedOn && (!last || *last < *m_notifiedOn))
        last = m_notifiedOn;

    const ReminderSettings settings = m_settings.reminderSettings();
    ReminderMoment moment { now, last, !m_items.isEmpty(), m_awakeSince, m_zone };
    ReminderDecision decision = planReminder(settings, moment);
    if (decision.notify) {
        // Recorded before the signal, so a check that a slot causes finds today notified.
        m_notifiedOn = today;
        if (auto saved = state.setLastReminderDay(today); !saved)
            spdlog::warn("reminders: cannot record the notification day: {}", saved.error().message.toStdString());
        spdlog::info("reminders: notifying {} item(s){}", m_items.size(), decision.catchUp ? " (catch-up)" : "");
        Q_EMIT notify(m_items, decision.catchUp);
        moment.lastNotified = today;
        decision = planReminder(settings, moment);
    }
    schedule(decision.nextCheck, now);
}

void ReminderScheduler::schedule(const QDateTime &at, const QDateTime &now)
{
    m_next = at;
    if (!m_started)
        return;
    // The minute tick covers anything further off than a day.
    const qint64 ms = std::clamp<qint64>(now.msecsTo(at), 0, qint64(24) * 60 * 60 * 1000);
    m_planned.start(int(ms));
}

} // namespace rapport::core
