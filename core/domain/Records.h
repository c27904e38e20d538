#pragma once

#include "Birthday.h"
#include "Enums.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace rapport::core {

// Row ids. 0 means "not saved yet".
using Id = qint64;

inline constexpr int kMaxNameLength = 200;
inline constexpr int kMaxNotesLength = 100'000;
inline constexpr int kMaxTextLength = 10'000;
inline constexpr int kMaxCadenceDays = 365;
inline constexpr int kDefaultCapacity = 12;
inline constexpr int kMaxCapacity = 1000;
inline constexpr int kMaxPhotoSide = 256;

struct Colleague
{
    Id id = 0;
    QString name;
    QString pronouns;
    QString role;
    QString team;
    QString department;
    QString email;
    QString phone;
    QString chat;
    std::optional<WorkMode> workMode;
    QString timeZone; // IANA id, empty when unknown
    std::optional<QDate> startDate;
    std::optional<Birthday> birthday;
    QString howWeMet;
    std::optional<PreferredChannel> preferredChannel;
    std::optional<BestTime> bestTime;
    QString workingStyle;
    int cadenceDays = 0; // 0 = no touchbase cadence
    QStringList tags;
    QByteArray photoPng; // at most kMaxPhotoSide px on a side; empty when none
    QString notes;
    QDate trackedSince;
    bool archived = false;
    std::optional<QDate> snoozedUntil; // reminder snooze; never changes any figure

    friend bool operator==(const Colleague &, const Colleague &) = default;
};

struct Fact
{
    Id id = 0;
    Id colleagueId = 0;
    QString text;
    QDate notedOn;
    std::optional<QDate> followUpOn;

    friend bool operator==(const Fact &, const Fact &) = default;
};

struct Interaction
{
    Id id = 0;
    QDate date;
    std::optional<QTime> time;
    std::optional<int> durationMin;
    QList<Id> participants;
    InteractionKind kind = InteractionKind::Other;
    std::optional<Channel> channel;
    std::optional<InitiatedBy> initiatedBy;
    std::optional<int> quality; // 1..5
    QString notes;

    friend bool operator==(const Interaction &, const Interaction &) = default;
};

struct Gratitude
{
    Id id = 0;
    Id colleagueId = 0;
    QDate date;
    GratitudeDirection direction = GratitudeDirection::Given;
    QString what;
    GratitudeWhere where = GratitudeWhere::Private;

    friend bool operator==(const Gratitude &, const Gratitude &) = default;
};

struct Renegotiation
{
    QDate from; // the due date before the move
    QDate to;   // the due date after it
    QDate on;   // when it was moved

    friend bool operator==(const Renegotiation &, const Renegotiation &) = default;
};

struct Commitment
{
    Id id = 0;
    Id colleagueId = 0;
    QString what;
    CommitmentDirection direction = CommitmentDirection::Mine;
    QDate madeOn;
    QDate dueOn;
    CommitmentStatus status = CommitmentStatus::Open;
    std::optional<QDate> closedOn;
    QList<Renegotiation> renegotiations;

    friend bool operator==(const Commitment &, const Commitment &) = default;
};

struct FollowUp
{
    Id id = 0;
    Id colleagueId = 0;
    QString what;
    QDate dueOn;
    std::optional<QDate> doneOn;
    std::optional<Id> factId;

    friend bool operator==(const FollowUp &, const FollowUp &) = default;
};

struct Reflection
{
    Id id = 0;
    QDate date;
    QString prompt;
    QString text;

    friend bool operator==(const Reflection &, const Reflection &) = default;
};

struct AboutMe
{
    QString communicationStyle;
    QString strengths;
    QString growthAreas;
    int capacity = kDefaultCapacity;

    friend bool operator==(const AboutMe &, const AboutMe &) = default;
};

} // namespace rapport::core
