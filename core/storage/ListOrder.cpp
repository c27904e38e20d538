#include "ListOrder.h"

#include <QByteArray>

#include <algorithm>
#include <tuple>

namespace rapport::core::storage {
namespace {

char foldAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

QString collated(const QString &text)
{
    return text + QStringLiteral(" COLLATE NOCASE");
}

QString direction(ListOrder order)
{
    return order.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

} // namespace

int compareNoCase(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    const qsizetype n = std::min(x.size(), y.size());
    for (qsizetype i = 0; i < n; ++i) {
        const auto cx = static_cast<unsigned char>(foldAscii(x.at(i)));
        const auto cy = static_cast<unsigned char>(foldAscii(y.at(i)));
        if (cx != cy)
            return cx < cy ? -1 : 1;
    }
    return x.size() == y.size() ? 0 : (x.size() < y.size() ? -1 : 1);
}

bool comesBefore(const ListKey &a, const ListKey &b, ListOrder order)
{
    int text = order.byText ? compareNoCase(a.text, b.text) : 0;
    if (!order.ascending)
        text = -text;
    if (text != 0)
        return text < 0;
    const auto x = std::tie(a.day, a.id);
    const auto y = std::tie(b.day, b.id);
    return order.ascending ? x < y : x > y;
}

QString orderBy(ListOrder order, const QString &text, const QString &day, const QString &id)
{
    QString sql = QStringLiteral("ORDER BY ");
    if (order.byText)
        sql += collated(text) + direction(order) + QStringLiteral(", ");
    return sql + day + direction(order) + QStringLiteral(", ") + id + direction(order);
}

QString continuesAfter(ListOrder order, const QString &text, const QString &day, const QString &id, int firstParameter)
{
    const QString op = order.ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    const auto parameter = [](int n) { return QStringLiteral("?%1").arg(n); };
    if (!order.byText) {
        return QStringLiteral("(%1, %2)").arg(day, id) + op
               + QStringLiteral("(%1, %2)").arg(parameter(firstParameter), parameter(firstParameter + 1));
    }
    return QStringLiteral("(%1, %2, %3)").arg(collated(text), day, id) + op
           + QStringLiteral("(%1, %2, %3)")
                 .arg(parameter(firstParameter), parameter(firstParameter + 1), parameter(firstParameter + 2));
}

} // namespace rapport::core::storage
