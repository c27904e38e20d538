#include "PseudoTranslator.h"

namespace rapport::ui {

QString PseudoTranslator::translate(const char *, const char *sourceText, const char *, int) const
{
    if (!sourceText || !*sourceText)
        return {};
    const QString text = QString::fromUtf8(sourceText);
    // Placeholders (%1, %n) and accelerators (&) must survive; padding goes at the end.
    const qsizetype extra = (text.size() * 2 + 4) / 5;
    QString padding;
    for (qsizetype i = 0; i < extra; ++i)
        padding += QChar(u"äöüßéñ"[i % 6]);
    return QStringLiteral("[") + text + QLatin1Char(' ') + padding + QStringLiteral("]");
}

} // namespace rapport::ui
