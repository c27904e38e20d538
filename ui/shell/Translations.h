#pragma once

#include <QString>

class QCoreApplication;

namespace rapport::ui {

// Installs the translations for the user's language: Rapport's English plural forms
// first (so "%n day(s)" reads "1 day" / "3 days"), then Rapport's and Qt's own
// translations where they exist. `language` (e.g. "de", from Preferences) wins over the
// system locale when set; it also becomes the default locale for dates and numbers. The
// translators belong to `app`.
void installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace rapport::ui
