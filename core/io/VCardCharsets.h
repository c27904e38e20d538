#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace rapport::core::io::vcard {

// The charsets address books declare with CHARSET=, converted by glibc's iconv (Qt 6.4's
// QStringDecoder knows UTF-8 and Latin-1 only without ICU): Windows-1252, ISO-8859-1 and
// -15, UTF-16, Shift_JIS, KOI8-R and whatever else iconv reads. UTF-8 itself is Qt's.
inline constexpr char kUtf8[] = "UTF-8";
inline constexpr char kWindows1252[] = "WINDOWS-1252";

// The name to convert with, upper case ("UTF-8", "WINDOWS-1252", "ISO_8859-15"); nullopt
// when iconv knows no such charset or the name is not a plain one ("UTF-8//IGNORE").
std::optional<QByteArray> charsetNamed(QByteArrayView name);

// The text the bytes hold in that charset; nullopt when they are not valid in it (UTF-8
// that is malformed or overlong, ASCII with bytes above 0x7F). The five bytes Windows-1252
// leaves undefined are the C1 controls of the same value, as the WHATWG Encoding Standard
// has it (iconv refuses them).
std::optional<QString> decodeCharset(QByteArrayView bytes, QByteArrayView charset);

} // namespace rapport::core::io::vcard
