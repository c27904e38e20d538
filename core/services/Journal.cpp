#include "Journal.h"

#include "Commands.h"

#include "domain/Day.h"

#include <QCoreApplication>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace rapport::core {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Journal", text);
}

template<typename T>
Result<T> required(Result<std::optional<T>> found, const QString &what, Id id)
{
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("There is no %1 #%2.").arg(what).arg(id)};
    return std::move(**found);
}

// What a record is called in "There is no %1 #%2." (the undo text is no noun).
template<typename T>
QString noun();
template<>
QString noun<Colleague>() { return tr("colleague"); }
template<>
QString noun<Interaction>() { return tr("interaction"); }
template<>
QString noun<Gratitude>() { return tr("thanks entry"); }
template<>
QString noun<Commitment>() { return tr("promise"); }
template<>
QString noun<Fact>() { return tr("fact"); }
template<>
QString noun<FollowUp>() { return tr("follow-up"); }
template<>
QString noun<Reflection>() { return tr("reflection"); }

} // namespace

Journal::Journal(std::unique_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_repos(std::make_unique<Repositories>(*m_db))
    , m_undo(std::make_unique<UndoStack>(*m_repos))
    , m_validator(*m_repos)
    , m_clock(clock)
    , m_changeLog(*m_db)
{
    if (auto started = m_changeLog.start(); !started)
        spdlog::warn("cannot read the journal's change log: {}", started.error().message.toStdString());
    connect(m_undo.get(), &UndoStack::changed, this, &Journal::announceChanges);
}

void Journal::announceChanges()
{
    auto change = m_changeLog.read();
    Q_EMIT changed(change ? *change : JournalChange::all());
}

void Journal::watchOutsideChanges(std::chrono::milliseconds interval)
{
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, [this] {
            if (auto followed = followOutsideChanges(); !followed)
                spdlog::warn("cannot follow changes of other programs: {}", followed.error().message.toStdString());
        });
    }
    m_watch->start(interval);
}

Status Journal::followOutsideChanges()
{
    auto other = m_changeLog.otherCommitted();
    if (!other)
        return other.error();
    if (!*other)
        return {};
    auto change = m_changeLog.read();
    if (!change)
        return change.error();
    if (!change->isEmpty())
        Q_EMIT changed(*change);
    return {};
}

Journal::~Journal() = default;

Result<std::unique_ptr<Journal>> Journal::open(const QString &path, Database::OpenMode mode, const Clock &clock)
{
    auto db = Database::open(path, mode);
    if (!db)
        return db.error();
    return std::unique_ptr<Journal>(new Journal(std::move(*db), clock));
}

Result<std::unique_ptr<Journal>> Journal::openSecondary(const QString &path, const Clock &clock)
{
    auto db = Database::openSecondary(path);
    if (!db)
        return db.error();
    return std::unique_ptr<Journal>(new Journal(std::move(*db), clock));
}

