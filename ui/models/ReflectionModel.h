#pragma once

#include "PagedTableModel.h"
#include "services/ReflectionOverview.h"

namespace rapport::ui {

// Reflection entries that match the search, newest first unless the user sorts by another
// column, read a page at a time. Follows the journal through Journal::changed.
class ReflectionModel final : public PagedTableModel<core::Reflection, core::ReflectionKey>
{
    Q_OBJECT

public:
    enum Column { DateColumn, PromptColumn, TextColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // core::Id
        DateRole,                  // QDate
        PromptRole,                // the prompt answered, empty for none
        TextRole,                  // the whole entry
    };

    explicit ReflectionModel(core::Journal &journal, QObject *parent = nullptr);
    ~ReflectionModel() override;
    Q_DISABLE_COPY_MOVE(ReflectionModel)

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const QString &search() const { return m_search; }
    // Starts over with the entries whose prompt or text holds `text`.
    void setSearch(const QString &text);
    core::Id idAt(int row) const;
    int rowOf(core::Id id) const; // -1 when not loaded

protected:
    core::Result<QList<core::Reflection>> fetchPage(std::optional<core::ReflectionKey> after, int limit) override;
    core::ReflectionKey keyOf(const core::Reflection &row) const override;
    bool comesBefore(const core::ReflectionKey &a, const core::ReflectionKey &b) const override;

private:
    core::ReflectionQuery m_query;
    QString m_search;
    core::ReflectionSort m_sort;
};

} // namespace rapport::ui
