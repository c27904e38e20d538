#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

class QIODevice;

namespace rapport::core::io {

// Writes JSON as it goes, members in the order given (QJsonObject would sort them), into
// a buffer that is handed to a device whenever it fills, so a document of any size takes
// a fixed amount of memory. Without a device the whole document stays in the buffer
// (take()). Layout: the outermost object one member per line, the members' own arrays
// and objects one element per line, everything deeper on one line; UTF-8 throughout.
class JsonWriter final
{
public:
    explicit JsonWriter(QIODevice *device = nullptr);
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The name of the next member of the current object; its value follows:
    // w.key("id").integer(12).
    JsonWriter &key(const char *name);

    void string(const QString &text);
    // null for an empty text: optional text fields.
    void stringOrNull(const QString &text);
    void integer(qint64 value);
    // Shortest text that reads back as the same double; null for "none".
    void number(std::optional<double> value);
    void boolean(bool value);
    void null();

    // Ends the document with a newline and hands everything to the device.
    bool finish();
    // Hands the buffer to the device; false when the device refused it.
    bool flush();
    bool failed() const { return m_failed; }
    QByteArray take() { return std::move(m_out); }

private:
    void beforeValue();
    void separate();
    void maybeFlush();

    struct Level
    {
        bool array = false;
        bool empty = true;
    };

    QIODevice *m_device = nullptr;
    QByteArray m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    bool m_failed = false;
};

} // namespace rapport::core::io
