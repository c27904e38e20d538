#include "ColleagueCombo.h"

#include <QComboBox>
#include <QCompleter>

namespace rapport::ui {

QComboBox *makeColleagueCombo(QWidget *parent, const QString &objectName, const QString &accessibleName,
                              int minimumCharacters)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumContentsLength(minimumCharacters);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *completer = new QCompleter(combo->model(), combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    return combo;
}

} // namespace rapport::ui
