#pragma once

#include "domain/Records.h"
#include "services/ColleagueTimeline.h"
#include "services/HealthDetail.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rapport::ui {

// The sentences of the profile card, kept apart from the widgets so they can be tested
// (and read) as plain functions.
class ProfileText final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileText)

public:
    // "14:05 in Lisbon (1 h behind you)"; "you" is the zone of `now`. Empty for an
    // unknown zone.
    static QString localTime(const QString &ianaId, const QDateTime &now);
    // "1 Sep 2021", or "3 Mar 2025 (joined 12 days ago, …)" in the first weeks.
    static QString startDate(const QDate &start, const QDate &today);
    // "14 July 1990" or "14 July"; says so when it is today.
    static QString birthday(const core::Birthday &birthday, const QDate &today);
    // "Every 14 days · next touchbase in 3 days · streak 6"
    static QString cadence(const core::ColleagueFigures &figures, const QDate &today,
                           const std::optional<QDate> &snoozedUntil);
    static QString score(int score);
    // One line per part of the health score, in words with their numbers; parts that
    // are left out say why.
    static QStringList healthParts(const core::HealthDetail &detail);
    // The question asked before deleting a colleague.
    static QString deletionQuestion(const core::Colleague &colleague, const core::DeletionImpact &impact);
    // "her" from "she/her"; "them" when the pronouns do not say.
    static QString objectPronoun(const QString &pronouns);
    // "role · team · department", skipping empty parts.
    static QString workLine(const core::Colleague &colleague);
    static QString preferences(const core::Colleague &colleague);

    static QString label(core::WorkMode mode);
    static QString label(core::PreferredChannel channel);
    static QString label(core::BestTime time);
    static QString percent(double fraction);
};

} // namespace rapport::ui
