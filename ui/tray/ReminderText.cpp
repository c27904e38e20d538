#include "ReminderText.h"

#include <QStringList>
#include <QTextDocument>

namespace rapport::ui {
namespace {

// Titles made by the due list already name the colleague ("Touch base with Ana Silva");
// anything else gets the name in front, so every line says who it is about.
QString named(const core::DueItem &item)
{
    if (item.colleagueName.isEmpty() || item.title.contains(item.colleagueName))
        return item.title;
    return item.colleagueName + QStringLiteral(": ") + item.title;
}

} // namespace

QString ReminderText::itemLabel(const core::DueItem &item)
{
    if (item.type != core::DueType::Birthday && item.overdueDays > 0)
        return tr("%1 — %n day(s) overdue", nullptr, item.overdueDays).arg(named(item));
    return named(item);
}

ReminderText::Message ReminderText::reminder(const QList<core::DueItem> &items, bool catchUp)
{
    const int count = int(items.size());
    Message message;
    message.summary = catchUp ? tr("While Rapport was closed: %n thing(s) came due", nullptr, count)
                              : tr("%n thing(s) due today", nullptr, count);
    QStringList lines;
    for (int i = 0; i < count && i < kBodyItems; ++i)
        lines << itemLabel(items.at(i));
    if (count > kBodyItems)
        lines << tr("and %n more", nullptr, count - kBodyItems);
    message.body = lines.join(QLatin1Char('\n'));
    return message;
}

QString ReminderText::toolTip(const QList<core::DueItem> &items)
{
    const int count = int(items.size());
    if (count == 0)
        return tr("Rapport — nothing due today");
    QStringList lines { tr("Rapport — %n due today", nullptr, count) };
    for (int i = 0; i < count && i < kToolTipItems; ++i)
        lines << itemLabel(items.at(i));
    if (count > kToolTipItems)
        lines << tr("and %n more", nullptr, count - kToolTipItems);
    return lines.join(QLatin1Char('\n'));
}

QString ReminderText::badge(int count)
{
    if (count <= 0)
        return {};
    return count > 99 ? QStringLiteral("99+") : QString::number(count);
}

QString ReminderText::literal(const QString &plain)
{
    return Qt::mightBeRichText(plain) ? Qt::convertFromPlainText(plain, Qt::WhiteSpaceNormal) : plain;
}

} // namespace rapport::ui
