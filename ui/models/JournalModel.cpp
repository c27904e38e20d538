#include "JournalModel.h"

#include "services/Journal.h"

#include <QLocale>

#include <algorithm>

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
    : PagedTableModel(parent)
    , m_query(journal)
{
    // Only what this list shows: a change elsewhere (or another program's) leaves it be.
    connect(&journal, &core::Journal::changed, this, [this](const core::JournalChange &change) {
        if (change.touchesAny({ core::JournalChange::Record::Interaction, core::JournalChange::Record::Colleague }))
            reload();
    });
    restart();
}

JournalModel::~JournalModel() = default;

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InteractionListRow &row = rows().at(index.row());
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
        return PagedTableModel::headerData(section, orientation, role);
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

void JournalModel::setFilter(const core::InteractionFilter &filter)
{
    m_filter = filter;
    restart();
}

core::Id JournalModel::idAt(int row) const
{
    const InteractionListRow *found = rowAt(row);
    return found ? found->id : 0;
}

int JournalModel::rowOf(core::Id id) const
{
    const auto &all = rows();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

core::Result<QList<InteractionListRow>> JournalModel::fetchPage(std::optional<InteractionKey> after, int limit)
{
    return m_query.page(m_filter, after, limit);
}

InteractionKey JournalModel::keyOf(const InteractionListRow &row) const
{
    return listKey(row);
}

// Newest first: the larger (day, id) comes first; oldest first the other way.
bool JournalModel::comesBefore(const InteractionKey &a, const InteractionKey &b) const
{
    return m_filter.oldestFirst ? a < b : a > b;
}

void JournalModel::sort(int column, Qt::SortOrder order)
{
    // Only the date has an order an index can serve; other columns keep it.
    if (column != DateColumn)
        return;
    const bool oldestFirst = order == Qt::AscendingOrder;
    if (oldestFirst == m_filter.oldestFirst)
        return;
    core::InteractionFilter sorted = m_filter;
    sorted.oldestFirst = oldestFirst;
    setFilter(sorted);
}

void JournalModel::afterLoad()
{
    const auto counted = m_query.countIfCheap(m_filter);
    m_matchCount = counted ? *counted : std::nullopt;
    if (allLoaded())
        m_matchCount = rows().size();
}

} // namespace rapport::ui
