#include "ColleagueListModel.h"

#include "services/Journal.h"
#include "widgets/Avatar.h"

#include <QDebug>
#include <QGuiApplication>

#include <algorithm>
#include <numeric>

namespace rapport::ui {
namespace {

// Avatars kept at most; beyond it the cache starts again (a long scroll through thousands).
constexpr qsizetype kMaxCachedAvatars = 2000;

QVariant optionalDate(const std::optional<core::Day> &day)
{
    return day ? QVariant(core::fromDay(*day)) : QVariant();
}

} // namespace

ColleagueListModel::ColleagueListModel(core::Journal &journal, QObject *parent)
    : QAbstractListModel(parent)
    , m_journal(journal)
{
    // Only what this list shows: a change elsewhere (or another program's) leaves it be.
    connect(&journal, &core::Journal::changed, this, [this](const core::JournalChange &change) {
        if (change.touchesAny({ core::JournalChange::Record::Colleague, core::JournalChange::Record::Interaction, core::JournalChange::Record::Gratitude, core::JournalChange::Record::Commitment, core::JournalChange::Record::FollowUp, core::JournalChange::Record::Fact, core::JournalChange::Record::Reminder }))
            reload();
    });
    reload();
}

ColleagueListModel::~ColleagueListModel() = default;

int ColleagueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_exposed;
}

const core::ColleagueRow *ColleagueListModel::rowAt(int row) const
{
    return row >= 0 && row < m_exposed ? &m_rows[std::size_t(row)] : nullptr;
}

int ColleagueListModel::rowOf(core::Id id) const
{
    const auto end = m_rows.begin() + m_exposed;
    const auto it = std::find_if(m_rows.begin(), end, [id](const core::ColleagueRow &r) { return r.id == id; });
    return it == end ? -1 : int(it - m_rows.begin());
}

QVariant ColleagueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ColleagueRow &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case Qt::AccessibleTextRole: {
        QStringList parts{row.name};
        if (row.archived)
            parts << tr("archived");
        parts << subtitle(row) << data(index, HealthTextRole).toString() << dueText(row);
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    case IdRole:
        return QVariant::fromValue<qint64>(row.id);
    case SubtitleRole:
        return subtitle(row);
    case HealthRole:
        return row.health ? QVariant(*row.health) : QVariant();
    case HealthTextRole:
        return row.health ? tr("Health %1").arg(*row.health) : QString();
    case NextDueRole:
        return optionalDate(row.nextDue);
    case LastContactRole:
        return optionalDate(row.lastContact);
    case ArchivedRole:
        return row.archived;
    case TagsRole:
        return row.tags;
    case OverdueDaysRole:
        return row.overdueDays;
    case DueTextRole:
        return dueText(row);
    case AvatarRole:
        return avatar(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> ColleagueListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "colleagueId"},
                  {NameRole, "name"},
                  {SubtitleRole, "subtitle"},
                  {HealthRole, "health"},
                  {NextDueRole, "nextDue"},
                  {LastContactRole, "lastContact"},
                  {ArchivedRole, "archived"},
                  {TagsRole, "tags"},
                  {OverdueDaysRole, "overdueDays"},
                  {DueTextRole, "dueText"},
                  {HealthTextRole, "healthText"},
                  {AvatarRole, "avatar"}});
    return names;
}

bool ColleagueListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && std::size_t(m_exposed) < m_rows.size();
}

void ColleagueListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = std::min(kBatchSize, int(m_rows.size()) - m_exposed);
    beginInsertRows({}, m_exposed, m_exposed + more - 1);
    m_exposed += more;
    endInsertRows();
}

void ColleagueListModel::setSortKey(core::ColleagueSort key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    std::vector<core::ColleagueRow> rows = m_rows;
    core::sortRows(rows, key);
    apply(std::move(rows));
    Q_EMIT reloaded();
}

void ColleagueListModel::reload()
{
    const QDate today = m_journal.clock().today();
    auto loaded = core::loadColleagueRows(m_journal.database(), today);
    if (!loaded) {
        // Keep showing what was there; the page reports the error.
        m_error = loaded.error().message;
        qWarning() << "Colleague list not reloaded:" << m_error;
        Q_EMIT reloaded();
        return;
    }
    m_error.clear();
    m_today = core::toDay(today);
    m_avatars.clear(); // a photo or a name may have changed
    std::vector<core::ColleagueRow> rows = std::move(*loaded);
    if (m_sortKey != core::ColleagueSort::Name)
        core::sortRows(rows, m_sortKey);
    apply(std::move(rows));
    if (m_exposed > 0)
        Q_EMIT dataChanged(index(0), index(m_exposed - 1));
    Q_EMIT reloaded();
}

