#pragma once

#include "DemoContent.h"
#include "Journal.h"

#include <QRandomGenerator>

#include <array>
#include <initializer_list>
#include <optional>
#include <span>
#include <vector>

// Internal to fillDemoJournal (DemoJournal.h): the means in DemoJournal.cpp, the story in
// DemoStory.cpp.
namespace rapport::core::demo {

// When a colleague can be met: from..until, but not while away.
struct Window
{
    QDate from;
    QDate until;
    QDate awayFrom;
    QDate awayUntil;
    QDate everydayFrom;  // their everyday rhythm runs from here
    QDate everydayUntil; // to here; the story's last moments may follow it
};

// Plans the whole story, then writes it in date order so that ids follow the calendar.
// Randomness comes from one generator seeded by the caller, drawn in a fixed order. The
// first failed write is kept; run() returns it.
class DemoBuilder final
{
public:
    DemoBuilder(Journal &journal, quint32 seed);
    Q_DISABLE_COPY_MOVE(DemoBuilder)

    Status run();

private:
    // The means (DemoJournal.cpp).
    QDate ago(int days) const { return m_today.addDays(-days); }
    static QDate workday(const QDate &date); // on or before `date`: the story happens at work
    QDate workdayAgo(int days) const { return workday(ago(days)); }
    int roll(int lowest, int highest) { return m_rng.bounded(lowest, highest + 1); } // inclusive
    bool chance(int percent) { return m_rng.bounded(100) < percent; }
    QString pick(std::span<const char *const> texts);
    // The next everyday note of that kind: each kind cycles through its notes, so they
    // seldom repeat close together.
    QString nextNote(InteractionKind kind);
    bool reachable(Person p, const QDate &date) const;

    void addColleagues();
    Interaction &plan(InteractionKind kind, const QDate &date, std::initializer_list<Person> people,
                      const QString &notes);
    void planOne(Person p, InteractionKind kind, const QDate &date, const QString &notes = {},
                 std::optional<int> quality = {});
    void planGroup(InteractionKind kind, const QDate &date, std::initializer_list<Person> people,
                   const QString &notes, QTime time, int durationMin);
    void maybeThanks(Person p, InteractionKind kind, const QDate &date);
    void planThanks(Person p, const QDate &date, GratitudeDirection direction, const QString &what, bool inPublic);
    Channel channelFor(WorkMode mode, InteractionKind kind);
    void planRhythms();
    void writePlanned();

    // The story (DemoStory.cpp).
    void planMoments();
    void planGroups();
    void addPromises();
    void addFactsAndFollowUps();
    Id promise(Person p, const QString &what, CommitmentDirection direction, const QDate &made, const QDate &due);

    template<typename T>
    void keep(Result<T> result, T *into = nullptr)
    {
        if (!result && !m_error)
            m_error = result.error();
        else if (result && into)
            *into = *result;
    }
    void keep(const Status &status)
    {
        if (!status && !m_error)
            m_error = status.error();
    }

    Journal &m_journal;
    QRandomGenerator m_rng;
    const QDate m_today;
    const QDate m_start; // the first day of the history
    std::array<Id, kPeople> m_ids{};
    std::array<Window, kPeople> m_windows{};
    std::array<int, kInteractionKindCount> m_noteCursor{};
    std::vector<Interaction> m_planned;
    std::vector<Gratitude> m_thanks;
    std::optional<Error> m_error;
};

} // namespace rapport::core::demo
