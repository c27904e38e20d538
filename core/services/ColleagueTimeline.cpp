#include "ColleagueTimeline.h"

#include "Commands.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace rapport::core {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ColleagueTimeline", text, nullptr, n);
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

// "Ana", "Ana and Ben", "Ana, Ben and Chloé"
QString joinNames(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

class NameCache
{
public:
    explicit NameCache(Repositories &repos) : m_repos(repos) {}
    Result<QString> operator()(Id id)
    {
        if (auto it = m_names.constFind(id); it != m_names.cend())
            return *it;
        auto found = m_repos.colleagues.find(id);
        if (!found)
            return found.error();
        const QString name = found->has_value() ? (*found)->name : tr("#%1").arg(id);
        m_names.insert(id, name);
        return name;
    }

private:
    Repositories &m_repos;
    QHash<Id, QString> m_names;
};

QString commitmentTitle(const Commitment &c)
{
    QStringList when{tr("due %1").arg(shortDate(c.dueOn))};
    if (c.status == CommitmentStatus::Done)
        when << (c.closedOn ? tr("done %1").arg(shortDate(*c.closedOn)) : tr("done"));
    else if (c.status == CommitmentStatus::Dropped)
        when << (c.closedOn ? tr("dropped %1").arg(shortDate(*c.closedOn)) : tr("dropped"));
    const QString head = c.direction == CommitmentDirection::Mine ? tr("Promised: %1 (%2)") : tr("They promised: %1 (%2)");
    return head.arg(c.what, when.join(QStringLiteral(", ")));
}

QString commitmentDetail(const Commitment &c)
{
    if (c.renegotiations.isEmpty())
        return {};
    const Renegotiation &last = c.renegotiations.last();
    return tr("Moved %n time(s); last from %1 to %2.", static_cast<int>(c.renegotiations.size()))
        .arg(shortDate(last.from), shortDate(last.to));
}

} // namespace

Result<std::vector<TimelineEntry>> colleagueTimeline(Journal &journal, Id colleagueId)
{
    auto snapshot = snapshotColleague(journal.repositories(), colleagueId);
    if (!snapshot)
        return snapshot.error();
    NameCache nameOf(journal.repositories());
    std::vector<TimelineEntry> entries;
    entries.reserve(static_cast<std::size_t>(snapshot->interactions.size() + snapshot->gratitude.size()
                                             + snapshot->commitments.size() + snapshot->followUps.size()
                                             + snapshot->facts.size()));
    using Type = TimelineEntry::Type;

    for (const Interaction &i : std::as_const(snapshot->interactions)) {
        QStringList names;
        for (const Id id : i.participants) {
            auto name = nameOf(id);
            if (!name)
                return name.error();
            names << *name;
        }
        QString title = tr("%1 with %2").arg(label(i.kind), joinNames(names));
        if (i.channel)
            title += tr(" (%1)").arg(label(*i.channel).toLower());
        entries.push_back({Type::Interaction, i.id, i.date, title, i.notes});
    }
    for (const Gratitude &g : std::as_const(snapshot->gratitude)) {
        const bool given = g.direction == GratitudeDirection::Given;
        const QString title = (given ? tr("Thanked: %1") : tr("Thanked you: %1")).arg(g.what);
        const QString detail = g.where == GratitudeWhere::Public ? tr("In public") : QString();
        entries.push_back({Type::Gratitude, g.id, g.date, title, detail});
    }
    for (const Commitment &c : std::as_const(snapshot->commitments))
        entries.push_back({Type::Commitment, c.id, c.madeOn, commitmentTitle(c), commitmentDetail(c)});
    for (const FollowUp &f : std::as_const(snapshot->followUps)) {
        QString when = tr("due %1").arg(shortDate(f.dueOn));
        if (f.doneOn)
            when += tr(", done %1").arg(shortDate(*f.doneOn));
        entries.push_back({Type::FollowUp, f.id, f.dueOn, tr("Follow up: %1 (%2)").arg(f.what, when), {}});
    }
    for (const Fact &f : std::as_const(snapshot->facts)) {
        const QString detail = f.followUpOn ? tr("Follow up on %1").arg(shortDate(*f.followUpOn)) : QString();
        entries.push_back({Type::Fact, f.id, f.notedOn, tr("Remembered: %1").arg(f.text), detail});
    }

    std::sort(entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.date != b.date)
            return a.date > b.date;
        if (a.type != b.type)
            return a.type < b.type;
        return a.id > b.id;
    });
    return entries;
}

Result<DeletionImpact> deletionImpact(Journal &journal, Id colleagueId)
{
    auto snapshot = snapshotColleague(journal.repositories(), colleagueId);
    if (!snapshot)
        return snapshot.error();
    DeletionImpact impact;
    for (const Interaction &i : std::as_const(snapshot->interactions)) {
        const bool sole = std::all_of(i.participants.cbegin(), i.participants.cend(),
                                      [colleagueId](Id id) { return id == colleagueId; });
        ++(sole ? impact.soleInteractions : impact.sharedInteractions);
    }
    impact.gratitude = static_cast<int>(snapshot->gratitude.size());
    impact.commitments = static_cast<int>(snapshot->commitments.size());
    impact.facts = static_cast<int>(snapshot->facts.size());
    impact.followUps = static_cast<int>(snapshot->followUps.size());
    return impact;
}

} // namespace rapport::core
