#include "JsonOutput.h"

#include "domain/Day.h"
#include "domain/Enums.h"
#include "io/JsonWriter.h"

namespace rapport::cli {
namespace {

using core::io::JsonWriter;

void date(JsonWriter &w, std::optional<core::Day> day)
{
    if (day)
        w.string(core::isoDate(*day));
    else
        w.null();
}

} // namespace

QByteArray dueJson(const QDate &today, const QList<core::DueItem> &items)
{
    JsonWriter w;
    w.beginObject();
    w.key("date");
    w.string(core::isoDate(today));
    w.key("items");
    w.beginArray();
    for (const core::DueItem &item : items) {
        w.beginObject();
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
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.finish();
    return w.take();
}

QByteArray statsJson(const core::StatsReport &report)
{
    JsonWriter w;
    w.beginObject();
    w.key("as_of");
    w.string(core::isoDate(report.asOf));
    w.key("months");
    w.beginArray();
    for (const core::MonthFigures &m : report.months) {
        w.beginObject();
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
        w.endObject();
    }
    w.endArray();
    w.key("colleagues");
    w.beginArray();
    for (const core::ColleagueFigures &c : report.colleagues) {
        w.beginObject();
        w.key("id");
        w.integer(c.id);
        w.key("name");
        w.string(c.name);
        w.key("cadence_days");
        w.integer(c.cadenceDays);
        w.key("last_contact");
        date(w, c.lastContact);
        w.key("next_due");
        date(w, c.nextDue);
        w.key("overdue_days");
        w.integer(c.overdueDays);
        w.key("streak");
        w.integer(c.streak);
        w.key("support_balance");
        w.number(c.supportBalance);
        w.key("health");
        w.integer(c.health.score);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.finish();
    return w.take();
}

} // namespace rapport::cli
