#pragma once

class QCoreApplication;

namespace rapport::ui {

// Installs the translations for the user's language: Rapport's English plural forms
// first (so "%n day(s)" reads "1 day" / "3 days"), then Rapport's and Qt's own
// translations for the system locale where they exist. The translators belong to `app`.
void installTranslations(QCoreApplication &app);

} // namespace rapport::ui
