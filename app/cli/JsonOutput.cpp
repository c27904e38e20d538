#include "JsonOutput.h"

#include "domain/Day.h"
#include "domain/Enums.h"

#include <QLocale>
#include <QStringList>

#include <cmath>
#include <initializer_list>
#include <utility>

namespace rapport::cli {
namespace {

// A JSON value already written out; objects keep their members in the order given,
// which QJsonObject (sorted keys) cannot.
using Member = std::pair<const char *, QString>;

QString string(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case u'\b':
            out += QStringLiteral("\\b");
            break;
        case u'\f':
            out += QStringLiteral("\\f");
            break;
        default:
            if (ch.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString integer(qint64 value)
{
    return QString::number(value);
}

// Shortest round-trip form, as QJsonDocument writes doubles: full precision, no padding.
QString number(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("null");
    return QString::number(*value, 'g', QLocale::FloatingPointShortest);
}

QString date(std::optional<core::Day> day)
{
    return day ? string(core::isoDate(*day)) : QStringLiteral("null");
}

QString object(std::initializer_list<Member> members)
{
    QStringList parts;
    for (const auto &[key, value] : members)
        parts << string(QLatin1String(key)) + QStringLiteral(": ") + value;
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

// An array inside the top-level object: one element per line.
QString array(const QStringList &elements)
{
    if (elements.isEmpty())
        return QStringLiteral("[]");
    return QStringLiteral("[\n    ") + elements.join(QStringLiteral(",\n    ")) + QStringLiteral("\n  ]");
}

// The top-level object: one member per line.
QByteArray document(std::initializer_list<Member> members)
{
    QStringList parts;
    for (const auto &[key, value] : members)
        parts << QStringLiteral("  ") + string(QLatin1String(key)) + QStringLiteral(": ") + value;
    return (QStringLiteral("{\n") + parts.join(QStringLiteral(",\n")) + QStringLiteral("\n}\n")).toUtf8();
}

QString byKind(const core::MonthFigures &month)
{
    QStringList parts;
    for (int k = 0; k < core::kInteractionKindCount; ++k) {
        parts << string(core::keyOf(static_cast<core::InteractionKind>(k))) + QStringLiteral(": ")
                + integer(month.byKind[std::size_t(k)]);
    }
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace

QByteArray dueJson(const QDate &today, const QList<core::DueItem> &items)
{
    QStringList out;
    for (const core::DueItem &item : items) {
        out << object({ { "type", string(core::dueTypeKey(item.type)) }, { "colleague_id", integer(item.colleagueId) },
            { "id", integer(item.id) }, { "overdue_days", integer(item.overdueDays) },
            { "title", string(item.title) } });
    }
    return document({ { "date", string(core::isoDate(today)) }, { "items", array(out) } });
}

QByteArray statsJson(const core::StatsReport &report)
{
    QStringList months;
    for (const core::MonthFigures &m : report.months) {
        months << object({ { "month", string(core::monthKey(m.first)) }, { "interactions", integer(m.interactions) },
            { "by_kind", byKind(m) }, { "gratitude_given", integer(m.gratitudeGiven) },
            { "gratitude_received", integer(m.gratitudeReceived) }, { "consistency", number(m.consistency) },
            { "promise_reliability", number(m.promiseReliability) }, { "breadth", integer(m.breadth) } });
    }
    QStringList colleagues;
    for (const core::ColleagueFigures &c : report.colleagues) {
        colleagues << object(
            { { "id", integer(c.id) }, { "name", string(c.name) }, { "cadence_days", integer(c.cadenceDays) },
                { "last_contact", date(c.lastContact) }, { "next_due", date(c.nextDue) },
                { "overdue_days", integer(c.overdueDays) }, { "streak", integer(c.streak) },
                { "support_balance", number(c.supportBalance) }, { "health", integer(c.health.score) } });
    }
    return document({ { "as_of", string(core::isoDate(report.asOf)) }, { "months", array(months) },
        { "colleagues", array(colleagues) } });
}

} // namespace rapport::cli
