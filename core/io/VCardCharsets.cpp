#include "VCardCharsets.h"

#include <QStringDecoder>

#include <array>

namespace rapport::core::io::vcard {
namespace {

// Windows-1252 at 0x80..0x9F; the five bytes it leaves undefined map to the C1 controls of
// the same value, as the WHATWG Encoding Standard has it.
constexpr std::array<char16_t, 32> kWindows1252 = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

// ISO-8859-15 is Latin-1 with eight places changed (the euro sign, Š š Ž ž Œ œ Ÿ).
char16_t latin9(unsigned char byte)
{
    switch (byte) {
    case 0xA4:
        return 0x20AC;
    case 0xA6:
        return 0x0160;
    case 0xA8:
        return 0x0161;
    case 0xB4:
        return 0x017D;
    case 0xB8:
        return 0x017E;
    case 0xBC:
        return 0x0152;
    case 0xBD:
        return 0x0153;
    case 0xBE:
        return 0x0178;
    default:
        return byte;
    }
}

} // namespace

std::optional<Charset> charsetNamed(QByteArrayView name)
{
    const QByteArray key = name.toByteArray().trimmed().toUpper().replace('_', '-');
    if (key == "UTF-8" || key == "UTF8")
        return Charset::Utf8;
    if (key == "US-ASCII" || key == "ASCII")
        return Charset::Ascii;
    if (key == "ISO-8859-1" || key == "ISO8859-1" || key == "LATIN1" || key == "LATIN-1" || key == "ISO-LATIN-1")
        return Charset::Latin1;
    if (key == "ISO-8859-15" || key == "ISO8859-15" || key == "LATIN9" || key == "LATIN-9")
        return Charset::Latin9;
    if (key == "WINDOWS-1252" || key == "WINDOWS1252" || key == "CP1252" || key == "X-CP1252")
        return Charset::Windows1252;
    return std::nullopt;
}

std::optional<QString> decodeCharset(QByteArrayView bytes, Charset charset)
{
    if (charset == Charset::Utf8) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder(bytes);
        if (decoder.hasError())
            return std::nullopt;
        return text;
    }
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        char16_t unit = byte;
        if (charset == Charset::Ascii && byte > 0x7F)
            return std::nullopt;
        if (charset == Charset::Latin9)
            unit = latin9(byte);
        else if (charset == Charset::Windows1252 && byte >= 0x80 && byte <= 0x9F)
            unit = kWindows1252[byte - 0x80];
        *out++ = QChar(unit);
    }
    return text;
}

} // namespace rapport::core::io::vcard
