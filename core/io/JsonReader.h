#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

class QIODevice;

namespace rapport::core::io {

// A pull parser for JSON (RFC 8259) that reads a device in small chunks, so a file of
// any size is read in a fixed amount of memory. Hostile input is refused, never followed:
// nesting deeper than a limit, a text longer than a limit, more bytes than a limit, NUL
// bytes (raw or as \u0000), invalid UTF-8 and lone surrogates. Every problem comes with
// the line and column (in characters, from 1) where it was found.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    enum class Token {
        Invalid,
        BeginObject,
        EndObject,
        BeginArray,
        EndArray,
        Name,
        String,
        Number,
        True,
        False,
        Null,
        End
    };
    enum class Problem { None, Syntax, TooDeep, TooLong, TooLarge, InvalidUtf8, NulByte, Read };

    struct Position
    {
        qint64 offset = 0; // in bytes
        qint64 line = 1;
        qint64 column = 1;
    };
    struct Limits
    {
        int maxDepth = 32;
        qint64 maxStringBytes = 512 * 1024; // decoded UTF-8
        qint64 maxBytes = qint64(4) << 30;
    };

    explicit JsonReader(QIODevice &device);
    JsonReader(QIODevice &device, Limits limits);
    ~JsonReader();
    JsonReader(const JsonReader &) = delete;
    JsonReader &operator=(const JsonReader &) = delete;

    // Reads one value starting at `at`, a position this reader gave before (of a
    // BeginArray, say); End follows that value. False when the device cannot seek there.
    bool seek(const Position &at);

    // The next token. After a Name comes its value; Invalid means a problem (sticky).
    Token next();
    Token token() const { return m_token; }
    // Name and String: the decoded text in UTF-8; Number: the number as written.
    const QByteArray &text() const { return m_text; }
    QString string() const { return QString::fromUtf8(m_text); }
    // Where the current token begins.
    const Position &position() const { return m_start; }
    // Open objects and arrays around the current token.
    int depth() const { return int(m_stack.size()); }

    // Reads past the value whose first token is current: a whole object or array after
    // BeginObject or BeginArray; nothing for a value that is already whole. Texts inside
    // are checked but not kept, so a skipped value of any length takes no memory.
    bool skipValue();
    // Reads past the next value the same way, texts of any length included (the value of
    // a field no one reads).
    bool skipNextValue();
    // The longest text (in UTF-8 bytes) the reader accepts from now on.
    void setStringLimit(qint64 bytes) { m_limits.maxStringBytes = bytes; }
    qint64 stringLimit() const { return m_limits.maxStringBytes; }

    Problem problem() const { return m_problem; }
    // What is wrong, in words, without the position.
    const QString &problemText() const { return m_problemText; }
    const Position &problemPosition() const { return m_problemAt; }

private:
    enum class Expect { Value, ValueOrEnd, Name, NameOrEnd, CommaOrEnd, Done };

    int peek()
    {
        if (m_pos >= m_size && !fill())
            return -1;
        return static_cast<unsigned char>(m_data[m_pos]);
    }
    void advance()
    {
        const auto byte = static_cast<unsigned char>(m_data[m_pos++]);
        if (byte == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++m_column; // a character begins here; continuation bytes do not move the column
        }
    }
    int skipWhitespace();
    bool fill();
    Token fail(Problem problem, const QString &text);
    Token beginContainer(bool array);
    Token endContainer(int c);
    Token valueDone(Token token);
    bool readString();
    bool readEscape();
    bool readUtf8Sequence(unsigned char lead);
    bool readNumber();
    bool readLiteral(const char *word);
    void appendCodePoint(char32_t code);
    Position here() const;
    static QString describe(int c);

    QIODevice &m_device;
    Limits m_limits;
    QByteArray m_buffer;
    const char *m_data = nullptr; // m_buffer's bytes, read without Qt's checks
    qsizetype m_size = 0;
    qsizetype m_pos = 0;
    qint64 m_bufferOffset = 0; // file offset of m_buffer[0]
    qint64 m_line = 1;
    qint64 m_column = 1;
    bool m_eof = false;
    bool m_partial = false; // reading one value after a seek
    bool m_skipping = false; // texts are checked, not kept
    std::vector<bool> m_stack; // true: an array
    Expect m_expect = Expect::Value;
    Token m_token = Token::Invalid;
    QByteArray m_text;
    Position m_start;
    Problem m_problem = Problem::None;
    QString m_problemText;
    Position m_problemAt;
};

} // namespace rapport::core::io