// Turns the exposed rows into the first rows of `rows` in three steps that views follow
// without a reset: remove the colleagues that are gone, move the rest into their new
// order (persistent indexes move with them), then insert the new ones in their places.
void ColleagueListModel::apply(std::vector<core::ColleagueRow> rows)
{
    QHash<core::Id, int> position;
    position.reserve(qsizetype(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        position.insert(rows[i].id, int(i));
    const int shownBefore = m_exposed;

    m_rows.resize(std::size_t(m_exposed)); // the unexposed tail needs no signals
    for (int end = m_exposed - 1; end >= 0;) {
        if (position.contains(m_rows[std::size_t(end)].id)) {
            --end;
            continue;
        }
        int begin = end;
        while (begin > 0 && !position.contains(m_rows[std::size_t(begin - 1)].id))
            --begin;
        beginRemoveRows({}, begin, end);
        m_rows.erase(m_rows.begin() + begin, m_rows.begin() + end + 1);
        m_exposed -= end - begin + 1;
        endRemoveRows();
        end = begin - 1;
    }

    std::vector<int> target(static_cast<std::size_t>(m_exposed)); // where each exposed row goes in `rows`
    for (std::size_t i = 0; i < target.size(); ++i)
        target[i] = position.value(m_rows[i].id);
    if (!std::is_sorted(target.begin(), target.end())) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        std::vector<int> byTarget(target.size());
        std::iota(byTarget.begin(), byTarget.end(), 0);
        std::sort(byTarget.begin(), byTarget.end(), [&target](int a, int b) { return target[std::size_t(a)] < target[std::size_t(b)]; });
        std::vector<int> newRowOf(target.size());
        for (std::size_t k = 0; k < byTarget.size(); ++k)
            newRowOf[std::size_t(byTarget[k])] = int(k);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &old : from)
            to << index(newRowOf[std::size_t(old.row())], old.column());
        std::sort(target.begin(), target.end());
        for (std::size_t k = 0; k < target.size(); ++k)
            m_rows[k] = rows[std::size_t(target[k])];
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        for (std::size_t k = 0; k < target.size(); ++k)
            m_rows[k] = rows[std::size_t(target[k])];
    }

    // Expose at least what was exposed before (the user's scroll), and everything up to
    // the last row that stayed, so the exposed rows are again the first rows.
    const int last = target.empty() ? 0 : target.back() + 1;
    const int wanted = std::min(int(rows.size()), std::max({shownBefore, last, kBatchSize}));
    for (int at = 0; at < wanted;) {
        if (at < m_exposed && m_rows[std::size_t(at)].id == rows[std::size_t(at)].id) {
            ++at;
            continue;
        }
        const int stop = at < m_exposed ? std::min(position.value(m_rows[std::size_t(at)].id), wanted) : wanted;
        beginInsertRows({}, at, stop - 1);
        m_rows.insert(m_rows.begin() + at, rows.begin() + at, rows.begin() + stop);
        m_exposed += stop - at;
        endInsertRows();
        at = stop;
    }
    m_rows = std::move(rows);
}

QString ColleagueListModel::subtitle(const core::ColleagueRow &row)
{
    QStringList parts{row.role.trimmed(), row.team.trimmed()};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" \u00B7 "));
}

QString ColleagueListModel::dueText(const core::ColleagueRow &row) const
{
    if (row.archived)
        return {};
    if (!row.nextDue)
        return tr("no cadence");
    const int days = *row.nextDue - m_today;
    if (days < 0)
        return tr("%n day(s) overdue", nullptr, -days);
    if (days == 0)
        return tr("due today");
    return tr("due in %n day(s)", nullptr, days);
}

QPixmap ColleagueListModel::avatar(const core::ColleagueRow &row) const
{
    if (const auto it = m_avatars.constFind(row.id); it != m_avatars.cend())
        return *it;
    auto photo = core::colleaguePhoto(m_journal.database(), row.id);
    const qreal ratio = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    const QPixmap pixmap = avatarPixmap(row.name, photo ? *photo : QByteArray(), kAvatarSize, ratio);
    if (m_avatars.size() >= kMaxCachedAvatars)
        m_avatars.clear();
    m_avatars.insert(row.id, pixmap);
    return pixmap;
}

} // namespace rapport::ui
