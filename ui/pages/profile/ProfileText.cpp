#include "ProfileText.h"

#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace rapport::ui {
namespace {

constexpr int kRecentStartDays = 90;  // "joined 12 days ago" for this long
constexpr int kWelcomeDays = 28;      // new hires are welcomed in their first weeks
constexpr double kBalancedWithin = 0.1;

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString offsetText(int minutes)
{
    const int h = minutes / 60;
    const int m = minutes % 60;
    if (h > 0 && m > 0)
        return ProfileText::tr("%1 h %2 min").arg(h).arg(m);
    if (h > 0)
        return ProfileText::tr("%1 h").arg(h);
    return ProfileText::tr("%1 min").arg(m);
}

// "a, b and c"
QString listText(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return ProfileText::tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

} // namespace

QString ProfileText::localTime(const QString &ianaId, const QDateTime &now)
{
    const QTimeZone zone(ianaId.toUtf8());
    if (ianaId.isEmpty() || !zone.isValid())
        return {};
    const QDateTime there = now.toTimeZone(zone);
    QString place = ianaId.section(QLatin1Char('/'), -1);
    place.replace(QLatin1Char('_'), QLatin1Char(' '));
    const int diffMinutes = (zone.offsetFromUtc(now) - now.offsetFromUtc()) / 60;
    QString relation;
    if (diffMinutes == 0)
        relation = tr("same time as you");
    else if (diffMinutes > 0)
        relation = tr("%1 ahead of you").arg(offsetText(diffMinutes));
    else
        relation = tr("%1 behind you").arg(offsetText(-diffMinutes));
    return tr("%1 in %2 (%3)").arg(QLocale().toString(there.time(), QLocale::ShortFormat), place, relation);
}

QString ProfileText::startDate(const QDate &start, const QDate &today)
{
    const qint64 days = start.daysTo(today);
    if (days < 0)
        return tr("%1 (joins in %n day(s))", nullptr, static_cast<int>(-days)).arg(dateText(start));
    if (days == 0)
        return tr("%1 (joined today: a good time to welcome them)").arg(dateText(start));
    if (days <= kWelcomeDays)
        return tr("%1 (joined %n day(s) ago: still new, a good time to welcome them)", nullptr, static_cast<int>(days))
            .arg(dateText(start));
    if (days <= kRecentStartDays)
        return tr("%1 (joined %n day(s) ago)", nullptr, static_cast<int>(days)).arg(dateText(start));
    return dateText(start);
}

QString ProfileText::birthday(const core::Birthday &birthday, const QDate &today)
{
    const QLocale locale;
    QString text = birthday.year ? locale.toString(QDate(*birthday.year, birthday.month, birthday.day), QStringLiteral("d MMMM yyyy"))
                                 : tr("%1 %2").arg(birthday.day).arg(locale.standaloneMonthName(birthday.month));
    if (birthday.fallsOn(today))
        text = tr("%1 (today!)").arg(text);
    return text;
}

QString ProfileText::cadence(const core::ColleagueFigures &f, const QDate &today, const std::optional<QDate> &snoozedUntil)
{
    if (f.cadenceDays <= 0)
        return tr("No touchbase cadence");
    QStringList parts{tr("Every %n day(s)", nullptr, f.cadenceDays)};
    if (f.overdueDays > 0) {
        parts << tr("touchbase %n day(s) overdue", nullptr, f.overdueDays);
    } else if (f.nextDue) {
        const int in = *f.nextDue - core::toDay(today);
        parts << (in == 0 ? tr("next touchbase today") : tr("next touchbase in %n day(s)", nullptr, in));
    }
    if (snoozedUntil && *snoozedUntil > today)
        parts << tr("reminder snoozed until %1").arg(dateText(*snoozedUntil));
    parts << tr("streak %1").arg(f.streak);
    return parts.join(QStringLiteral(" · "));
}

QString ProfileText::score(int score)
{
    return tr("Health %1 of 100").arg(score);
}

QString ProfileText::percent(double fraction)
{
    return tr("%1 %").arg(qRound(fraction * 100));
}

QStringList ProfileText::healthParts(const core::HealthDetail &d)
{
    const core::metrics::HealthParts &h = d.figures.health;
    const int k = h.cadenceUsed;
    const int s = h.daysSinceAnchor;
    QStringList lines;

    QString contact;
    if (s < 0)
        contact = tr("tracking starts in %n day(s)", nullptr, -s);
    else if (d.figures.lastContact && *d.figures.lastContact == d.anchor)
        contact = s == 0 ? tr("last contact today") : tr("last contact %n day(s) ago", nullptr, s);
    else
        contact = tr("no contact since tracking began %n day(s) ago", nullptr, s);
    const QString cadence = d.figures.cadenceDays > 0 ? tr("your %1-day cadence").arg(k)
                                                      : tr("the usual %1 days (no cadence set)").arg(k);
    const QString where = s <= k ? tr("within %1").arg(cadence) : tr("%n day(s) past %1", nullptr, s - k).arg(cadence);
    lines << tr("Recency: %1, %2 — %3").arg(contact, where, percent(h.recency));

    if (d.trackedDays == 0)
        lines << tr("Consistency: not tracked in the last 90 days yet, so it counts as %1").arg(percent(h.consistency));
    else
        lines << tr("Consistency: on track %1 of %2 days in the last 90 — %3")
                     .arg(d.onTrackDays)
                     .arg(d.trackedDays)
                     .arg(percent(h.consistency));

    if (h.warmth && d.meanQuality)
        lines << tr("Warmth: conversations rated %1 on average (%n rated) — %2", nullptr,
                    static_cast<int>(d.ratedInteractions))
                     .arg(QLocale().toString(*d.meanQuality, 'f', 1), percent(*h.warmth));
    else
        lines << tr("Warmth: left out, since no conversation with them was rated in the last 180 days");

    if (h.balance && h.supportBalance) {
        const double lean = *h.supportBalance - 0.5;
        const QString how = std::abs(lean) <= kBalancedWithin ? tr("balanced")
                            : lean > 0 ? tr("mostly you helping; asking their advice builds trust too")
                                       : tr("mostly them helping; look for a way to help back");
        lines << tr("Give and take: you helped %1, they helped %2 — %3 — %4")
                     .arg(tr("%n time(s)", nullptr, d.helpGiven), tr("%n time(s)", nullptr, d.helpReceived), how,
                          percent(*h.balance));
    } else {
        lines << tr("Give and take: left out, since no help was given or received in the last 180 days");
    }

    if (h.promises)
        lines << tr("Promises: %1 of %2 kept on time — %3").arg(d.promisesKept).arg(d.promisesClosed).arg(percent(*h.promises));
    else
        lines << tr("Promises: left out, since none of your promises to them was closed in the last 180 days");
    return lines;
}

QString ProfileText::objectPronoun(const QString &pronouns)
{
    const QStringList parts = pronouns.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 2) {
        const QString second = parts.at(1).trimmed().toLower();
        if (!second.isEmpty() && second.size() <= 8 && !second.contains(QLatin1Char(' ')))
            return second;
    }
    return tr("them");
}

