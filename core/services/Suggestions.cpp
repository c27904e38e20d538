#include "Suggestions.h"

#include "DueList.h"
#include "GratitudeOverview.h"
#include "storage/ReflectionRepository.h"
#include "storage/SuggestionQueries.h"

#include <algorithm>
#include <array>

namespace rapport::core {
namespace {

constexpr std::size_t kKinds = 6;

std::size_t indexOf(SuggestionKind kind)
{
    return static_cast<std::size_t>(kind);
}

// Each kind's candidates, best first, without dismissed occurrences.
class Candidates
{
public:
    explicit Candidates(QSet<storage::SuggestionOccurrence> dismissed)
        : m_dismissed(std::move(dismissed))
    {
    }

    // Whether a suggestion like `s` is still wanted: its kind has room and it was not dismissed.
    bool wants(const Suggestion &s, qsizetype limit = kMaxSuggestions) const
    {
        return m_lists[indexOf(s.kind)].size() < limit && !m_dismissed.contains(dismissalKey(s));
    }
    void add(Suggestion s) { m_lists[indexOf(s.kind)].append(std::move(s)); }

    // The first of each kind, then the second of each, and so on.
    QList<Suggestion> interleaved() const
    {
        QList<Suggestion> out;
        for (qsizetype round = 0; out.size() < kMaxSuggestions; ++round) {
            bool any = false;
            for (const auto &list : m_lists) {
                if (round < list.size() && out.size() < kMaxSuggestions) {
                    out.append(list[round]);
                    any = true;
                }
            }
            if (!any)
                break;
        }
        return out;
    }

private:
    QSet<storage::SuggestionOccurrence> m_dismissed;
    std::array<QList<Suggestion>, kKinds> m_lists;
};

Status addFacts(Candidates &out, storage::SuggestionQueries &queries, Day today)
{
    auto facts = queries.factsToFollowUp(today);
    if (!facts)
        return facts.error();
    for (auto &f : *facts) {
        Suggestion s { .kind = SuggestionKind::FactFollowUp,
            .colleagueId = f.colleagueId,
            .colleagueName = f.name,
            .referenceId = f.factId,
            .text = f.text,
            .on = today };
        if (out.wants(s))
            out.add(std::move(s));
    }
    return {};
}

Status addThanks(Candidates &out, storage::SuggestionQueries &queries, Database &db, const QDate &todayDate)
{
    auto prompts = unthankedHelp(db, todayDate);
    if (!prompts)
        return prompts.error();
    const Day today = toDay(todayDate);
    for (const ThankPrompt &p : *prompts) {
        const Day helped = toDay(p.helpedOn);
        Suggestion s { .kind = SuggestionKind::ThankForHelp,
            .colleagueId = p.colleagueId,
            .colleagueName = p.name,
            .on = helped,
            .days = today - helped };
        if (!out.wants(s))
            continue;
        auto interaction = queries.helpReceivedOn(p.colleagueId, helped);
        if (!interaction)
            return interaction.error();
        s.referenceId = interaction->value_or(0);
        out.add(std::move(s));
    }
    return {};
}

Status addNewcomers(Candidates &out, storage::SuggestionQueries &queries, Day today)
{
    auto newcomers = queries.newcomersWithoutContact(today - (kNewcomerWindowDays - 1), today);
    if (!newcomers)
        return newcomers.error();
    for (auto &n : *newcomers) {
        Suggestion s { .kind = SuggestionKind::WelcomeNewcomer,
            .colleagueId = n.colleagueId,
            .colleagueName = n.name,
            .on = n.started,
            .days = today - n.started };
        if (out.wants(s))
            out.add(std::move(s));
    }
    return {};
}

Status addTouchbase(Candidates &out, Database &db, const QDate &todayDate)
{
    auto due = dueTouchbases(db, todayDate);
    if (!due)
        return due.error();
    // The most overdue first.
    for (const DueItem &item : std::as_const(*due)) {
        Suggestion s { .kind = SuggestionKind::OverdueTouchbase,
            .colleagueId = item.colleagueId,
            .colleagueName = item.colleagueName,
            .on = item.dueOn,
            .days = item.overdueDays };
        if (out.wants(s, 1))
            out.add(std::move(s));
    }
    return {};
}

Status addCapacity(Candidates &out, storage::SuggestionQueries &queries, Database &db, Day today)
{
    auto about = storage::ReflectionRepository(db).aboutMe();
    if (!about)
        return about.error();
    auto active = queries.activeCadenced();
    if (!active)
        return active.error();
    if (*active <= about->capacity)
        return {};
    Suggestion s { .kind = SuggestionKind::OverCapacity, .on = today, .count = *active, .capacity = about->capacity };
    if (out.wants(s, 1))
        out.add(std::move(s));
    return {};
}

Status addDepartment(Candidates &out, storage::SuggestionQueries &queries, Day today)
{
    auto departments = queries.departments(today);
    if (!departments)
        return departments.error();
    std::vector<Suggestion> quiet;
    for (auto &d : *departments) {
        const Day since = d.lastContact ? std::max(*d.lastContact, d.trackedSince) : d.trackedSince;
        if (today - since < kQuietDepartmentDays)
            continue;
        quiet.push_back({ .kind = SuggestionKind::QuietDepartment,
            .department = d.department,
            .on = since,
            .days = today - since,
            .lastContact = d.lastContact,
            .count = d.tracked });
    }
    std::stable_sort(quiet.begin(), quiet.end(), [](const Suggestion &a, const Suggestion &b) {
        if (a.days != b.days)
            return a.days > b.days;
        return a.department.localeAwareCompare(b.department) < 0;
    });
    for (auto &s : quiet) {
        if (out.wants(s, 1))
            out.add(std::move(s));
    }
    return {};
}

} // namespace

QString suggestionKindKey(SuggestionKind kind)
{
    switch (kind) {
    case SuggestionKind::FactFollowUp:
        return QStringLiteral("fact_follow_up");
    case SuggestionKind::ThankForHelp:
        return QStringLiteral("thank_for_help");
    case SuggestionKind::WelcomeNewcomer:
        return QStringLiteral("welcome_newcomer");
    case SuggestionKind::OverdueTouchbase:
        return QStringLiteral("overdue_touchbase");
    case SuggestionKind::OverCapacity:
        return QStringLiteral("over_capacity");
    case SuggestionKind::QuietDepartment:
        return QStringLiteral("quiet_department");
    }
    return {};
}

storage::SuggestionOccurrence dismissalKey(const Suggestion &s)
{
    switch (s.kind) {
    case SuggestionKind::FactFollowUp:
        return { suggestionKindKey(s.kind), s.referenceId, QString(), s.on };
    case SuggestionKind::OverCapacity:
        return { suggestionKindKey(s.kind), 0, QString(), s.count };
    case SuggestionKind::QuietDepartment:
        return { suggestionKindKey(s.kind), 0, s.department, s.on };
    case SuggestionKind::ThankForHelp:
    case SuggestionKind::WelcomeNewcomer:
    case SuggestionKind::OverdueTouchbase:
        break;
    }
    return { suggestionKindKey(s.kind), s.colleagueId, QString(), s.on };
}

Result<QList<Suggestion>> suggestions(Database &db, const QDate &todayDate)
{
    const Day today = toDay(todayDate);
    auto dismissed = storage::ReminderStateRepository(db).dismissedSuggestions();
    if (!dismissed)
        return dismissed.error();
    Candidates out(std::move(*dismissed));
    storage::SuggestionQueries queries(db);
    for (const Status &done : { addFacts(out, queries, today), addThanks(out, queries, db, todayDate),
             addNewcomers(out, queries, today), addTouchbase(out, db, todayDate), addCapacity(out, queries, db, today),
             addDepartment(out, queries, today) }) {
        if (!done)
            return done.error();
    }
    return out.interleaved();
}

} // namespace rapport::core
