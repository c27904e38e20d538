// computeStats on a randomized journal (fixed seed: about 30 colleagues and 2,000
// interactions over three years, some dated after today) against a naive reference that
// reads every raw record through the repositories and applies DESIGN.md section 2 day by
// day. It catches window and truncation mistakes in FigureQueries and the streak logic
// in services/Stats.cpp, which the hand-computed cases cannot reach.

#include "services/Stats.h"

#include "TestSupport.h"
#include "services/DemoJournal.h"

#include <gtest/gtest.h>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>

namespace rapport::core {
namespace {

using test::date;
using test::must;

// Everything the reference knows, read back through the repositories.
struct Raw
{
    QList<Colleague> colleagues; // archived too
    std::map<Id, Interaction> interactions;
    std::map<Id, Gratitude> gratitude;
    std::map<Id, Commitment> commitments;
    QHash<Id, std::set<Day>> contactDays;
};

Raw readAll(Repositories &repos)
{
    Raw raw;
    raw.colleagues = must(repos.colleagues.list(true));
    for (const Colleague &c : std::as_const(raw.colleagues)) {
        std::set<Day> &days = raw.contactDays[c.id];
        for (const Interaction &i : must(repos.interactions.listForColleague(c.id))) {
            raw.interactions[i.id] = i;
            days.insert(toDay(i.date));
        }
        for (const Gratitude &g : must(repos.gratitude.listForColleague(c.id))) {
            raw.gratitude[g.id] = g;
            days.insert(toDay(g.date));
        }
        for (const Commitment &m : must(repos.commitments.listForColleague(c.id)))
            raw.commitments[m.id] = m;
    }
    return raw;
}

std::optional<Day> lastOnOrBefore(const std::set<Day> &days, Day d)
{
    auto it = days.upper_bound(d);
    if (it == days.begin())
        return std::nullopt;
    return *std::prev(it);
}

Day anchorOf(const Colleague &c, const std::set<Day> &days, Day d)
{
    const auto last = lastOnOrBefore(days, d);
    const Day since = toDay(c.trackedSince);
    return last ? std::max(since, *last) : since;
}

// Tracked days in [first, last] and those on track with cadence k, one day at a time.
std::pair<int, int> onTrackDays(const Colleague &c, const std::set<Day> &days, int k, Day first, Day last, Day today,
                                bool archived)
{
    int tracked = 0, on = 0;
    for (Day d = first; d <= last; ++d) {
        if (archived || d < toDay(c.trackedSince) || d > today)
            continue;
        ++tracked;
        if (d <= anchorOf(c, days, d) + k)
            ++on;
    }
    return {on, tracked};
}

std::optional<double> ratio(int numerator, int denominator)
{
    return denominator == 0 ? std::nullopt : std::optional<double>(double(numerator) / double(denominator));
}

std::optional<double> reliability(const Raw &raw, Id colleague, Day first, Day last)
{
    int onTime = 0, closed = 0;
    for (const auto &[id, m] : raw.commitments) {
        if ((colleague != 0 && m.colleagueId != colleague) || m.direction != CommitmentDirection::Mine || !m.closedOn
            || m.status == CommitmentStatus::Open)
            continue;
        const Day on = toDay(*m.closedOn);
        if (on < first || on > last)
            continue;
        ++closed;
        if (m.status == CommitmentStatus::Done && *m.closedOn <= m.dueOn)
            ++onTime;
    }
    return ratio(onTime, closed);
}

MonthFigures referenceMonth(const Raw &raw, Day first, Day last, Day today)
{
    MonthFigures m;
    m.first = first;
    m.last = last;
    for (const auto &[id, i] : raw.interactions) {
        const Day d = toDay(i.date);
        if (d >= first && d <= last) {
            ++m.interactions;
            ++m.byKind[std::size_t(i.kind)];
        }
    }
    for (const auto &[id, g] : raw.gratitude) {
        const Day d = toDay(g.date);
        if (d >= first && d <= last)
            ++(g.direction == GratitudeDirection::Given ? m.gratitudeGiven : m.gratitudeReceived);
    }
    int on = 0, tracked = 0;
    for (const Colleague &c : raw.colleagues) {
        const std::set<Day> &days = raw.contactDays[c.id];
        if (std::any_of(days.begin(), days.end(), [&](Day d) { return d >= first && d <= last; }))
            ++m.breadth;
        if (c.cadenceDays <= 0 || c.archived)
            continue;
        const auto [o, t] = onTrackDays(c, days, c.cadenceDays, first, last, today, false);
        on += o;
        tracked += t;
    }
    m.consistency = ratio(on, tracked);
    m.promiseReliability = reliability(raw, 0, first, last);
    return m;
}

ColleagueFigures referenceColleague(const Raw &raw, const Colleague &c, Day today)
{
    const std::set<Day> &days = raw.contactDays[c.id];
    const int k = c.cadenceDays;
    ColleagueFigures f;
    f.id = c.id;
    f.name = c.name;
    f.cadenceDays = k;
    f.lastContact = lastOnOrBefore(days, today);
    const Day anchor = anchorOf(c, days, today);
    if (k > 0) {
        f.nextDue = anchor + k;
        f.overdueDays = std::max(0, today - *f.nextDue);
    }
    if (k > 0 && f.lastContact && f.overdueDays == 0) {
        // Back from the latest contact day while each gap is at most k.
        std::vector<Day> upTo(days.begin(), days.upper_bound(today));
        f.streak = 1;
        for (std::size_t n = upTo.size() - 1; n > 0 && upTo[n] - upTo[n - 1] <= k; --n)
            ++f.streak;
    }

    const Day windowFirst = today - 179;
    int given = 0, received = 0, qualitySum = 0, rated = 0;
    for (const auto &[id, i] : raw.interactions) {
        const Day d = toDay(i.date);
        if (d < windowFirst || d > today || !i.participants.contains(c.id))
            continue;
        given += i.kind == InteractionKind::HelpGiven ? 1 : 0;
        received += i.kind == InteractionKind::HelpReceived ? 1 : 0;
        if (i.quality) {
            qualitySum += *i.quality;
            ++rated;
        }
    }
    f.supportBalance = ratio(given, given + received);

    metrics::HealthParts &h = f.health;
    const int kh = k > 0 ? k : 30;
    h.cadenceUsed = kh;
    h.daysSinceAnchor = today - anchor;
    h.recency = h.daysSinceAnchor <= kh ? 1.0 : std::max(0.0, 1.0 - double(h.daysSinceAnchor - kh) / (2.0 * kh));
    const auto [on, tracked] = onTrackDays(c, days, kh, today - 89, today, today, false);
    h.consistency = ratio(on, tracked).value_or(1.0);
    if (rated > 0)
        h.warmth = (double(qualitySum) / rated - 1.0) / 4.0;
    h.supportBalance = f.supportBalance;
    if (f.supportBalance)
        h.balance = 1.0 - 2.0 * std::abs(*f.supportBalance - 0.5);
    h.promises = reliability(raw, c.id, windowFirst, today);
    double weighted = 0.35 * h.recency + 0.30 * h.consistency, weights = 0.65;
    for (const auto &[part, weight] : {std::pair{h.warmth, 0.15}, {h.balance, 0.10}, {h.promises, 0.10}}) {
        if (part) {
            weighted += weight * *part;
            weights += weight;
        }
    }
    h.score = int(std::round(100.0 * weighted / weights + 1e-9));
    return f;
}

void expectNear(const std::optional<double> &actual, const std::optional<double> &expected, const std::string &what)
{
    ASSERT_EQ(actual.has_value(), expected.has_value()) << what;
    if (expected) {
        EXPECT_NEAR(*actual, *expected, 1e-12) << what;
    }
}

void expectColleague(const ColleagueFigures &a, const ColleagueFigures &e)
{
    const std::string who = "colleague #" + std::to_string(e.id) + " (cadence " + std::to_string(e.cadenceDays) + ")";
    EXPECT_EQ(a.id, e.id) << who;
    EXPECT_EQ(a.name, e.name) << who;
    EXPECT_EQ(a.lastContact, e.lastContact) << who;
    EXPECT_EQ(a.nextDue, e.nextDue) << who;
    EXPECT_EQ(a.overdueDays, e.overdueDays) << who;
    EXPECT_EQ(a.streak, e.streak) << who << " streak";
    expectNear(a.supportBalance, e.supportBalance, who + " support");
    EXPECT_EQ(a.health.cadenceUsed, e.health.cadenceUsed) << who;
    EXPECT_EQ(a.health.daysSinceAnchor, e.health.daysSinceAnchor) << who;
    EXPECT_NEAR(a.health.recency, e.health.recency, 1e-12) << who;
    EXPECT_NEAR(a.health.consistency, e.health.consistency, 1e-12) << who << " consistency";
    expectNear(a.health.warmth, e.health.warmth, who + " warmth");
    expectNear(a.health.balance, e.health.balance, who + " balance");
    expectNear(a.health.promises, e.health.promises, who + " promises");
    EXPECT_EQ(a.health.score, e.health.score) << who;
}

// ~30 colleagues, ~2,000 interactions from 2022-06 to a month after 2025-06-17.
void fillRandomJournal(test::TempJournal &journal)
{
    Journal &j = journal.journal();
    std::mt19937 rng(424242);
    const auto between = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const QDate start = date("2022-06-01");
    const QDate end = date("2025-07-17");
    const int span = int(start.daysTo(end));
    must(journal.db().transaction([&]() -> Status {
        QList<Id> ids;
        const int cadences[] = {0, 7, 14, 30, 90};
        for (int n = 0; n < 30; ++n) {
            Colleague c = test::makeColleague(QStringLiteral("Colleague %1").arg(n, 2, 10, QLatin1Char('0')));
            c.cadenceDays = n % 6 == 5 ? between(1, 365) : cadences[n % 5];
            c.trackedSince = start.addDays(between(-60, span - 40));
            c.archived = n % 10 == 9;
            ids << must(j.addColleague(c));
        }
        // Three regulars met at most every k days through the whole history: their streaks
        // reach back well before any window. The second has one gap far in the past.
        for (int n = 0; n < 3; ++n) {
            Colleague c = *must(journal.repos().colleagues.find(ids[n]));
            c.cadenceDays = 14;
            c.trackedSince = start;
            must(j.updateColleague(c));
            for (QDate d = start; d <= end; d = d.addDays(between(1, 14) + (n == 1 && d.year() == 2022 && d.month() == 9 ? 20 : 0))) {
                if (n == 2 && between(0, 3) == 0) {
                    Gratitude g = test::makeGratitude(ids[n], "2022-06-01");
                    g.date = d.addDays(-1);
                    must(j.addGratitude(g));
                }
                Interaction i = test::makeInteraction("2022-06-01", {ids[n]});
                i.date = d;
                must(j.logInteraction(i));
            }
        }
        const int total = 2000 - int(test::rowCount(journal.db(), QStringLiteral("interaction")));
        for (int n = 0; n < total; ++n) {
            Interaction i = test::makeInteraction("2022-06-01", {}, InteractionKind(between(0, kInteractionKindCount - 1)));
            i.date = start.addDays(between(0, span));
            for (int p = between(1, 6) <= 4 ? 1 : between(2, 4); p > 0; --p)
                i.participants << ids[between(0, int(ids.size()) - 1)];
            if (between(0, 1))
                i.quality = between(1, 5);
            must(j.logInteraction(i));
        }
        for (int n = 0; n < 300; ++n) {
            Gratitude g = test::makeGratitude(ids[between(0, int(ids.size()) - 1)], "2022-06-01",
                                              between(0, 1) ? GratitudeDirection::Given : GratitudeDirection::Received);
            g.date = start.addDays(between(0, span));
            must(j.addGratitude(g));
        }
        for (int n = 0; n < 200; ++n) {
            Commitment m = test::makeCommitment(ids[between(0, int(ids.size()) - 1)], "2022-06-01", "2022-06-01",
                                                between(0, 9) < 7 ? CommitmentDirection::Mine : CommitmentDirection::Theirs);
            m.madeOn = start.addDays(between(0, span));
            m.dueOn = m.madeOn.addDays(between(0, 40));
            const Id id = must(j.addCommitment(m));
            const int outcome = between(0, 9);
            if (outcome >= 3)
                must(j.closeCommitment(id, outcome >= 8 ? CommitmentStatus::Dropped : CommitmentStatus::Done,
                                       m.madeOn.addDays(between(0, 60))));
        }
        return Status();
    }), "fill");
}

// computeStats for `months` months and every profile card, against the reference.
void expectStatsMatchReference(test::TempJournal &journal, const Raw &raw, const QDate &todayDate, int months)
{
    const Day today = toDay(todayDate);
    SCOPED_TRACE("today " + isoDate(todayDate).toStdString() + ", months " + std::to_string(months));
    const StatsReport report = must(computeStats(journal.db(), todayDate, months), "stats");
    ASSERT_EQ(report.months.size(), std::size_t(months));
    const QDate firstMonth = QDate(todayDate.year(), todayDate.month(), 1).addMonths(1 - months);
    for (int m = 0; m < months; ++m) {
        const Day first = toDay(firstMonth.addMonths(m));
        const Day last = std::min(today, toDay(firstMonth.addMonths(m + 1)) - 1);
        const MonthFigures expected = referenceMonth(raw, first, last, today);
        const MonthFigures &actual = report.months[std::size_t(m)];
        const std::string month = monthKey(first).toStdString();
        EXPECT_EQ(actual.first, expected.first) << month;
        EXPECT_EQ(actual.last, expected.last) << month;
        EXPECT_EQ(actual.interactions, expected.interactions) << month;
        EXPECT_EQ(actual.byKind, expected.byKind) << month;
        EXPECT_EQ(actual.gratitudeGiven, expected.gratitudeGiven) << month;
        EXPECT_EQ(actual.gratitudeReceived, expected.gratitudeReceived) << month;
        EXPECT_EQ(actual.breadth, expected.breadth) << month;
        expectNear(actual.consistency, expected.consistency, month + " consistency");
        expectNear(actual.promiseReliability, expected.promiseReliability, month + " reliability");
    }
    std::vector<ColleagueFigures> expected;
    for (const Colleague &c : raw.colleagues) {
        if (!c.archived)
            expected.push_back(referenceColleague(raw, c, today));
    }
    std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    ASSERT_EQ(report.colleagues.size(), expected.size());
    for (std::size_t n = 0; n < expected.size(); ++n)
        expectColleague(report.colleagues[n], expected[n]);
    // The profile card's figures are the reference's too; an archived colleague's are
    // those of the same colleague still tracked.
    for (const Colleague &c : raw.colleagues) {
        const ColleagueFigures card = must(computeColleagueFigures(journal.db(), c.id, todayDate), "card");
        Colleague tracked = c;
        tracked.archived = false;
        expectColleague(card, referenceColleague(raw, tracked, today));
    }
}

TEST(FiguresRandomTest, ComputeStatsMatchesADayByDayReference)
{
    test::TempJournal journal(date("2025-06-17"));
    fillRandomJournal(journal);
    ASSERT_GE(test::rowCount(journal.db(), QStringLiteral("interaction")), 2000);
    const Raw raw = readAll(journal.repos());
    ASSERT_EQ(raw.interactions.size(), std::size_t(test::rowCount(journal.db(), QStringLiteral("interaction"))));

    // The regulars' streaks reach back before the 24-month window: more contact days than
    // the window holds, so the reference checks the reading of the full history.
    {
        const Colleague &regular = raw.colleagues.first();
        ASSERT_EQ(regular.name, QStringLiteral("Colleague 00"));
        const ColleagueFigures f = referenceColleague(raw, regular, toDay(date("2025-06-17")));
        const std::set<Day> &days = raw.contactDays[regular.id];
        const auto inWindow = std::distance(days.lower_bound(toDay(date("2023-07-01"))), days.upper_bound(toDay(date("2025-06-17"))));
        EXPECT_GT(f.streak, inWindow + 20);
    }
    for (const char *todayText : {"2025-06-17", "2024-02-29", "2023-01-01"}) {
        for (const int months : {24, 1, 7, 40})
            expectStatsMatchReference(journal, raw, date(todayText), months);
    }
}

// The demo journal's figures (what `rapport-cli demo` then `stats` show) against the same
// day-by-day reference: every month and every colleague.
TEST(FiguresRandomTest, DemoJournalMatchesTheDayByDayReference)
{
    test::TempJournal journal(date("2026-11-21"));
    must(fillDemoJournal(journal.journal(), 1), "demo");
    const Raw raw = readAll(journal.repos());
    for (const int months : {12, 18, 24})
        expectStatsMatchReference(journal, raw, date("2026-11-21"), months);
}

} // namespace
} // namespace rapport::core
