#pragma once

#include "services/JournalQuery.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

// Every interaction, newest first, read a page at a time through the keyset query, so a
// journal of a million entries opens at once: the view asks for more as it scrolls.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, WithColumn, KindColumn, ChannelColumn, QualityColumn, NotesColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // core::Id
        DateRole,                  // QDate
        TimeRole,                  // QTime, invalid when none
        KindRole,                  // int of core::InteractionKind
        ChannelRole,               // int of core::Channel, or invalid
        QualityRole,               // 1..5, or invalid
        ParticipantsRole,          // QList<core::Id>
        NotesRole,                 // the full notes
    };
    static constexpr int kPageSize = 200;

    explicit JournalModel(core::Journal &journal, QObject *parent = nullptr);
    ~JournalModel() override;
    Q_DISABLE_COPY_MOVE(JournalModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const core::InteractionFilter &filter() const { return m_filter; }
    // Starts over with the first page of the new filter.
    void setFilter(const core::InteractionFilter &filter);
    // How many interactions match, when the journal can say so cheaply; else nullopt.
    std::optional<qint64> matchCount() const { return m_matchCount; }
    bool allLoaded() const { return m_atEnd; }
    core::Id idAt(int row) const;
    // The row of this interaction among those loaded, or -1.
    int rowOf(core::Id id) const;

    // Reads again every row down to the last one loaded (after any change to the journal).
    void reload();

Q_SIGNALS:
    // Rows were loaded, reloaded or the filter changed: counts and empty states move.
    void loaded();
    void loadFailed(const QString &message);

private:
    // The rows after `after`, down to `boundary` when given, else one page.
    std::optional<QList<core::InteractionListRow>> read(std::optional<core::InteractionKey> after,
                                                        std::optional<core::InteractionKey> boundary);
    void updateCount();
    void merge(const QList<core::InteractionListRow> &fresh);

    core::JournalQuery m_query;
    core::InteractionFilter m_filter;
    QList<core::InteractionListRow> m_rows;
    std::optional<qint64> m_matchCount;
    bool m_atEnd = false;
    // Rows are moving: views ask for more from inside the model's own signals, which would
    // nest one change in another.
    bool m_changing = false;
};

} // namespace rapport::ui
