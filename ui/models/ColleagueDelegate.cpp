#include "ColleagueDelegate.h"

#include "ColleagueListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>

namespace rapport::ui {
namespace {

constexpr int kMargin = 8;
constexpr int kSpacing = 10;
constexpr int kLineGap = 2;

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

ColleagueDelegate::ColleagueDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

ColleagueDelegate::~ColleagueDelegate() = default;

QSize ColleagueDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics bold(boldOf(option.font));
    const int text = bold.height() + kLineGap + option.fontMetrics.height();
    const int height = std::max(ColleagueListModel::kAvatarSize, text) + 2 * kMargin;
    return {ColleagueListModel::kAvatarSize + 2 * kMargin + 200, height};
}

void ColleagueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws the background, hover and selection (and the focus frame) alone.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool archived = index.data(ColleagueListModel::ArchivedRole).toBool();
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !opt.state.testFlag(QStyle::State_Enabled) || archived
        ? QPalette::Disabled
        : (opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive);
    const QColor primary = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = primary;
    if (!selected)
        secondary = opt.palette.color(group, QPalette::PlaceholderText);

    painter->save();
    const QRect area = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int size = ColleagueListModel::kAvatarSize;
    const QRect avatarRect(area.left(), area.top() + (area.height() - size) / 2, size, size);
    const QPixmap avatar = index.data(ColleagueListModel::AvatarRole).value<QPixmap>();
    if (archived)
        painter->setOpacity(0.5);
    if (!avatar.isNull())
        painter->drawPixmap(avatarRect, avatar);
    painter->setOpacity(1.0);

    const QFont boldFont = boldOf(opt.font);
    const QFontMetrics boldMetrics(boldFont);
    const QFontMetrics metrics(opt.font);
    const int top = area.top() + (area.height() - (boldMetrics.height() + kLineGap + metrics.height())) / 2;

    // The right column first: its width decides how much of the name fits.
    const QString health = index.data(ColleagueListModel::HealthTextRole).toString();
    const QString due = index.data(ColleagueListModel::DueTextRole).toString();
    const bool overdue = index.data(ColleagueListModel::OverdueDaysRole).toInt() > 0;
    const QFont dueFont = overdue ? boldFont : opt.font;
    const int rightWidth = std::max(metrics.horizontalAdvance(health), QFontMetrics(dueFont).horizontalAdvance(due));
    const QRect right(area.right() - rightWidth + 1, top, rightWidth, area.bottom() - top);
    painter->setPen(primary);
    painter->setFont(opt.font);
    painter->drawText(QRect(right.left(), top, rightWidth, metrics.height()), Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, health);
    painter->setFont(dueFont);
    painter->setPen(overdue ? primary : secondary);
    painter->drawText(QRect(right.left(), top + boldMetrics.height() + kLineGap, rightWidth, metrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, due);

    const int textLeft = avatarRect.right() + 1 + kSpacing;
    const int textWidth = std::max(0, right.left() - kSpacing - textLeft);
    QString name = index.data(ColleagueListModel::NameRole).toString();
    if (archived)
        name = tr("%1 (archived)").arg(name);
    painter->setFont(boldFont);
    painter->setPen(primary);
    painter->drawText(QRect(textLeft, top, textWidth, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      boldMetrics.elidedText(name, Qt::ElideRight, textWidth));
    painter->setFont(opt.font);
    painter->setPen(secondary);
    const QString subtitle = index.data(ColleagueListModel::SubtitleRole).toString();
    painter->drawText(QRect(textLeft, top + boldMetrics.height() + kLineGap, textWidth, metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, metrics.elidedText(subtitle, Qt::ElideRight, textWidth));
    painter->restore();
}

} // namespace rapport::ui
