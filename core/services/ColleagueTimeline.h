#pragma once

#include "Journal.h"

#include <QDate>
#include <QString>

#include <vector>

namespace rapport::core {

// One line of a colleague's timeline on the profile card.
struct TimelineEntry
{
    // Also the order of entries on the same day.
    enum class Type { Interaction, Gratitude, Commitment, FollowUp, Fact };

    Type type = Type::Interaction;
    Id id = 0;
    QDate date;
    QString title;  // "Coffee chat with Ana Silva and Ben Okafor", "Thanked: the careful review"
    QString detail; // notes and the like, plain text; may be empty
};

// Everything recorded with this colleague, newest first; on the same day by type, then
// newest id first. Interactions are dated when they happened, promises when made,
// follow-ups when due and facts when noted.
Result<std::vector<TimelineEntry>> colleagueTimeline(Journal &journal, Id colleagueId);

// What deleting a colleague takes with it (see Journal::deleteColleague).
struct DeletionImpact
{
    int soleInteractions = 0;   // only with them: deleted
    int sharedInteractions = 0; // with others too: kept, without them
    int gratitude = 0;
    int commitments = 0;
    int facts = 0;
    int followUps = 0;
};

Result<DeletionImpact> deletionImpact(Journal &journal, Id colleagueId);

} // namespace rapport::core
