#pragma once

#include "PagedTableModel.h"
#include "services/JournalQuery.h"

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

// Every interaction, newest (or oldest) first, read a page at a time through the keyset query, so a
// journal of a million entries opens at once: the view asks for more as it scrolls.
class JournalModel final : public PagedTableModel<core::InteractionListRow, core::InteractionKey>
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

    explicit JournalModel(core::Journal &journal, QObject *parent = nullptr);
    ~JournalModel() override;
    Q_DISABLE_COPY_MOVE(JournalModel)

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // By date, newest or oldest first (the filter's oldestFirst); other columns keep it.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const core::InteractionFilter &filter() const { return m_filter; }
    // Starts over with the first page of the new filter.
    void setFilter(const core::InteractionFilter &filter);
    // How many interactions match, when the journal can say so cheaply; else nullopt.
    std::optional<qint64> matchCount() const { return m_matchCount; }
    core::Id idAt(int row) const;
    // The row of this interaction among those loaded, or -1.
    int rowOf(core::Id id) const;

protected:
    core::Result<QList<core::InteractionListRow>> fetchPage(std::optional<core::InteractionKey> after, int limit) override;
    core::InteractionKey keyOf(const core::InteractionListRow &row) const override;
    bool comesBefore(const core::InteractionKey &a, const core::InteractionKey &b) const override;
    void afterLoad() override;

private:
    core::JournalQuery m_query;
    core::InteractionFilter m_filter;
    std::optional<qint64> m_matchCount;
};

} // namespace rapport::ui
