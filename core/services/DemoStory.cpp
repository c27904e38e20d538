// The story of the demo journal, told relative to today. Me: an engineer on the Platform
// team. Ana is my closest collaborator (a weekly coffee, a streak that restarted after her
// holiday), Ben my manager (a touchbase every two weeks), Mei my product partner. Priya
// helps me far more than I help her, and her latest help is not thanked yet. Jonas drifted
// away after he changed teams. Customer Success has gone quiet for two months, Olivia has
// left, and Tomás has just joined with no hello from me yet.

#include "DemoBuilder.h"

#include <QLocale>

namespace rapport::core::demo {
namespace {

using Kind = InteractionKind;
using enum CommitmentDirection;

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const char *const kLunchAndLearn[] = {
    "Lunch and learn: Daniel explained how the budget cycle works.",
    "Lunch and learn: Fatima played recordings of customer calls. Humbling.",
    "Lunch and learn: Grace on how the mentoring programme matches people.",
    "Lunch and learn: I showed how a change travels from a commit to a customer.",
};

} // namespace

// One-to-one moments that carry the story, and every kind of interaction at least once.
void DemoBuilder::planMoments()
{
    // Ana: coffee every week on the same weekday, paused while she was in Japan.
    const QDate back = ago(kAnaAwayUntil);
    for (QDate d = workdayAgo(roll(1, 4)); d >= m_start; d = d.addDays(-7)) {
        if (!reachable(Ana, d))
            continue;
        const bool firstBack = d > back && d.addDays(-7) <= back;
        planOne(Ana, Kind::Coffee, d,
                firstBack ? text("Back from Japan: photos of Kyoto, and already planning the next trip.") : QString());
    }
    planThanks(Ana, workdayAgo(60), GratitudeDirection::Given, text("Covering my on-call shift when I was ill"), false);
    planThanks(Ana, workdayAgo(260), GratitudeDirection::Received,
               text("My talk on the build cache at the engineering all-hands"), true);

    // Ben: a touchbase every two weeks, and feedback both ways.
    for (QDate d = workdayAgo(roll(1, 10)); d >= m_start; d = d.addDays(-14))
        planOne(Ben, Kind::Touchbase, d);
    planOne(Ben, Kind::FeedbackReceived, workdayAgo(90),
            text("Ben's feedback on my incident write-up: lead with the customer impact. Useful."), 4);
    planOne(Ben, Kind::FeedbackGiven, workdayAgo(50),
            text("Told Ben the reorg announcement left people guessing and suggested an FAQ. He thanked me for "
                 "saying it."),
            4);
    planThanks(Ben, workdayAgo(58), GratitudeDirection::Given, text("Shielding the team during the reorg"), true);
    planThanks(Ben, workdayAgo(27), GratitudeDirection::Received, text("Writing the on-call handbook section"), false);

    // Priya: help flows one way, towards me.
    planOne(Priya, Kind::HelpGiven, workdayAgo(330),
            text("Helped Priya get the local stack running after her laptop swap."), 4);
    for (const int days : {150, 95, 40})
        planOne(Priya, Kind::HelpReceived, workdayAgo(days), {}, 5);
    planThanks(Priya, workdayAgo(95), GratitudeDirection::Given, text("Walking me through the refund flow"), false);
    planOne(Priya, Kind::HelpReceived, workdayAgo(kPriyaLastHelp),
            text("Priya walked me through the webhook retry rules and saved me a day of guessing."), 5);

    // Mei: a disagreement, addressed early and kindly.
    planOne(Mei, Kind::Tension, workdayAgo(230),
            text("Disagreed about the scope of the checkout redesign. Asked what she needed instead of assuming; we "
                 "split the release in two."),
            3);
    planOne(Mei, Kind::Coffee, workdayAgo(227), text("Coffee after the scope disagreement: cleared the air."), 4);
    planThanks(Mei, workdayAgo(124), GratitudeDirection::Given, text("Crediting the whole team at the launch review"),
               true);

    planOne(Sam, Kind::Introduction, workdayAgo(kSamStarted - 3),
            text("Introduced myself in their first week and offered a tour of the support tooling."), 4);
    planThanks(Sam, workdayAgo(kSamStarted - 20), GratitudeDirection::Received,
               text("The introduction to the support team"), false);

    planThanks(Jonas, workdayAgo(160), GratitudeDirection::Received,
               text("The accessibility review of the checkout flow"), false);
    planOne(Jonas, Kind::Coffee, m_windows[Jonas].until,
            text("Jonas is moving to the growth experiments. We said we would keep our coffee going."), 4);

    planThanks(Fatima, workdayAgo(200), GratitudeDirection::Received,
               text("Fixing the export bug her biggest customer reported"), true);
    planOne(Fatima, Kind::SharedInfo, m_windows[Fatima].until,
            text("Sent Fatima the release notes for single sign-on, with her customers' questions answered."));
    planOne(Lukas, Kind::HelpGiven, m_windows[Lukas].until,
            text("Helped Lukas reproduce the single sign-on login loop; wrote the steps into the runbook."), 4);
    planThanks(Lukas, m_windows[Lukas].until, GratitudeDirection::Received, text("Help reproducing the login loop"),
               false);

    planOne(Grace, Kind::AskedOpinion, workdayAgo(75),
            text("Asked Grace how to support a teammate coming back from long leave."), 5);
    planThanks(Grace, workdayAgo(75), GratitudeDirection::Given, text("Her advice on welcoming a teammate back"),
               false);
    planOne(Grace, Kind::Other, workdayAgo(33),
            text("Walked to the station together after the all-hands; she practised her Portuguese on me."), 4);
    planOne(Daniel, Kind::Introduction, workdayAgo(kDanielMet),
            text("Grace introduced me to Daniel to untangle the cloud bill. Asked how he came to finance from "
                 "physics; a good story."),
            5);
    planOne(Daniel, Kind::Greeting, workdayAgo(12),
            text("Quick hello in the kitchen; his team is deep in budget season."));
    planThanks(Daniel, workdayAgo(480), GratitudeDirection::Given, text("Explaining the cloud budget line by line"),
               false);
}

// Meals and moments with several people; whoever is around on the day takes part.
void DemoBuilder::planGroups()
{
    for (int m = kHistoryMonths - 1; m >= 1; --m) {
        const QDate d = workday(m_today.addMonths(-m).addDays(roll(-3, 3)));
        planGroup(Kind::Meal, d, {Ana, Ben, Mei, Jonas}, nextNote(Kind::Meal), QTime(12, 30), 60);
    }
    int topic = 0;
    for (const int days : {470, 390, 210, 100})
        planGroup(Kind::Meal, workdayAgo(days), {Grace, Daniel, Fatima, Olivia, Mei}, text(kLunchAndLearn[topic++]),
                  QTime(12, 0), 60);
    planGroup(Kind::Meal, workdayAgo(kOffsite), {Ana, Ben, Priya, Mei, Jonas, Sam, Fatima, Lukas, Grace},
              text("Offsite dinner in Porto: the first time I met Priya and Lukas in person."), QTime(19, 30), 150);
    planGroup(Kind::Collaboration, workdayAgo(240), {Ana, Ben, Priya, Lukas},
              text("Blameless review of the payment timeouts; Lukas brought the customer tickets."), QTime(15, 0), 60);
    m_planned.back().channel = Channel::Video;
    planGroup(Kind::Celebration, workdayAgo(kLaunch), {Mei, Jonas, Ana, Ben},
              text("Checkout v2 is live! Cake on the terrace, and Mei thanked everyone by name."), QTime(17, 0), 45);
    planThanks(Mei, workdayAgo(kLaunch), GratitudeDirection::Received, text("The launch-day dashboards"), true);
    planGroup(Kind::Meal, m_windows[Olivia].until, {Olivia, Fatima, Grace, Daniel},
              text("Farewell lunch for Olivia. Told her what I learned from her renewal calls."), QTime(12, 30), 90);
    planThanks(Olivia, m_windows[Olivia].until, GratitudeDirection::Given,
               text("Everything she taught me about what customers really ask for"), true);
}

Id DemoBuilder::promise(Person p, const QString &what, CommitmentDirection direction, const QDate &made,
                        const QDate &due)
{
    Id id = 0;
    keep(m_journal.addCommitment({0, m_ids[p], what, direction, made, due, CommitmentStatus::Open, std::nullopt, {}}),
         &id);
    return id;
}

// Promises kept on time, kept late, dropped, moved, and some still open.
void DemoBuilder::addPromises()
{
    const auto close = [this](Id id, CommitmentStatus status, const QDate &on) {
        keep(m_journal.closeCommitment(id, status, on));
    };
    const auto move = [this](Id id, const QDate &due, const QDate &on) {
        keep(m_journal.renegotiateCommitment(id, due, on));
    };
    // A year and a half of everyday promises, for the monthly reliability chart.
    for (int m = kHistoryMonths - 1; m >= 2; --m) {
        for (int n = roll(1, 3); n > 0; --n) {
            const QDate made = workday(m_today.addMonths(-m).addDays(roll(0, 20)));
            std::vector<Person> around;
            for (int p = 0; p < kPeople; ++p) {
                if (reachable(Person(p), made))
                    around.push_back(Person(p));
            }
            if (around.empty())
                continue;
            const Person p = around[std::size_t(m_rng.bounded(int(around.size())))];
            const bool theirs = chance(25);
            QDate due = made.addDays(roll(5, 14));
            const QString what = pick(theirs ? promisesTheirs() : promisesMine());
            const Id id = promise(p, what, theirs ? Theirs : Mine, made, due);
            if (chance(10)) {
                const QDate moved = due.addDays(roll(3, 7));
                move(id, moved, due.addDays(-1));
                due = moved;
            }
            // Keeping promises gets better over the months: that is what the journal is for.
            const int onTime = 90 - 2 * m;
            const int outcome = roll(0, 99);
            if (outcome < onTime)
                close(id, CommitmentStatus::Done, std::max(made, due.addDays(-roll(0, 3))));
            else if (outcome < onTime + 10)
                close(id, CommitmentStatus::Done, due.addDays(roll(2, 9)));
            else
                close(id, CommitmentStatus::Dropped, std::max(made, due.addDays(roll(-2, 5))));
        }
    }

    close(promise(Ana, text("Review the RFC on queue retries"), Mine, ago(40), ago(35)), CommitmentStatus::Done,
          ago(36));
    close(promise(Mei, text("Send the churn numbers for the pricing page"), Mine, ago(70), ago(63)),
          CommitmentStatus::Done, ago(58));
    close(promise(Jonas, text("Pair on the design-token migration"), Mine, ago(100), ago(85)),
          CommitmentStatus::Dropped, ago(80));
    const Id handbook = promise(Ben, text("Write the on-call handbook section"), Mine, ago(60), ago(40));
    move(handbook, ago(25), ago(42));
    close(handbook, CommitmentStatus::Done, ago(27));
    close(promise(Ben, text("Introduce me to the data platform lead"), Theirs, ago(120), ago(110)),
          CommitmentStatus::Done, ago(112));
    close(promise(Daniel, text("Share the cloud budget template"), Theirs, ago(200), ago(190)),
          CommitmentStatus::Dropped, ago(170));

    move(promise(Sam, text("Share the support-ticket themes for the research plan"), Mine, ago(30), ago(15)), ago(-5),
         ago(16));
    promise(Ben, text("Send the draft of next quarter's roadmap"), Mine, ago(10), ago(-1));
    promise(Grace, text("Give feedback on the mentoring programme proposal"), Mine, ago(20), ago(3));
    promise(Priya, text("Write down the webhook retry rules for the wiki"), Theirs, workdayAgo(kPriyaLastHelp),
            ago(-10));
}

// Things to remember; a follow-up date makes a follow-up, some of them done.
void DemoBuilder::addFactsAndFollowUps()
{
    const QLocale english(QLocale::English); // journal data, written in English like the rest of the demo
    for (const FactText &f : facts()) {
        Fact fact;
        fact.colleagueId = m_ids[f.who];
        fact.notedOn = ago(f.notedDaysAgo);
        if (f.followUpDaysAgo)
            fact.followUpOn = ago(*f.followUpDaysAgo);
        fact.text = text(f.text);
        if (fact.followUpOn && fact.text.contains(QLatin1String("%1")))
            fact.text = fact.text.arg(english.toString(*fact.followUpOn, QStringLiteral("d MMMM")));
        Id id = 0;
        keep(m_journal.addFact(fact), &id);
        if (!f.doneDaysAgo || id == 0)
            continue;
        auto linked = m_journal.repositories().facts.followUpsForFact(id);
        if (!linked) {
            keep(Status(linked.error()));
            continue;
        }
        for (const FollowUp &followUp : std::as_const(*linked))
            keep(m_journal.completeFollowUp(followUp.id, ago(*f.doneDaysAgo)));
    }
    keep(m_journal.addFollowUp(
        {0, m_ids[Ben], text("Ask whether the reorg FAQ answered the team's questions"), ago(2), {}, {}}));
    Id article = 0;
    keep(m_journal.addFollowUp(
             {0, m_ids[Grace], text("Send her the article on psychological safety"), ago(41), {}, {}}),
         &article);
    keep(m_journal.completeFollowUp(article, ago(40)));
}

} // namespace rapport::core::demo
