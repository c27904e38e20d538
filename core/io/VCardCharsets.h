#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace rapport::core::io::vcard {

// The charsets address books declare with CHARSET=. Qt 6.4's QStringDecoder knows UTF-8
// and Latin-1 only (without ICU), so the single-byte ones are tables here.
enum class Charset { Utf8, Ascii, Latin1, Latin9, Windows1252 };

// By its name in any case ("utf-8", "ISO-8859-15", "Windows-1252", "cp1252"); nullopt
// when it is none of those.
std::optional<Charset> charsetNamed(QByteArrayView name);

// The text the bytes hold in that charset; nullopt when they are not valid in it (UTF-8
// that is malformed or overlong, ASCII with bytes above 0x7F).
std::optional<QString> decodeCharset(QByteArrayView bytes, Charset charset);

} // namespace rapport::core::io::vcard
