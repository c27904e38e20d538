#include "JournalModel.h"

#include "services/Journal.h"

#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>
#include <limits>

namespace rapport::ui {
namespace {

using core::InteractionKey;
using core::InteractionListRow;
using core::storage::listKey;

constexpr qsizetype kNotesPreview = 200;
// A tooltip holds a few screens of notes; the editor shows the rest.
constexpr qsizetype kTooltipNotes = 4000;

QString firstLine(const QString &notes)
{
    const qsizetype newline = notes.indexOf(QLatin1Char('\n'));
    QString line = notes.left(std::min(newline < 0 ? notes.size() : newline, kNotesPreview));
    if (line.size() < notes.size())
        line += QChar(0x2026);
    return line;
}

// Tooltips guess at rich text; escaping inside a <qt> block keeps the user's text plain.
QString plainTooltip(const QString &notes)
{
    if (notes.isEmpty())
        return {};
    QString text = notes.left(kTooltipNotes);
    if (text.size() < notes.size())
        text += QChar(0x2026);
    return QStringLiteral("<qt><p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() + QStringLiteral("</p></qt>");
}

} // namespace

JournalModel::JournalModel(core::Journal &journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(journal)
{
    connect(&journal, &core::Journal::changed, this, &JournalModel::reload);
    if (const auto first = read(std::nullopt, std::nullopt))
        m_rows = *first;
    updateCount();
}

JournalModel::~JournalModel() = default;

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InteractionListRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: {
            const QLocale locale;
            const QString day = locale.toString(row.date, QLocale::ShortFormat);
            return row.time ? day + QLatin1Char(' ') + locale.toString(*row.time, QLocale::ShortFormat) : day;
        }
        case WithColumn: return row.participantNames;
        case KindColumn: return core::label(row.kind);
        case ChannelColumn: return row.channel ? core::label(*row.channel) : QString();
        case QualityColumn: return row.quality ? QString(*row.quality, QChar(0x2605)) : QString();
        case NotesColumn: return firstLine(row.notes);
        default: return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == QualityColumn)
            return row.quality ? tr("%1 of 5").arg(*row.quality) : tr("Not rated");
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: return plainTooltip(row.notes);
    case IdRole: return row.id;
    case DateRole: return row.date;
    case TimeRole: return row.time.value_or(QTime());
    case KindRole: return static_cast<int>(row.kind);
    case ChannelRole: return row.channel ? QVariant(static_cast<int>(*row.channel)) : QVariant();
    case QualityRole: return row.quality ? QVariant(*row.quality) : QVariant();
    case ParticipantsRole: return QVariant::fromValue(row.participants);
    case NotesRole: return row.notes;
    default: return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case WithColumn: return tr("With");
    case KindColumn: return tr("Kind");
    case ChannelColumn: return tr("Channel");
    case QualityColumn: return tr("Quality");
    case NotesColumn: return tr("Notes");
    default: return {};
    }
}

bool JournalModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void JournalModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto after = m_rows.isEmpty() ? std::nullopt : std::optional<InteractionKey>(listKey(m_rows.last()));
    const auto more = read(after, std::nullopt);
    if (!more || more->isEmpty()) {
        Q_EMIT loaded();
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, first, first + static_cast<int>(more->size()) - 1);
    m_rows.append(*more);
    endInsertRows();
    Q_EMIT loaded();
}

void JournalModel::setFilter(const core::InteractionFilter &filter)
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_atEnd = false;
    if (auto first = read(std::nullopt, std::nullopt))
        m_rows = std::move(*first);
    endResetModel();
    updateCount();
}

core::Id JournalModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int JournalModel::rowOf(core::Id id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

std::optional<QList<InteractionListRow>> JournalModel::read(std::optional<InteractionKey> after,
                                                            std::optional<InteractionKey> boundary)
{
    QList<InteractionListRow> rows;
    for (;;) {
        auto page = m_query.page(m_filter, after, kPageSize);
        if (!page) {
            m_atEnd = true; // stop asking: the view would retry on every scroll
            Q_EMIT loadFailed(page.error().message);
            return std::nullopt;
        }
        m_atEnd = page->size() < kPageSize;
        for (const InteractionListRow &row : std::as_const(*page)) {
            if (boundary && listKey(row) < *boundary) {
                m_atEnd = false;
                return rows;
            }
            rows.append(row);
        }
        if (m_atEnd || !boundary)
            return rows;
        after = listKey(page->last());
    }
}

void JournalModel::reload()
{
    // Down to the last row shown, so the list keeps its length and the view its place;
    // a list read to its end reads to the end again (an older entry may have appeared).
    std::optional<InteractionKey> boundary;
    if (m_atEnd)
        boundary = InteractionKey{std::numeric_limits<core::Day>::min(), 0};
    else if (!m_rows.isEmpty())
        boundary = listKey(m_rows.last());
    if (const auto fresh = read(std::nullopt, boundary)) {
        const QScopedValueRollback changing(m_changing, true);
        merge(*fresh);
    }
    updateCount();
}

// Both lists run newest first by (day, id); walking them together turns the difference
// into row removals, insertions and changes, which keeps the selection and scroll place.
void JournalModel::merge(const QList<InteractionListRow> &fresh)
{
    qsizetype pos = 0;
    qsizetype next = 0;
    while (pos < m_rows.size() || next < fresh.size()) {
        if (pos < m_rows.size() && next < fresh.size() && listKey(m_rows.at(pos)) == listKey(fresh.at(next))) {
            if (m_rows.at(pos) != fresh.at(next)) {
                m_rows[pos] = fresh.at(next);
                Q_EMIT dataChanged(index(static_cast<int>(pos), 0), index(static_cast<int>(pos), ColumnCount - 1));
            }
            ++pos;
            ++next;
            continue;
        }
        // Old rows newer than the next fresh one are gone; fresh rows newer than the next
        // old one are new. Each run moves in one step.
        qsizetype end = pos;
        while (end < m_rows.size() && (next == fresh.size() || listKey(m_rows.at(end)) > listKey(fresh.at(next))))
            ++end;
        if (end > pos) {
            beginRemoveRows({}, static_cast<int>(pos), static_cast<int>(end - 1));
            m_rows.remove(pos, end - pos);
            endRemoveRows();
            continue;
        }
        end = next;
        while (end < fresh.size() && (pos == m_rows.size() || listKey(fresh.at(end)) > listKey(m_rows.at(pos))))
            ++end;
        beginInsertRows({}, static_cast<int>(pos), static_cast<int>(pos + end - next - 1));
        for (qsizetype i = next; i < end; ++i)
            m_rows.insert(pos + i - next, fresh.at(i));
        endInsertRows();
        pos += end - next;
        next = end;
    }
}

void JournalModel::updateCount()
{
    const auto counted = m_query.countIfCheap(m_filter);
    m_matchCount = counted ? *counted : std::nullopt;
    if (m_atEnd)
        m_matchCount = m_rows.size();
    Q_EMIT loaded();
}

} // namespace rapport::ui
