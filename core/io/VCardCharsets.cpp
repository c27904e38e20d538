#include "VCardCharsets.h"

#include <QStringDecoder>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <iconv.h>

namespace rapport::core::io::vcard {
namespace {

const iconv_t kNoConverter = reinterpret_cast<iconv_t>(std::intptr_t(-1));

// One conversion to UTF-8, closed when it goes.
class Converter final
{
public:
    explicit Converter(const QByteArray &from)
        : m_cd(::iconv_open("UTF-8", from.constData()))
    {
    }
    ~Converter()
    {
        if (m_cd != kNoConverter)
            ::iconv_close(m_cd);
    }
    Converter(const Converter &) = delete;
    Converter &operator=(const Converter &) = delete;

    bool ok() const { return m_cd != kNoConverter; }
    iconv_t get() const { return m_cd; }

private:
    iconv_t m_cd;
};

// A name iconv could take for something else: "UTF-8//IGNORE", a path, an option.
bool isPlainName(const QByteArray &name)
{
    return !name.isEmpty() && name.size() <= 40 && std::isalnum(static_cast<unsigned char>(name[0]))
        && std::all_of(name.begin(), name.end(), [](char c) {
               return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':';
           });
}

} // namespace

std::optional<QByteArray> charsetNamed(QByteArrayView name)
{
    const QByteArray key = name.toByteArray().trimmed().toUpper();
    if (!isPlainName(key))
        return std::nullopt;
    if (key == "UTF-8" || key == "UTF8")
        return QByteArray(kUtf8);
    // One name for Windows-1252, so that its undefined bytes are read the same way.
    if (key == "WINDOWS-1252" || key == "WINDOWS1252" || key == "CP1252" || key == "X-CP1252")
        return QByteArray(kWindows1252);
    if (Converter(key).ok())
        return key;
    // Unregistered names ("X-SJIS"), as some phones write them.
    if (key.startsWith("X-") && isPlainName(key.mid(2)) && Converter(key.mid(2)).ok())
        return key.mid(2);
    return std::nullopt;
}

std::optional<QString> decodeCharset(QByteArrayView bytes, QByteArrayView charset)
{
    if (charset == kUtf8) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder(bytes);
        if (decoder.hasError())
            return std::nullopt;
        return text;
    }
    const Converter converter(charset.toByteArray());
    if (!converter.ok())
        return std::nullopt;
    const bool windows1252 = charset == kWindows1252;
    // Three bytes of UTF-8 at most for each byte in, and for each UTF-16 pair of bytes.
    QByteArray out(bytes.size() * 3 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.data()); // iconv's signature; it does not write there
    std::size_t inLeft = std::size_t(bytes.size());
    std::size_t written = 0;
    const auto room = [&](std::size_t needed) {
        if (std::size_t(out.size()) - written < needed)
            out.resize(out.size() * 2 + qsizetype(needed));
    };
    // iconv converts what it can and stops at the first problem with errno saying which.
    const auto step = [&](char **from, std::size_t *fromLeft) {
        char *next = out.data() + written;
        std::size_t outLeft = std::size_t(out.size()) - written;
        const std::size_t done = ::iconv(converter.get(), from, fromLeft, &next, &outLeft);
        written = std::size_t(next - out.data());
        return done != std::size_t(-1);
    };
    while (inLeft > 0 && !step(&in, &inLeft)) {
        if (errno == E2BIG) {
            room(16);
        } else if (errno == EILSEQ && windows1252) { // 0x81, 0x8D, 0x8F, 0x90, 0x9D
            room(2);
            const auto byte = static_cast<unsigned char>(*in);
            out[qsizetype(written++)] = char(0xC0 | byte >> 6);
            out[qsizetype(written++)] = char(0x80 | (byte & 0x3F));
            ++in;
            --inLeft;
        } else {
            return std::nullopt; // EILSEQ: not valid in it; EINVAL: cut off inside a character
        }
    }
    // The end of a stateful charset's shift sequence (ISO-2022-JP).
    while (!step(nullptr, nullptr)) {
        if (errno != E2BIG)
            return std::nullopt;
        room(16);
    }
    out.truncate(qsizetype(written));
    return QString::fromUtf8(out);
}

} // namespace rapport::core::io::vcard
