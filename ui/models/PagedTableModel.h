#pragma once

#include "domain/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QScopedValueRollback>

#include <cstddef>
#include <optional>

namespace rapport::ui {

// The sort a header click asks for: `byColumn` names the list column each view column
// sorts by. A view with no sort column asks for -1: the list's own order (Sort{}).
template<typename Sort, std::size_t N>
Sort sortForColumn(int column, Qt::SortOrder order, const typename Sort::Column (&byColumn)[N])
{
    if (column < 0 || static_cast<std::size_t>(column) >= N)
        return Sort{};
    return Sort{byColumn[column], order == Qt::AscendingOrder};
}

// The signals of every keyset-paged table (a template cannot declare them).
class PagedTableModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

Q_SIGNALS:
    // Rows were loaded, reloaded, re-sorted or refiltered: counts and empty states move.
    void loaded();
    void loadFailed(const QString &message);
};

// A table read a page at a time by key rather than by OFFSET, so a list of a million
// rows opens at once: the view asks for more as it scrolls. After a change to the journal
// `reload()` reads again down to the last row loaded and merges, so the selection and the
// scroll place stay. Subclasses say how to read a page, what a row's key is and how keys
// are ordered.
template<typename Row, typename Key>
class PagedTableModel : public PagedTableModelBase
{
public:
    static constexpr int kPageSize = 200;

    using PagedTableModelBase::PagedTableModelBase;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && !m_atEnd && !m_changing; }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        const auto after = m_rows.isEmpty() ? std::nullopt : std::optional<Key>(keyOf(m_rows.last()));
        const auto more = read(after, std::nullopt, false);
        if (more && !more->isEmpty()) {
            const int first = static_cast<int>(m_rows.size());
            const QScopedValueRollback changing(m_changing, true);
            beginInsertRows({}, first, first + static_cast<int>(more->size()) - 1);
            m_rows.append(*more);
            endInsertRows();
        }
        Q_EMIT loaded();
    }

    bool allLoaded() const { return m_atEnd; }
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

    // Reads again every row down to the last one loaded; a list read to its end reads to
    // the end again (an older entry may have appeared).
    void reload()
    {
        const std::optional<Key> boundary = m_rows.isEmpty() ? std::nullopt : std::optional<Key>(keyOf(m_rows.last()));
        if (const auto fresh = read(std::nullopt, m_atEnd ? std::nullopt : boundary, m_atEnd)) {
            const QScopedValueRollback changing(m_changing, true);
            merge(*fresh);
        }
        afterLoad();
        Q_EMIT loaded();
    }

protected:
    // Up to `limit` rows after `after` (from the start when none), in list order.
    virtual core::Result<QList<Row>> fetchPage(std::optional<Key> after, int limit) = 0;
    virtual Key keyOf(const Row &row) const = 0;
    // True when a row keyed `a` is listed before one keyed `b`.
    virtual bool comesBefore(const Key &a, const Key &b) const = 0;
    // After every load or reload (e.g. to refresh a count).
    virtual void afterLoad() {}

    // Starts over with the first page: after the filter or the sort changed.
    void restart()
    {
        {
            const QScopedValueRollback changing(m_changing, true);
            beginResetModel();
            m_rows.clear();
            m_atEnd = false;
            if (auto first = read(std::nullopt, std::nullopt, false))
                m_rows = std::move(*first);
            endResetModel();
        }
        afterLoad();
        Q_EMIT loaded();
    }

    const QList<Row> &rows() const { return m_rows; }

private:
    // One page after `after`; or, with a boundary, every row down to it; or, with toEnd,
    // every row.
    std::optional<QList<Row>> read(std::optional<Key> after, std::optional<Key> boundary, bool toEnd)
    {
        QList<Row> rows;
        for (;;) {
            auto page = fetchPage(after, kPageSize);
            if (!page) {
                m_atEnd = true; // stop asking: the view would retry on every scroll
                Q_EMIT loadFailed(page.error().message);
                return std::nullopt;
            }
            m_atEnd = page->size() < kPageSize;
            for (const Row &row : std::as_const(*page)) {
                if (boundary && comesBefore(*boundary, keyOf(row))) {
                    m_atEnd = false;
                    return rows;
                }
                rows.append(row);
            }
            if (m_atEnd || (!boundary && !toEnd))
                return rows;
            after = keyOf(page->last());
        }
    }

    // Both lists run in list order; walking them together turns the difference into row
    // removals, insertions and changes, each run in one step.
    void merge(const QList<Row> &fresh)
    {
        const int lastColumn = columnCount() - 1;
        qsizetype pos = 0;
        qsizetype next = 0;
        while (pos < m_rows.size() || next < fresh.size()) {
            if (pos < m_rows.size() && next < fresh.size() && keyOf(m_rows.at(pos)) == keyOf(fresh.at(next))) {
                if (!(m_rows.at(pos) == fresh.at(next))) {
                    m_rows[pos] = fresh.at(next);
                    Q_EMIT dataChanged(index(static_cast<int>(pos), 0), index(static_cast<int>(pos), lastColumn));
                }
                ++pos;
                ++next;
                continue;
            }
            // Loaded rows listed before the next fresh one are gone.
            qsizetype end = pos;
            while (end < m_rows.size() && (next == fresh.size() || comesBefore(keyOf(m_rows.at(end)), keyOf(fresh.at(next)))))
                ++end;
            if (end > pos) {
                beginRemoveRows({}, static_cast<int>(pos), static_cast<int>(end - 1));
                m_rows.remove(pos, end - pos);
                endRemoveRows();
                continue;
            }
            // Fresh rows listed before the next loaded one are new.
            end = next;
            while (end < fresh.size() && (pos == m_rows.size() || comesBefore(keyOf(fresh.at(end)), keyOf(m_rows.at(pos)))))
                ++end;
            beginInsertRows({}, static_cast<int>(pos), static_cast<int>(pos + end - next - 1));
            for (qsizetype i = next; i < end; ++i)
                m_rows.insert(pos + i - next, fresh.at(i));
            endInsertRows();
            pos += end - next;
            next = end;
        }
    }

    QList<Row> m_rows;
    bool m_atEnd = false;
    // Views ask for more from inside the model's own signals, which would nest changes.
    bool m_changing = false;
};

} // namespace rapport::ui
