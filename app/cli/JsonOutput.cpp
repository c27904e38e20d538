#include "JsonOutput.h"

#include "domain/Day.h"
#include "domain/Enums.h"

#include <QLocale>

#include <cmath>

namespace rapport::cli {
namespace {

// Writes JSON straight into one UTF-8 buffer, members in the order given (QJsonObject
// would sort them). Layout: the top-level object one member per line, arrays one element
// per line, records on one line. A due list of ten thousand items is written in a few ms.
class JsonWriter
{
public:
    JsonWriter() { m_out.reserve(1 << 16); }

    void beginDocument() { m_out += "{\n  "; m_first = true; }
    void endDocument() { m_out += "\n}\n"; }
    void topKey(const char *key)
    {
        if (!m_first)
            m_out += ",\n  ";
        m_first = false;
        name(key);
    }
    void beginArray() { m_out += '['; m_firstElement = true; }
    void endArray() { m_out += m_firstElement ? "]" : "\n  ]"; }
    void beginRecord()
    {
        m_out += m_firstElement ? "\n    {" : ",\n    {";
        m_firstElement = false;
        m_firstMember = true;
    }
    void endRecord() { m_out += '}'; }
    void beginObject() { m_out += '{'; m_firstMember = true; }
    void endObject() { m_out += '}'; }
    void key(const char *key)
    {
        if (!m_firstMember)
            m_out += ", ";
        m_firstMember = false;
        name(key);
    }

    void string(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        m_out += '"';
        for (const char c : utf8) {
            const auto byte = static_cast<unsigned char>(c);
            switch (c) {
            case '"': m_out += "\\\""; break;
            case '\\': m_out += "\\\\"; break;
            case '\n': m_out += "\\n"; break;
            case '\r': m_out += "\\r"; break;
            case '\t': m_out += "\\t"; break;
            case '\b': m_out += "\\b"; break;
            case '\f': m_out += "\\f"; break;
            default:
                if (byte < 0x20)
                    m_out += "\\u00" + QByteArray::number(byte, 16).rightJustified(2, '0');
                else
                    m_out += c;
            }
        }
        m_out += '"';
    }
    void integer(qint64 value) { m_out += QByteArray::number(value); }
    // Shortest round-trip form, as QJsonDocument writes doubles; null for "none".
    void number(std::optional<double> value)
    {
        if (!value || !std::isfinite(*value))
            m_out += "null";
        else
            m_out += QByteArray::number(*value, 'g', QLocale::FloatingPointShortest);
    }
    void date(std::optional<core::Day> day)
    {
        if (day)
            string(core::isoDate(*day));
        else
            m_out += "null";
    }

    QByteArray take() { return std::move(m_out); }

private:
    void name(const char *key)
    {
        m_out += '"';
        m_out += key;
        m_out += "\": ";
    }

    QByteArray m_out;
    bool m_first = true;
    bool m_firstElement = true;
    bool m_firstMember = true;
};

} // namespace

QByteArray dueJson(const QDate &today, const QList<core::DueItem> &items)
{
    JsonWriter w;
    w.beginDocument();
    w.topKey("date");
    w.string(core::isoDate(today));
    w.topKey("items");
    w.beginArray();
    for (const core::DueItem &item : items) {
        w.beginRecord();
        w.key("type");
        w.string(core::dueTypeKey(item.type));
        w.key("colleague_id");
        w.integer(item.colleagueId);
        w.key("id");
        w.integer(item.id);
        w.key("overdue_days");
        w.integer(item.overdueDays);
        w.key("title");
        w.string(item.title);
        w.endRecord();
    }
    w.endArray();
    w.endDocument();
    return w.take();
}

QByteArray statsJson(const core::StatsReport &report)
{
    JsonWriter w;
    w.beginDocument();
    w.topKey("as_of");
    w.string(core::isoDate(report.asOf));
    w.topKey("months");
    w.beginArray();
    for (const core::MonthFigures &m : report.months) {
        w.beginRecord();
        w.key("month");
        w.string(core::monthKey(m.first));
        w.key("interactions");
        w.integer(m.interactions);
        w.key("by_kind");
        w.beginObject();
        for (int k = 0; k < core::kInteractionKindCount; ++k) {
            w.key(core::EnumKeys<core::InteractionKind>::keys[std::size_t(k)]);
            w.integer(m.byKind[std::size_t(k)]);
        }
        w.endObject();
        w.key("gratitude_given");
        w.integer(m.gratitudeGiven);
        w.key("gratitude_received");
        w.integer(m.gratitudeReceived);
        w.key("consistency");
        w.number(m.consistency);
        w.key("promise_reliability");
        w.number(m.promiseReliability);
        w.key("breadth");
        w.integer(m.breadth);
        w.endRecord();
    }
    w.endArray();
    w.topKey("colleagues");
    w.beginArray();
    for (const core::ColleagueFigures &c : report.colleagues) {
        w.beginRecord();
        w.key("id");
        w.integer(c.id);
        w.key("name");
        w.string(c.name);
        w.key("cadence_days");
        w.integer(c.cadenceDays);
        w.key("last_contact");
        w.date(c.lastContact);
        w.key("next_due");
        w.date(c.nextDue);
        w.key("overdue_days");
        w.integer(c.overdueDays);
        w.key("streak");
        w.integer(c.streak);
        w.key("support_balance");
        w.number(c.supportBalance);
        w.key("health");
        w.integer(c.health.score);
        w.endRecord();
    }
    w.endArray();
    w.endDocument();
    return w.take();
}

} // namespace rapport::cli