QString ProfileText::deletionQuestion(const core::Colleague &c, const core::DeletionImpact &impact)
{
    const QString them = objectPronoun(c.pronouns);
    QStringList goes;
    if (impact.soleInteractions > 0)
        goes << tr("%n interaction(s) only with %1", nullptr, impact.soleInteractions).arg(them);
    if (impact.gratitude > 0)
        goes << tr("%n thanks", nullptr, impact.gratitude);
    if (impact.commitments > 0)
        goes << tr("%n promise(s)", nullptr, impact.commitments);
    if (impact.facts > 0)
        goes << tr("%n fact(s)", nullptr, impact.facts);
    if (impact.followUps > 0)
        goes << tr("%n follow-up(s)", nullptr, impact.followUps);

    QString text = tr("Delete %1?").arg(c.name);
    if (goes.isEmpty())
        text += QLatin1Char(' ') + tr("Nothing else is recorded with %1.").arg(them);
    else
        text += QLatin1Char(' ') + tr("This also deletes %1").arg(listText(goes));
    if (impact.sharedInteractions > 0)
        text += (goes.isEmpty() ? QStringLiteral(" ") : QStringLiteral("; "))
                + tr("%n shared interaction(s) stay without %1.", nullptr, impact.sharedInteractions).arg(them);
    else if (!goes.isEmpty())
        text += QLatin1Char('.');
    return text + QLatin1Char(' ') + tr("You can undo this with Ctrl+Z.");
}

QString ProfileText::workLine(const core::Colleague &c)
{
    QStringList parts;
    for (const QString *part : {&c.role, &c.team, &c.department}) {
        if (!part->trimmed().isEmpty())
            parts << part->trimmed();
    }
    return parts.join(QStringLiteral(" · "));
}

QString ProfileText::preferences(const core::Colleague &c)
{
    QStringList parts;
    if (c.preferredChannel)
        parts << tr("prefers %1").arg(label(*c.preferredChannel));
    if (c.bestTime)
        parts << tr("best time: %1").arg(label(*c.bestTime));
    return parts.join(QStringLiteral(" · "));
}

QString ProfileText::label(core::WorkMode mode)
{
    switch (mode) {
    case core::WorkMode::Office: return tr("In the office");
    case core::WorkMode::Hybrid: return tr("Hybrid");
    case core::WorkMode::Remote: return tr("Remote");
    }
    return {};
}

QString ProfileText::label(core::PreferredChannel channel)
{
    switch (channel) {
    case core::PreferredChannel::Email: return tr("email");
    case core::PreferredChannel::Chat: return tr("chat");
    case core::PreferredChannel::Call: return tr("a call");
    case core::PreferredChannel::Video: return tr("video");
    case core::PreferredChannel::InPerson: return tr("in person");
    case core::PreferredChannel::Any: return tr("any channel");
    }
    return {};
}

QString ProfileText::label(core::BestTime time)
{
    switch (time) {
    case core::BestTime::Morning: return tr("morning");
    case core::BestTime::Afternoon: return tr("afternoon");
    case core::BestTime::Any: return tr("any time");
    }
    return {};
}

} // namespace rapport::ui
