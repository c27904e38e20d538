#pragma once

// The hand-made journal of the Insights tests (core and widgets), so both check their
// figures against the same hand-computed values. Today is 2025-03-15.
//
// Ana Silva (cadence 7, tracked since 2025-01-01), Ben Okafor (no cadence, since
// 2024-12-01), Cleo Park (cadence 14, since 2025-02-01, archived at the end).
// Over the 3 months ending 2025-03-15, everyone:
//   month  interactions (by kind)                      thanks g/r  consistency  kept   breadth
//   Jan    3 (coffee, meal, help given)                0/0         24/31        1.0    2
//   Feb    4 (help given 2, help received 2)           1/0         9/28         0.0    3
//   Mar    2 (coffee, help received)                   1/1         2/15         0.5    2
// Support balance Jan 1 - Mar 15: Ana 1/(1+1) = 0.5, Ben 2/(2+1); Cleo archived.

#include "TestSupport.h"

namespace rapport::test {

struct InsightsJournal
{
    core::Id ana = 0;
    core::Id ben = 0;
    core::Id cleo = 0;
};

inline InsightsJournal fillInsightsJournal(core::Journal &j)
{
    using core::CommitmentDirection;
    using core::CommitmentStatus;
    using core::GratitudeDirection;
    using core::InteractionKind;
    const auto person = [&j](const char *name, int cadence, const char *since) {
        return must(j.addColleague(makeColleague(QString::fromUtf8(name), cadence, since)), name);
    };
    const auto log = [&j](const char *on, QList<core::Id> who, InteractionKind kind) {
        must(j.logInteraction(makeInteraction(on, std::move(who), kind)), on);
    };
    const auto thank = [&j](core::Id who, const char *on, GratitudeDirection direction) {
        must(j.addGratitude(makeGratitude(who, on, direction)), on);
    };
    const auto promise = [&j](core::Id who, const char *made, const char *due, CommitmentStatus status,
                             const char *closed, CommitmentDirection direction) {
        const core::Id id = must(j.addCommitment(makeCommitment(who, made, due, direction)), made);
        must(j.closeCommitment(id, status, date(closed)), closed);
    };

    InsightsJournal ids;
    ids.ana = person("Ana Silva", 7, "2025-01-01");
    ids.ben = person("Ben Okafor", 0, "2024-12-01");
    ids.cleo = person("Cleo Park", 14, "2025-02-01");
    const core::Id ana = ids.ana, ben = ids.ben, cleo = ids.cleo;

    log("2024-12-10", { ana }, InteractionKind::HelpGiven); // before tracked since: still a contact
    thank(ana, "2024-12-20", GratitudeDirection::Received);
    log("2025-01-10", { ana }, InteractionKind::Coffee);
    log("2025-01-20", { ana, ben }, InteractionKind::Meal);
    log("2025-01-25", { ben }, InteractionKind::HelpGiven);
    log("2025-02-05", { ana }, InteractionKind::HelpGiven);
    log("2025-02-05", { ana }, InteractionKind::HelpReceived);
    thank(ana, "2025-02-06", GratitudeDirection::Given);
    log("2025-02-14", { ben }, InteractionKind::HelpGiven);
    log("2025-02-20", { cleo }, InteractionKind::HelpReceived);
    log("2025-03-03", { ben }, InteractionKind::Coffee);
    log("2025-03-10", { ben }, InteractionKind::HelpReceived);
    thank(ben, "2025-03-11", GratitudeDirection::Received);
    thank(ana, "2025-03-14", GratitudeDirection::Given);
    log("2025-03-20", { ana }, InteractionKind::Coffee); // after today: never counted

    const auto mine = CommitmentDirection::Mine;
    promise(ana, "2025-01-05", "2025-01-31", CommitmentStatus::Done, "2025-01-30", mine); // Jan, on time
    promise(ana, "2025-02-01", "2025-02-10", CommitmentStatus::Done, "2025-02-12", mine); // Feb, late
    promise(ben, "2025-02-01", "2025-03-01", CommitmentStatus::Dropped, "2025-03-05", mine); // Mar, dropped
    promise(ana, "2025-03-01", "2025-03-20", CommitmentStatus::Done, "2025-03-12", mine); // Mar, on time
    promise(ben, "2025-02-01", "2025-02-20", CommitmentStatus::Done, "2025-02-19",
        CommitmentDirection::Theirs); // never counted
    must(j.setArchived(cleo, true));
    return ids;
}

} // namespace rapport::test
