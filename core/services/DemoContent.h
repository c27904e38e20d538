#pragma once

#include "domain/Records.h"

#include <array>
#include <optional>
#include <span>

// The words of the demo journal: who the colleagues are, what the notes say. The story
// that dates them lives in DemoStory.cpp; every date here is "days before today".
namespace rapport::core::demo {

enum Person : int { Ana, Ben, Priya, Tomas, Mei, Jonas, Sam, Fatima, Lukas, Olivia, Grace, Daniel, kPeople };

// Story anchors, in days before today (the dates are then moved off weekends).
inline constexpr int kHistoryMonths = 18;
inline constexpr int kAnaAwayFrom = 205;   // three weeks in Japan: her coffee streak restarts after it
inline constexpr int kAnaAwayUntil = 184;
inline constexpr int kJonasLast = 74;      // moved to growth experiments; we drifted apart since
inline constexpr int kFatimaLast = 66;     // Customer Success has gone quiet since
inline constexpr int kLukasLast = 104;
inline constexpr int kOliviaFarewell = 128; // Olivia left the company a few days later
inline constexpr int kOliviaLeft = 125;
inline constexpr int kOffsite = 300;
inline constexpr int kLaunch = 150;        // Checkout v2 went live
inline constexpr int kSamStarted = 420;
inline constexpr int kDanielMet = 528;     // Grace introduced us
inline constexpr int kCrunchFrom = 360;    // six weeks heads-down on the database migration:
inline constexpr int kCrunchUntil = 318;   // everyday contact outside Platform thinned out
inline constexpr int kPriyaLastHelp = 3;   // no thank-you yet: "one small action today"

struct Profile
{
    const char *name;
    const char *pronouns;
    const char *role;
    const char *team;
    const char *department;
    const char *email;
    const char *phone;
    const char *chat;
    WorkMode workMode;
    const char *timeZone;
    int startDaysAgo; // the new hire's is set by the story
    const char *birthday; // YYYY-MM-DD, --MM-DD, or nullptr (the story may set it)
    const char *howWeMet;
    PreferredChannel channel;
    BestTime bestTime;
    const char *workingStyle;
    int cadenceDays;
    const char *tags; // comma-separated
    const char *notes;
    // The rhythm of everyday contact: days between interactions, their usual warmth
    // (1..5) and how often each kind comes up (by InteractionKind).
    int gapMin;
    int gapMax;
    int warmth;
    std::array<int, kInteractionKindCount> kindWeights;
};

const std::array<Profile, kPeople> &profiles();
// The profile as a colleague card; start date and tracked since are the story's.
Colleague colleagueFrom(const Profile &profile);

// Short notes for everyday interactions of one kind; they name no one.
std::span<const char *const> notesFor(InteractionKind kind);
std::span<const char *const> thanksGiven();
std::span<const char *const> thanksReceived();
std::span<const char *const> promisesMine();
std::span<const char *const> promisesTheirs();

struct FactText
{
    Person who;
    int notedDaysAgo;
    const char *text; // may hold %1: the follow-up date, written "12 March"
    std::optional<int> followUpDaysAgo; // negative: in the future
    std::optional<int> doneDaysAgo;
};
std::span<const FactText> facts();

struct ReflectionText
{
    int daysAgo;
    const char *prompt;
    const char *text;
};
std::span<const ReflectionText> reflections();

AboutMe aboutMe();

} // namespace rapport::core::demo
