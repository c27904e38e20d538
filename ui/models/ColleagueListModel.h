#pragma once

#include "services/ColleagueDirectory.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>

#include <vector>

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

// Every colleague of the journal, one row each, in the order of a core sort key. It holds
// all rows but exposes them in batches (canFetchMore/fetchMore), and reloads after every
// change to the journal in place: rows are removed, moved and inserted rather than reset,
// so selections and persistent indexes stay on the same colleague.
class ColleagueListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // core::Id (qint64)
        NameRole,                  // QString
        SubtitleRole,              // "Role · Team", the parts that are set
        HealthRole,                // int 0..100; invalid for archived colleagues
        NextDueRole,               // QDate; invalid without cadence
        LastContactRole,           // QDate; invalid when never contacted
        ArchivedRole,              // bool
        TagsRole,                  // QStringList
        OverdueDaysRole,           // int
        DueTextRole,               // "due in 3 days", "3 days overdue", "no cadence"
        HealthTextRole,            // "Health 72", empty for archived colleagues
        AvatarRole = Qt::DecorationRole, // QPixmap, kAvatarSize px; photos load lazily
    };
    Q_ENUM(Role)

    static constexpr int kBatchSize = 200;
    static constexpr int kAvatarSize = 36;

    explicit ColleagueListModel(core::Journal &journal, QObject *parent = nullptr);
    ~ColleagueListModel() override;
    Q_DISABLE_COPY_MOVE(ColleagueListModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Every row the model holds, exposed or not yet (for counts and facet lists).
    const std::vector<core::ColleagueRow> &allRows() const { return m_rows; }
    // The row behind an exposed index, or null.
    const core::ColleagueRow *rowAt(int row) const;
    int rowOf(core::Id id) const; // -1 when not exposed
    core::Day today() const { return m_today; }

    core::ColleagueSort sortKey() const { return m_sortKey; }
    // Reorders in place, so the batches come in this order and selections survive.
    void setSortKey(core::ColleagueSort key);
    // Reads the journal again; the Journal's `changed` signal calls it.
    void reload();
    // The last load's error, empty when it worked.
    QString lastError() const { return m_error; }

    QString dueText(const core::ColleagueRow &row) const;
    static QString subtitle(const core::ColleagueRow &row);

Q_SIGNALS:
    // After a reload or reorder, once the exposed rows are in their new places.
    void reloaded();

private:
    void apply(std::vector<core::ColleagueRow> rows);
    QPixmap avatar(const core::ColleagueRow &row) const;

    core::Journal &m_journal;
    std::vector<core::ColleagueRow> m_rows; // all, in sort order; the first m_exposed are shown
    int m_exposed = 0;
    core::ColleagueSort m_sortKey = core::ColleagueSort::Name;
    core::Day m_today = 0;
    QString m_error;
    mutable QHash<core::Id, QPixmap> m_avatars; // loaded on first paint, dropped on reload
};

} // namespace rapport::ui
