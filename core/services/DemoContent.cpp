#include "DemoContent.h"

namespace rapport::core::demo {
namespace {

// Kind weights, in the order of InteractionKind: coffee, touchbase, meal, greeting,
// collaboration, help given, help received, feedback given, feedback received, shared info,
// asked opinion, celebration, introduction, tension, other.
using Weights = std::array<int, kInteractionKindCount>;

const std::array<Profile, kPeople> kProfiles = {{
    {"Ana Silva", "she/her", "Staff Engineer", "Platform", "Engineering", "ana.silva@example.com", "", "@ana.silva",
     WorkMode::Hybrid, "Europe/Lisbon", 2240, "1989-04-23",
     "Paired on the build pipeline in my first week; my sounding board ever since.", PreferredChannel::Chat,
     BestTime::Morning, "Deep work before lunch. A chat message with a clear question beats a meeting invite.", 7,
     "platform,mentor,coffee", "Our weekly coffee is the one meeting neither of us moves.", 3, 8, 5,
     Weights{1, 0, 0, 2, 6, 3, 3, 2, 2, 3, 3, 1, 0, 0, 1}},
    {"Ben Okafor", "he/him", "Engineering Manager", "Platform", "Engineering", "ben.okafor@example.com",
     "+44 20 7946 0321", "@ben", WorkMode::Office, "Europe/London", 3300, "--11-02",
     "My manager since the Platform team was formed.", PreferredChannel::InPerson, BestTime::Afternoon,
     "Likes the agenda in our shared doc the day before. Keeps Friday afternoons for thinking.", 14,
     "manager,platform", "Wants to hear about problems early, with a proposal attached.", 5, 12, 4,
     Weights{1, 0, 0, 2, 3, 1, 2, 1, 2, 3, 3, 1, 0, 0, 1}},
    {"Priya Raman", "she/her", "Senior Backend Engineer", "Payments", "Engineering", "priya.raman@example.com", "",
     "@priya.r", WorkMode::Remote, "Asia/Kolkata", 1500, "1992-08-09",
     "An incident call about double charges; she found the bug in ten minutes.", PreferredChannel::Chat,
     BestTime::Morning, "Works IST hours, so our overlap is my morning. Prefers chat threads to calls.", 30,
     "payments,remote,expert", "I lean on her a lot. What could she use from me?", 10, 24, 4,
     Weights{2, 0, 0, 1, 2, 0, 5, 0, 1, 1, 3, 0, 0, 0, 0}},
    {"Tomás Herrera", "he/him", "Software Engineer", "Platform", "Engineering", "tomas.herrera@example.com", "",
     "@tomas.h", WorkMode::Office, "Europe/Madrid", 0, nullptr, "", PreferredChannel::Any, BestTime::Any, "", 14,
     "platform,new hire", "Joined the Platform team this month: say hello in his first week.", 0, 0, 4, Weights{}},
    {"Mei Chen", "she/her", "Product Manager", "Checkout", "Product & Design", "mei.chen@example.com", "", "@mei",
     WorkMode::Hybrid, "Europe/Berlin", 1900, "--06-17",
     "Planned the checkout rewrite together; three releases shipped side by side since.", PreferredChannel::Video,
     BestTime::Afternoon, "Thinks out loud: a quick call beats a long thread. Mornings are full of customer calls.",
     14, "checkout,product", "", 4, 10, 4, Weights{2, 0, 0, 2, 6, 2, 2, 2, 2, 3, 3, 1, 0, 0, 1}},
    {"Jonas Weber", "he/him", "Product Designer", "Growth", "Product & Design", "jonas.weber@example.com", "",
     "@jonas.w", WorkMode::Hybrid, "Europe/Berlin", 1200, nullptr,
     "A design critique of the checkout flow; he asked the question nobody else dared to.", PreferredChannel::Chat,
     BestTime::Afternoon, "Sketches before he talks. Send him screenshots, not paragraphs.", 30, "design,checkout",
     "Moved from Checkout to the Growth squad after the launch.", 7, 18, 4,
     Weights{3, 0, 0, 2, 4, 2, 2, 2, 2, 2, 2, 1, 0, 0, 1}},
    {"Sam Rivera", "they/them", "UX Researcher", "Research", "Product & Design", "sam.rivera@example.com", "", "@sam",
     WorkMode::Remote, "America/New_York", kSamStarted, "--09-30",
     "Introduced myself in their first week; they wanted to sit in on support calls.", PreferredChannel::Video,
     BestTime::Afternoon, "My afternoon is their morning. Camera-on video coffees work best.", 30, "research,remote",
     "", 14, 26, 4, Weights{3, 0, 0, 1, 2, 2, 1, 1, 1, 3, 2, 0, 0, 0, 0}},
    {"Fatima El Amrani", "she/her", "Customer Success Lead", "Enterprise accounts", "Customer Success",
     "fatima.elamrani@example.com", "", "@fatima", WorkMode::Office, "Africa/Casablanca", 2600, nullptr,
     "She brought an enterprise customer's complaint to our stand-up, with the customer on the line.",
     PreferredChannel::Email, BestTime::Morning,
     "Her calendar is full of customer calls; a short email with a clear ask gets the fastest answer.", 90,
     "customers,enterprise", "", 20, 45, 4, Weights{1, 0, 0, 1, 2, 2, 2, 1, 1, 3, 2, 0, 0, 0, 1}},
    {"Lukas Novak", "he/him", "Support Engineer", "Tier 2 support", "Customer Success", "lukas.novak@example.com", "",
     "@lukas.n", WorkMode::Remote, "Europe/Prague", 1100, nullptr,
     "Escalations land with him first; we fixed a login bug together.", PreferredChannel::Chat, BestTime::Any,
     "Happy to be pinged any time; prefers steps to reproduce over descriptions.", 0, "support,remote", "", 30, 60, 4,
     Weights{0, 0, 0, 1, 3, 3, 1, 0, 0, 2, 1, 0, 0, 0, 1}},
    {"Olivia Brooks", "she/her", "Account Manager", "Mid-market accounts", "Customer Success",
     "olivia.brooks@example.com", "", "", WorkMode::Hybrid, "Europe/Dublin", 1700, "--03-08",
     "Shadowed her on a renewal call to hear what customers really ask for.", PreferredChannel::Call,
     BestTime::Morning, "", 30, "customers", "Left for a climate start-up; we promised to stay in touch.", 20, 40, 4,
     Weights{2, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 0, 0, 0, 1}},
    {"Grace Mensah", "she/her", "People Partner", "People", "People & Operations", "grace.mensah@example.com",
     "+44 20 7946 0874", "@grace", WorkMode::Hybrid, "Europe/London", 2000, nullptr,
     "We set up the mentoring programme together.", PreferredChannel::InPerson, BestTime::Any,
     "Likes walking one-to-ones; write things down for her afterwards.", 30, "people,mentoring", "", 14, 26, 4,
     Weights{3, 0, 0, 2, 2, 1, 2, 1, 2, 2, 3, 1, 0, 0, 1}},
    {"Daniel Kowalski", "he/him", "Finance Business Partner", "Finance", "People & Operations",
     "daniel.kowalski@example.com", "", "", WorkMode::Office, "Europe/Warsaw", 800, "1979-12-03",
     "Grace introduced us the month our cloud bill doubled; he explained it line by line, and made it funny.",
     PreferredChannel::Email, BestTime::Morning, "Numbers first, then the story. Sends an agenda for anything over "
     "fifteen minutes.", 90, "finance,budget", "", 30, 70, 4, Weights{1, 0, 0, 2, 1, 1, 2, 0, 0, 2, 3, 0, 0, 0, 1}},
}};

const char *const kCoffee[] = {
    "Mostly listened: a weekend of hiking and a sourdough starter that will not rise.",
    "Asked what excites them this quarter: the new on-call tooling, it turns out.",
    "Ten minutes, no laptops. Heard how they got into software: through a music hobby.",
    "Swapped book recommendations; I owe them the one about habits.",
    "Quiet week on both sides; we just caught up on life.",
    "Asked how the family visit went last month; glad I remembered to ask.",
    "Talked about the new espresso machine more than about work. Good.",
    "Asked what they would change about our planning process if they could; wrote it down.",
};
const char *const kTouchbase[] = {
    "Priorities for the next two weeks; agreed to drop the reporting task.",
    "Raised the pager load early, with a proposal: we will rotate weekends.",
    "Career chat: what a staff-level scope could look like for me.",
    "Named what blocks the team; got help escalating the vendor issue.",
    "Short one, everything on track. Asked how they are doing, for real.",
};
const char *const kMeal[] = {
    "Team lunch at the ramen place; no shop talk for once.",
    "Lunch at the new Lebanese place; swapped stories about terrible first flats.",
    "Pizza and the quarterly quiz. Made a point of drawing the quieter people in.",
    "Long lunch, mostly stories about first jobs.",
};
const char *const kGreeting[] = {
    "Quick hello in the kitchen; asked how the week was really going.",
    "Said good morning on chat and asked how the weekend went.",
    "Two minutes at the coffee machine. Seemed tired; offered a hand with the release.",
    "Caught up briefly after stand-up.",
};
const char *const kCollaboration[] = {
    "Paired for an hour on the flaky integration test; found the race condition.",
    "Worked through the migration plan together on the whiteboard.",
    "Reviewed the API design side by side; good push-back on naming.",
    "Debugged the deploy pipeline together and wrote down what we learned.",
    "Split the release checklist between us; smooth handover.",
};
const char *const kHelpGiven[] = {
    "Walked them through the feature-flag setup. Offered, did not take over.",
    "Reviewed a tricky pull request the same afternoon.",
    "Helped untangle a merge conflict before the release cut.",
    "Shared my notes from the last incident so they did not start from zero.",
};
const char *const kHelpReceived[] = {
    "Asked for help reading a query plan; a clear explanation in ten minutes.",
    "They unblocked my test environment while I was stuck in a meeting.",
    "Asked how to approach a hard conversation; calm, practical advice.",
    "A second pair of eyes on the rollout plan caught a missing step.",
};
const char *const kFeedbackGiven[] = {
    "The demo was great and the intro could be shorter; told them both. Taken well.",
    "Specific feedback on the design doc: strong problem statement, thin on risks.",
    "Candid but kind: some review comments had landed harshly. We talked it through.",
};
const char *const kFeedbackReceived[] = {
    "Asked for feedback on my talk: too fast in the middle. Fair.",
    "My status updates are too long; I will lead with the decision.",
    "Praise for the incident write-up, and a tip: state the customer impact first.",
};
const char *const kSharedInfo[] = {
    "Sent an article on blameless postmortems that made me think of them.",
    "Passed on news from the roadmap review that touches their team.",
    "Forwarded a conference talk on accessible forms.",
    "Shared a customer quote that shows their work paid off.",
};
const char *const kAskedOpinion[] = {
    "Asked for their take on the on-call rota proposal; changed two things.",
    "Asked how they would run the team retro; borrowed the format.",
    "Asked for advice on saying no to a side project without burning bridges.",
};
const char *const kCelebration[] = {
    "Celebrated the release going out without a rollback.",
    "Small win: the first customer used the new export. Cake.",
    "Marked a work anniversary with a card from the team.",
};
const char *const kIntroduction[] = {
    "Introduced them to someone in Data who had solved the same problem.",
    "Met for the first time on a cross-team call; agreed to stay in touch.",
};
const char *const kTension[] = {
    "Cleared up who owns the alerting. Asked rather than assumed.",
    "Talked about the tense review thread; both of us could have been kinder.",
};
const char *const kOther[] = {
    "Walked to the station together after the all-hands.",
    "Bumped into each other at a meetup in town.",
    "Shared a taxi to the airport after the offsite.",
};

const char *const kThanksGiven[] = {
    "The thorough review of my retry pull request",
    "Jumping on the incident call late on a Friday",
    "Explaining the billing edge cases so patiently",
    "Honest, kind feedback on my conference talk",
    "Covering stand-up while I was at the dentist",
    "Sharing the onboarding checklist",
    "Staying calm, and funny, during the release crunch",
    "Unblocking my test environment",
};
const char *const kThanksReceived[] = {
    "Unblocking the deploy pipeline before the release",
    "The clear write-up of the outage",
    "Help with the feature-flag setup",
    "The introduction to the Data team",
    "Reviewing their design doc so quickly",
    "Remembering to ask about the family visit",
};
const char *const kPromisesMine[] = {
    "Send the notes from the architecture review",
    "Share the slides from my talk",
    "Look into the bug their team reported",
    "Introduce them to someone in Data",
    "Send the link to the accessibility course",
    "Give feedback on their draft",
    "Write up how our deploys work for their team",
    "Find out who owns the old reporting service",
};
const char *const kPromisesTheirs[] = {
    "Review my design doc",
    "Send me their notes from the planning meeting",
    "Walk me through their team's on-call setup",
    "Share the slides from their talk",
};

const FactText kFacts[] = {
    {Ana, 540, "Favourite coffee: flat white with oat milk", {}, {}},
    {Ana, kAnaAwayFrom + 5, "Three weeks in Japan, back on %1: ask about Kyoto", kAnaAwayUntil - 1,
     kAnaAwayUntil - 1},
    {Ben, 380, "Daughter started primary school this month", {}, {}},
    {Ben, 60, "Charity bike ride, London to Brighton, on %1: ask how the legs are", 45, 44},
    {Priya, 400, "Celebrates Diwali with family in Chennai and takes that week off", {}, {}},
    {Priya, 90, "Her cat is called Dosa", {}, {}},
    {Tomas, 2, "Joined from a robotics start-up; climbs at the bouldering gym (heard at stand-up)", {}, {}},
    {Mei, 5, "Running her first half marathon: ask how it went", 0, {}},
    {Mei, 300, "Allergic to nuts: check the menu before team lunches", {}, {}},
    {Jonas, 330, "Back from parental leave on %1: ask how the nights are", 318, 318},
    {Jonas, 250, "Big Union Berlin fan, season ticket", {}, {}},
    {Sam, 400, "Grew up in San Juan; moved to New York for grad school", {}, {}},
    {Sam, 20, "Moving to a new flat on %1: ask how the move went", -8, {}},
    {Fatima, 420, "Favourite tea: fresh mint, no sugar", {}, {}},
    {Fatima, 95, "Speaking at the customer summit on %1: ask how it landed", 85, 84},
    {Lukas, 300, "Runs a board-game meetup in Brno every other Friday", {}, {}},
    {Olivia, 150, "Leaving for a climate start-up; last day on %1", kOliviaLeft, kOliviaFarewell},
    {Grace, 250, "Learning Portuguese before a trip to Brazil", {}, {}},
    {Daniel, 500, "Favourite coffee: double espresso, no sugar", {}, {}},
    {Daniel, 35, "Budget season until the end of the month: keep requests short", {}, {}},
};

const ReflectionText kReflections[] = {
    {530, "How many work relationships can I balance right now?",
     "About ten I can keep up well: the people I work with every week, plus a few in other teams I keep meaning to "
     "reach. Capacity set to 12 as a stretch, not a target."},
    {450, "What is my communication style under pressure?",
     "I go quiet and then write long messages late at night, which people read as stress. Better: say early that I "
     "am stretched, and keep updates to three lines."},
    {380, "Which teams do I only talk to when something is on fire?",
     "Customer Success. Booked a coffee with Fatima to start, with no agenda."},
    {312, "Who have I not heard from in a while?",
     "Almost everyone outside Platform. Six weeks heads-down on the database migration and my coffees with Mei, Sam "
     "and Grace quietly stopped. Restarting them this week, Mei first."},
    {290, "",
     "The offsite dinner was the first time I met Priya and Lukas in person. Video coffees are good, but one evening "
     "at the same table did more than a month of chat."},
    {190, "Where did I ask for help this month, and where did I offer it?",
     "With Ana away I asked Priya for help three times and offered nothing back. Find out what she could use from "
     "me, and ask her about it instead of guessing."},
    {130, "Who did something for me this month that I have not thanked properly?",
     "Mei credited my dashboards at the launch review, in front of everyone. I said thanks in chat; I should say it "
     "in the team meeting too."},
    {45, "Which relationship am I letting drift?",
     "Jonas. Since he moved to the growth experiments we have not had a single coffee. Nothing is wrong, there is "
     "just no reason to meet, which is exactly when to make time."},
    {1, "Which promise was hardest to keep, and why?",
     "The feedback for Grace on the mentoring proposal. I said Friday without looking at my week, and now it is "
     "late. Tell her today, with a new date I can keep."},
};

} // namespace

const std::array<Profile, kPeople> &profiles()
{
    return kProfiles;
}

Colleague colleagueFrom(const Profile &p)
{
    Colleague c;
    c.name = QString::fromUtf8(p.name);
    c.pronouns = QString::fromUtf8(p.pronouns);
    c.role = QString::fromUtf8(p.role);
    c.team = QString::fromUtf8(p.team);
    c.department = QString::fromUtf8(p.department);
    c.email = QString::fromUtf8(p.email);
    c.phone = QString::fromUtf8(p.phone);
    c.chat = QString::fromUtf8(p.chat);
    c.workMode = p.workMode;
    c.timeZone = QString::fromUtf8(p.timeZone);
    if (p.birthday)
        c.birthday = Birthday::parse(QString::fromUtf8(p.birthday));
    c.howWeMet = QString::fromUtf8(p.howWeMet);
    c.preferredChannel = p.channel;
    c.bestTime = p.bestTime;
    c.workingStyle = QString::fromUtf8(p.workingStyle);
    c.cadenceDays = p.cadenceDays;
    c.tags = QString::fromUtf8(p.tags).split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.notes = QString::fromUtf8(p.notes);
    return c;
}

std::span<const char *const> notesFor(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Coffee: return kCoffee;
    case InteractionKind::Touchbase: return kTouchbase;
    case InteractionKind::Meal: return kMeal;
    case InteractionKind::Greeting: return kGreeting;
    case InteractionKind::Collaboration: return kCollaboration;
    case InteractionKind::HelpGiven: return kHelpGiven;
    case InteractionKind::HelpReceived: return kHelpReceived;
    case InteractionKind::FeedbackGiven: return kFeedbackGiven;
    case InteractionKind::FeedbackReceived: return kFeedbackReceived;
    case InteractionKind::SharedInfo: return kSharedInfo;
    case InteractionKind::AskedOpinion: return kAskedOpinion;
    case InteractionKind::Celebration: return kCelebration;
    case InteractionKind::Introduction: return kIntroduction;
    case InteractionKind::Tension: return kTension;
    case InteractionKind::Other: return kOther;
    }
    return kOther;
}

std::span<const char *const> thanksGiven() { return kThanksGiven; }
std::span<const char *const> thanksReceived() { return kThanksReceived; }
std::span<const char *const> promisesMine() { return kPromisesMine; }
std::span<const char *const> promisesTheirs() { return kPromisesTheirs; }
std::span<const FactText> facts() { return kFacts; }
std::span<const ReflectionText> reflections() { return kReflections; }

AboutMe aboutMe()
{
    AboutMe about;
    about.communicationStyle = QStringLiteral(
        "Direct and quick in writing, slower and more careful in person. Under pressure I go quiet and over-plan; "
        "I do better when I say early that I am stretched.");
    about.strengths = QStringLiteral(
        "Following through on small promises. Remembering details and asking about them later. Explaining technical "
        "things simply.");
    about.growthAreas = QStringLiteral(
        "Asking for help before I have been stuck for a day. Reaching beyond Engineering, especially Customer "
        "Success. Saying thank you in public, not only in private chat.");
    about.capacity = kDefaultCapacity;
    return about;
}

} // namespace rapport::core::demo
