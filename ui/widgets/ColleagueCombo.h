#pragma once

#include <QString>

class QComboBox;
class QWidget;

namespace rapport::ui {

// An editable combo box for choosing a colleague by typing part of the name: its
// completer ignores case and matches anywhere, so "silva" finds "Ana Silva". The caller
// fills it and decides what a choice means.
QComboBox *makeColleagueCombo(QWidget *parent, const QString &objectName, const QString &accessibleName,
                              int minimumCharacters);

} // namespace rapport::ui
