#include "ReflectionModel.h"

#include <QLocale>

#include <iterator>

namespace rapport::ui {
namespace {

constexpr qsizetype kPreview = 160;

// The first line, shortened: the list is for finding an entry, the editor for reading it.
QString preview(const QString &text)
{
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    QString line = text.left(std::min(newline < 0 ? text.size() : newline, kPreview));
    if (line.size() < text.size())
        line += QChar(0x2026);
    return line;
}

} // namespace

ReflectionModel::ReflectionModel(core::Journal &journal, QObject *parent)
    : PagedTableModel(parent)
    , m_query(journal)
{
    // Only what this list shows: a change elsewhere (or another program's) leaves it be.
    connect(&journal, &core::Journal::changed, this, [this](const core::JournalChange &change) {
        if (change.touchesAny({ core::JournalChange::Record::Reflection }))
            reload();
    });
    restart();
}

ReflectionModel::~ReflectionModel() = default;

int ReflectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReflectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Reflection &row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case DateColumn: return QLocale().toString(row.date, QLocale::ShortFormat);
        case PromptColumn: return row.prompt.isEmpty() ? tr("—") : row.prompt;
        case TextColumn: return preview(row.text);
        default: return {};
        }
    case Qt::ToolTipRole:
        // Escaped inside a <qt> block so the user's text shows as typed, never as markup.
        if (index.column() == TextColumn)
            return QString(QStringLiteral("<qt><p style=\"white-space:pre-wrap\">") + preview(row.text).toHtmlEscaped()
                           + QStringLiteral("</p></qt>"));
        return {};
    case IdRole: return row.id;
    case DateRole: return row.date;
    case PromptRole: return row.prompt;
    case TextRole: return row.text;
    default: return {};
    }
}

QVariant ReflectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case PromptColumn: return tr("Prompt");
    case TextColumn: return tr("Reflection");
    default: return {};
    }
}

void ReflectionModel::sort(int column, Qt::SortOrder order)
{
    static constexpr core::ReflectionSort::Column byColumn[] = {core::ReflectionSort::Date, core::ReflectionSort::Prompt,
                                                               core::ReflectionSort::Text};
    static_assert(std::size(byColumn) == ColumnCount);
    const auto wanted = sortForColumn<core::ReflectionSort>(column, order, byColumn);
    if (wanted == m_sort)
        return;
    m_sort = wanted;
    restart();
}

void ReflectionModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    restart();
}

core::Id ReflectionModel::idAt(int row) const
{
    const core::Reflection *found = rowAt(row);
    return found ? found->id : 0;
}

int ReflectionModel::rowOf(core::Id id) const
{
    const auto &all = rows();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

core::Result<QList<core::Reflection>> ReflectionModel::fetchPage(std::optional<core::ReflectionKey> after, int limit)
{
    return m_query.page(m_search, after, limit, m_sort);
}

core::ReflectionKey ReflectionModel::keyOf(const core::Reflection &row) const
{
    return core::storage::listKey(row, m_sort);
}

bool ReflectionModel::comesBefore(const core::ReflectionKey &a, const core::ReflectionKey &b) const
{
    return core::storage::comesBefore(a, b, m_sort.order());
}

} // namespace rapport::ui
