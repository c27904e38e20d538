#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rapport::ui {

void installTranslations(QCoreApplication &app, const QString &language)
{
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    const auto install = [&app](const QString &name, const QString &folder) {
        auto *translator = new QTranslator(&app);
        if (translator->load(QLocale(), name, QStringLiteral("_"), folder))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    // Later translators win: English plurals are the base, the user's language on top.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/rapport_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    if (QLocale().language() != QLocale::English) {
        install(QStringLiteral("rapport"), QStringLiteral(":/i18n"));
        install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
}

} // namespace rapport::ui
