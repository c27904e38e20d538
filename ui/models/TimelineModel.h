#pragma once

#include "services/ColleagueTimeline.h"

#include <QAbstractListModel>

#include <vector>

namespace rapport::ui {

// A colleague's timeline, newest first. Rows are handed to the view in batches, so a
// colleague with years of history opens as fast as a new one.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        TypeRole = Qt::UserRole + 1, // TimelineEntry::Type as int
        IdRole,                      // core::Id
        DateRole,                    // QDate
        TitleRole,                   // QString
        DetailRole,                  // QString, plain text
    };

    static constexpr int kBatch = 100;

    explicit TimelineModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TimelineModel)

    void setEntries(std::vector<core::TimelineEntry> entries);
    const core::TimelineEntry &entry(int row) const { return m_entries[static_cast<std::size_t>(row)]; }
    int totalCount() const { return static_cast<int>(m_entries.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // A short translated word for each type ("Conversation", "Thanks"), for screen readers.
    static QString typeName(core::TimelineEntry::Type type);

private:
    std::vector<core::TimelineEntry> m_entries;
    int m_shown = 0;
    bool m_changing = false; // inside a reset or an insertion
};

} // namespace rapport::ui
