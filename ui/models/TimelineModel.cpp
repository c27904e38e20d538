#include "TimelineModel.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>
#include <array>

namespace rapport::ui {
namespace {

using Type = core::TimelineEntry::Type;

constexpr int kDetailPreview = 160; // characters of notes shown under the title

// One simple glyph per type, drawn in the palette's text colour so it follows light and
// dark themes without icon files.
QIcon typeIcon(Type type)
{
    static const char16_t glyphs[] = {u'\u25CF', u'\u2665', u'\u2713', u'\u2192', u'\u270E'};
    const QPalette palette = QApplication::palette();
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette.color(QPalette::Mid), 2));
    painter.drawEllipse(QRectF(2, 2, 28, 28));
    QFont font = painter.font();
    font.setPixelSize(16);
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::Text));
    painter.drawText(QRect(0, 0, 32, 32), Qt::AlignCenter, QString(QChar(glyphs[static_cast<int>(type)])));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent) {}

void TimelineModel::setEntries(std::vector<core::TimelineEntry> entries)
{
    m_changing = true;
    beginResetModel();
    m_entries = std::move(entries);
    m_shown = std::min(kBatch, totalCount());
    endResetModel();
    m_changing = false;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_shown < totalCount();
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    // Asked again from inside our own reset or insertion signals, a nested insertion would
    // overlap the change still being announced; the next ask gets the rows.
    if (parent.isValid() || m_changing)
        return;
    const int more = std::min(kBatch, totalCount() - m_shown);
    if (more <= 0)
        return;
    m_changing = true;
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
    m_changing = false;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::TimelineEntry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = tr("%1 · %2").arg(QLocale().toString(e.date, QStringLiteral("d MMM yyyy")), e.title);
        if (!e.detail.isEmpty()) {
            QString preview = e.detail.simplified();
            if (preview.size() > kDetailPreview)
                preview = preview.left(kDetailPreview) + QChar(0x2026);
            text += QLatin1Char('\n') + preview;
        }
        return text;
    }
    case Qt::ToolTipRole:
        return e.detail.isEmpty() ? QVariant() : QVariant(e.detail);
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3").arg(typeName(e.type), QLocale().toString(e.date, QLocale::LongFormat), e.title);
    case Qt::DecorationRole: {
        // Cached per type; the palette rarely changes while a page is open.
        static const std::array<QIcon, 5> icons{typeIcon(Type::Interaction), typeIcon(Type::Gratitude),
                                                typeIcon(Type::Commitment), typeIcon(Type::FollowUp),
                                                typeIcon(Type::Fact)};
        return icons[static_cast<std::size_t>(e.type)];
    }
    case TypeRole: return static_cast<int>(e.type);
    case IdRole: return QVariant::fromValue(e.id);
    case DateRole: return e.date;
    case TitleRole: return e.title;
    case DetailRole: return e.detail;
    default: return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TypeRole, "type");
    names.insert(IdRole, "entryId");
    names.insert(DateRole, "date");
    names.insert(TitleRole, "title");
    names.insert(DetailRole, "detail");
    return names;
}

QString TimelineModel::typeName(Type type)
{
    switch (type) {
    case Type::Interaction: return tr("Conversation");
    case Type::Gratitude: return tr("Thanks");
    case Type::Commitment: return tr("Promise");
    case Type::FollowUp: return tr("Follow-up");
    case Type::Fact: return tr("Remembered");
    }
    return {};
}

} // namespace rapport::ui
