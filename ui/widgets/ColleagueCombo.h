#pragma once

#include "storage/ColleagueRepository.h"

#include <QCoreApplication>
#include <QString>

class QComboBox;
class QWidget;

namespace rapport::ui {

// An editable combo box for choosing a colleague by typing part of the name: its
// completer ignores case and matches anywhere, so "silva" finds "Ana Silva". The caller
// fills it and decides what a choice means.
QComboBox *makeColleagueCombo(QWidget *parent, const QString &objectName, const QString &accessibleName,
                              int minimumCharacters);

// A filter's colleague choices: "Everyone" (id 0), then every colleague by name, archived
// ones marked, keeping the one chosen. Signals stay quiet while it fills; the answer is
// true when the chosen colleague is gone (deleted), so the caller can show everyone.
class ColleagueFilterChoices final
{
    Q_DECLARE_TR_FUNCTIONS(ColleagueFilterChoices)

public:
    static bool fill(QComboBox *combo, const QList<core::storage::ColleagueRef> &colleagues);
};

} // namespace rapport::ui