Result<Id> Journal::resolveColleague(const QString &who)
{
    const QString trimmed = who.trimmed();
    if (trimmed.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const Id id = trimmed.mid(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return Error{tr("\"%1\" is not a colleague id; write it as #12.").arg(trimmed)};
        if (auto exists = m_validator.colleagueExists(id); !exists)
            return exists.error();
        return id;
    }
    auto matches = m_repos->colleagues.findByName(trimmed);
    if (!matches)
        return matches.error();
    if (matches->isEmpty())
        return Error{tr("There is no colleague named \"%1\".").arg(trimmed)};
    if (matches->size() > 1) {
        QStringList listed;
        for (const auto &match : std::as_const(*matches))
            listed << (match.archived ? tr("#%1 %2 (archived)") : tr("#%1 %2")).arg(match.id).arg(match.name);
        return Error{tr("\"%1\" could mean several colleagues: %2. Use the id, e.g. %3.")
                         .arg(trimmed, listed.join(QStringLiteral(", ")), QStringLiteral("#%1").arg(matches->first().id))};
    }
    return matches->first().id;
}

template<typename T>
Result<Id> Journal::insert(T record, const QString &text)
{
    record.id = 0;
    if (auto ok = m_validator.check(record); !ok)
        return ok.error();
    auto command = std::make_unique<InsertCommand<T>>(std::move(record), text);
    auto *inserted = command.get();
    if (auto done = m_undo->push(std::move(command)); !done)
        return done.error();
    return inserted->id();
}

template<typename T, typename Find>
Status Journal::update(T record, Find find, const QString &text)
{
    auto before = required(find(record.id), noun<T>(), record.id);
    if (!before)
        return before.error();
    if (auto ok = m_validator.check(record); !ok)
        return ok;
    if (record == *before)
        return {};
    return m_undo->push(std::make_unique<UpdateCommand<T>>(std::move(*before), std::move(record), text));
}

template<typename T, typename Find>
Status Journal::remove(Id id, Find find, const QString &text)
{
    auto before = required(find(id), noun<T>(), id);
    if (!before)
        return before.error();
    return m_undo->push(std::make_unique<DeleteCommand<T>>(std::move(*before), text));
}

QString Journal::nameOf(Id colleagueId)
{
    auto found = m_repos->colleagues.find(colleagueId);
    return found && found->has_value() ? (*found)->name : QStringLiteral("#%1").arg(colleagueId);
}

Result<Colleague> Journal::colleague(Id id)
{
    return required(m_repos->colleagues.find(id), noun<Colleague>(), id);
}

Result<Commitment> Journal::commitment(Id id)
{
    return required(m_repos->commitments.find(id), noun<Commitment>(), id);
}

Result<Id> Journal::addColleague(Colleague c)
{
    if (!c.trackedSince.isValid())
        c.trackedSince = m_clock.today();
    const QString text = tr("Add colleague %1").arg(c.name.simplified());
    return insert(std::move(c), text);
}

Status Journal::updateColleague(Colleague c)
{
    const QString text = tr("Edit %1").arg(c.name.simplified());
    return update(std::move(c), [this](Id id) { return m_repos->colleagues.find(id); }, text);
}

Status Journal::setArchived(Id colleagueId, bool archived)
{
    auto c = colleague(colleagueId);
    if (!c)
        return c.error();
    if (c->archived == archived)
        return {};
    const QString text = (archived ? tr("Archive %1") : tr("Restore %1")).arg(c->name);
    Colleague after = *c;
    after.archived = archived;
    return m_undo->push(std::make_unique<UpdateCommand<Colleague>>(std::move(*c), std::move(after), text));
}

Status Journal::snooze(Id colleagueId, std::optional<QDate> until)
{
    auto command = snoozeCommand(DueType::Touchbase, colleagueId, until);
    if (!command)
        return command.error();
    return *command ? m_undo->push(std::move(*command)) : Status();
}

Status Journal::deleteColleague(Id colleagueId)
{
    auto snapshot = snapshotColleague(*m_repos, colleagueId);
    if (!snapshot)
        return snapshot.error();
    const QString text = tr("Delete %1").arg(snapshot->colleague.name);
    return m_undo->push(std::make_unique<DeleteColleagueCommand>(std::move(*snapshot), text));
}

Result<Id> Journal::logInteraction(Interaction i)
{
    QStringList names;
    for (const Id id : std::as_const(i.participants))
        names << nameOf(id);
    const QString text = tr("Log %1 with %2").arg(label(i.kind).toLower(), names.join(QStringLiteral(", ")));
    return insert(std::move(i), text);
}

Status Journal::updateInteraction(Interaction i)
{
    return update(std::move(i), [this](Id id) { return m_repos->interactions.find(id); }, tr("Edit interaction"));
}

Status Journal::deleteInteraction(Id id)
{
    return remove<Interaction>(id, [this](Id i) { return m_repos->interactions.find(i); }, tr("Delete interaction"));
}

Result<Id> Journal::addGratitude(Gratitude g)
{
    const QString text = (g.direction == GratitudeDirection::Given ? tr("Thank %1") : tr("Thanks from %1")).arg(nameOf(g.colleagueId));
    return insert(std::move(g), text);
}

Status Journal::updateGratitude(Gratitude g)
{
    return update(std::move(g), [this](Id id) { return m_repos->gratitude.find(id); }, tr("Edit thanks"));
}

Status Journal::deleteGratitude(Id id)
{
    return remove<Gratitude>(id, [this](Id i) { return m_repos->gratitude.find(i); }, tr("Delete thanks"));
}

Result<Id> Journal::addCommitment(Commitment c)
{
    if (!c.madeOn.isValid())
        c.madeOn = m_clock.today();
    const QString text = tr("Promise to %1").arg(nameOf(c.colleagueId));
    return insert(std::move(c), text);
}

Status Journal::updateCommitment(Commitment c)
{
    return update(std::move(c), [this](Id id) { return m_repos->commitments.find(id); }, tr("Edit promise"));
}

Status Journal::closeCommitment(Id id, CommitmentStatus status, const QDate &on)
{
    auto before = commitment(id);
    if (!before)
        return before.error();
    Commitment after = *before;
    after.status = status;
    after.closedOn = status == CommitmentStatus::Open ? std::nullopt : std::optional<QDate>(on);
    const QString text = status == CommitmentStatus::Done      ? tr("Mark promise done")
                         : status == CommitmentStatus::Dropped ? tr("Drop promise")
                                                               : tr("Reopen promise");
    return update(std::move(after), [this](Id i) { return m_repos->commitments.find(i); }, text);
}

Status Journal::renegotiateCommitment(Id id, const QDate &newDue, const QDate &on)
{
    auto before = commitment(id);
    if (!before)
        return before.error();
    if (before->status != CommitmentStatus::Open)
        return Error::inField(QStringLiteral("status"), tr("Only an open promise can be renegotiated."));
    if (newDue == before->dueOn)
        return {};
    Commitment after = *before;
    after.renegotiations.append({before->dueOn, newDue, on});
    after.dueOn = newDue;
    return update(std::move(after), [this](Id i) { return m_repos->commitments.find(i); }, tr("Move due date"));
}

Status Journal::deleteCommitment(Id id)
{
    return remove<Commitment>(id, [this](Id i) { return m_repos->commitments.find(i); }, tr("Delete promise"));
}

Result<Id> Journal::addFact(Fact f)
{
    f.id = 0;
    if (!f.notedOn.isValid())
        f.notedOn = m_clock.today();
    if (auto ok = m_validator.check(f); !ok)
        return ok.error();
    std::optional<FollowUp> followUp;
    if (f.followUpOn)
        followUp = FollowUp{0, f.colleagueId, f.text, *f.followUpOn, std::nullopt, std::nullopt};
    auto command = std::make_unique<AddFactCommand>(f, followUp, tr("Remember about %1").arg(nameOf(f.colleagueId)));
    auto *added = command.get();
    if (auto done = m_undo->push(std::move(command)); !done)
        return done.error();
    return added->id();
}

Status Journal::updateFact(Fact f)
{
    return update(std::move(f), [this](Id id) { return m_repos->facts.find(id); }, tr("Edit fact"));
}

Status Journal::deleteFact(Id id)
{
    auto fact = required(m_repos->facts.find(id), noun<Fact>(), id);
    if (!fact)
        return fact.error();
    auto linked = m_repos->facts.followUpsForFact(id);
    if (!linked)
        return linked.error();
    return m_undo->push(std::make_unique<DeleteFactCommand>(std::move(*fact), std::move(*linked), tr("Delete fact")));
}

Result<Id> Journal::addFollowUp(FollowUp f)
{
    const QString text = tr("Follow up with %1").arg(nameOf(f.colleagueId));
    return insert(std::move(f), text);
}

Status Journal::updateFollowUp(FollowUp f)
{
    return update(std::move(f), [this](Id id) { return m_repos->facts.findFollowUp(id); }, tr("Edit follow-up"));
}

Status Journal::completeFollowUp(Id id, std::optional<QDate> doneOn)
{
    auto before = required(m_repos->facts.findFollowUp(id), noun<FollowUp>(), id);
    if (!before)
        return before.error();
    FollowUp after = *before;
    after.doneOn = doneOn;
    return update(std::move(after), [this](Id i) { return m_repos->facts.findFollowUp(i); },
                  doneOn ? tr("Mark follow-up done") : tr("Reopen follow-up"));
}

Status Journal::deleteFollowUp(Id id)
{
    return remove<FollowUp>(id, [this](Id i) { return m_repos->facts.findFollowUp(i); }, tr("Delete follow-up"));
}

Result<Id> Journal::addReflection(Reflection r)
{
    return insert(std::move(r), tr("Add reflection"));
}

Status Journal::updateReflection(Reflection r)
{
    return update(std::move(r), [this](Id id) { return m_repos->reflections.find(id); }, tr("Edit reflection"));
}

Status Journal::deleteReflection(Id id)
{
    return remove<Reflection>(id, [this](Id i) { return m_repos->reflections.find(i); }, tr("Delete reflection"));
}

namespace {

class AboutMeCommand final : public Command
{
public:
    AboutMeCommand(AboutMe before, AboutMe after) : m_before(std::move(before)), m_after(std::move(after)) {}
    QString text() const override { return tr("Edit about me"); }
    Status redo(Repositories &repos) override { return repos.reflections.setAboutMe(m_after); }
    Status undo(Repositories &repos) override { return repos.reflections.setAboutMe(m_before); }

private:
    AboutMe m_before;
    AboutMe m_after;
};

} // namespace

Status Journal::setAboutMe(AboutMe about)
{
    if (auto ok = m_validator.check(about); !ok)
        return ok;
    auto before = m_repos->reflections.aboutMe();
    if (!before)
        return before.error();
    if (*before == about)
        return {};
    return m_undo->push(std::make_unique<AboutMeCommand>(std::move(*before), std::move(about)));
}

} // namespace rapport::core
