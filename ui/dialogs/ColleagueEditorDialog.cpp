#include "ColleagueEditorDialog.h"

#include "ColleagueForm.h"
#include "DialogSupport.h"
#include "services/Journal.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {
namespace {

// Distinct non-empty values, sorted the way a person reads them.
QStringList distinct(QStringList values)
{
    values.removeAll(QString());
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

} // namespace

ColleagueEditorDialog::ColleagueEditorDialog(core::Journal &journal, std::optional<core::Id> existing, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
{
    auto *layout = new QVBoxLayout(this);
    m_general = FieldErrors::makeErrorLabel(this);

    ColleagueForm::Choices choices;
    choices.today = journal.clock().today();
    if (auto all = journal.repositories().colleagues.list(true)) {
        QStringList teams;
        QStringList departments;
        for (const core::Colleague &c : std::as_const(*all)) {
            teams << c.team;
            departments << c.department;
        }
        choices.teams = distinct(teams);
        choices.departments = distinct(departments);
    }
    m_form = new ColleagueForm(choices, m_general, this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_general);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(existing ? tr("&Save") : tr("&Add"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ColleagueEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QPlainTextEdit *edit : m_form->findChildren<QPlainTextEdit *>())
        submitOnCtrlEnter(edit, [this] { save(); });

    m_base.trackedSince = choices.today;
    if (existing) {
        m_isNew = false;
        auto found = journal.repositories().colleagues.find(*existing);
        if (!found) {
            m_form->errors().show(found.error());
            m_save->setEnabled(false);
        } else if (!found->has_value()) {
            m_form->errors().show(core::Error{tr("There is no colleague #%1 any more.").arg(*existing)});
            m_save->setEnabled(false);
        } else {
            m_base = **found;
        }
    }
    m_form->load(m_base);
    updateTitle();
    m_form->nameEdit()->setFocus(Qt::OtherFocusReason);
}

void ColleagueEditorDialog::updateTitle()
{
    // The title names who is being edited as it was saved, not as it is being typed.
    setWindowTitle(m_isNew ? tr("New colleague") : tr("Edit %1").arg(m_base.name));
}

void ColleagueEditorDialog::save()
{
    if (!m_save->isEnabled())
        return;
    m_form->errors().clear();
    auto collected = m_form->collect(m_base);
    if (!collected) {
        m_form->errors().show(collected.error());
        return;
    }
    if (m_isNew) {
        auto added = m_journal.addColleague(*collected);
        if (!added) {
            m_form->errors().show(added.error());
            return;
        }
        m_savedId = *added;
    } else {
        if (auto updated = m_journal.updateColleague(*collected); !updated) {
            m_form->errors().show(updated.error());
            return;
        }
        m_savedId = collected->id;
    }
    accept();
}

} // namespace rapport::ui
