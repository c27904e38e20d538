#include "ColleagueCombo.h"

#include <QComboBox>
#include <QCompleter>
#include <QSignalBlocker>

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

bool ColleagueFilterChoices::fill(QComboBox *combo, const QList<core::storage::ColleagueRef> &colleagues)
{
    const core::Id current = combo->currentData().toLongLong();
    int keep = 0;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Everyone"), core::Id(0));
    for (const auto &c : colleagues) {
        combo->addItem(c.archived ? tr("%1 (archived)").arg(c.name) : c.name, c.id);
        if (c.id == current)
            keep = combo->count() - 1;
    }
    combo->setCurrentIndex(keep);
    return current > 0 && keep == 0;
}

} // namespace rapport::ui
