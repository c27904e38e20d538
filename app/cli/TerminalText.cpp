#include "TerminalText.h"

namespace rapport::cli {
namespace {

void appendHex(QString &out, char32_t c, int digits)
{
    out += QString::number(uint(c), 16).rightJustified(digits, QLatin1Char('0'));
}

} // namespace

bool isTerminalControl(char32_t c)
{
    if (c < 0x20)
        return c != U'\n';
    if (c >= 0x7F && c <= 0x9F)
        return true;
    switch (c) {
    case 0x061C: // Arabic letter mark
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
        return true;
    default:
        return (c >= 0x202A && c <= 0x202E) // embeddings and overrides
            || (c >= 0x2066 && c <= 0x2069); // isolates
    }
}

QString escapeForTerminal(QStringView text)
{
    QString out;
    qsizetype done = 0; // text before this index is in `out` or needs no escape
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t unit = text[i].unicode();
        // Every character escaped is in the BMP; a surrogate pair never is one.
        if (!isTerminalControl(unit))
            continue;
        out += text.mid(done, i - done);
        done = i + 1;
        if (unit < 0x20) {
            out += QLatin1String("\\x");
            appendHex(out, unit, 2);
        } else {
            out += QLatin1String("\\u");
            appendHex(out, unit, 4);
        }
    }
    if (done == 0)
        return text.toString();
    out += text.mid(done);
    return out;
}

TerminalDevice::TerminalDevice(std::FILE *stream)
    : m_stream(stream)
{
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalDevice::~TerminalDevice() = default;

void TerminalDevice::writeControl(QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, std::size_t(bytes.size()), m_stream);
    std::fflush(m_stream);
}

qint64 TerminalDevice::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalDevice::writeData(const char *data, qint64 size)
{
    // The stateful decoder keeps the first bytes of a character cut off at the end.
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray safe = escapeForTerminal(text).toUtf8();
    if (std::fwrite(safe.constData(), 1, std::size_t(safe.size()), m_stream) != std::size_t(safe.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

void carriageReturn(QTextStream &stream)
{
    if (auto *terminal = dynamic_cast<TerminalDevice *>(stream.device())) {
        stream.flush();
        terminal->writeControl("\r");
    } else {
        stream << '\r';
    }
}

} // namespace rapport::cli
