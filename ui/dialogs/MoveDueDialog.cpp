#include "MoveDueDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

MoveDueDialog::MoveDueDialog(const QString &what, const QDate &currentDue, const QDate &madeOn, const QDate &today,
                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Move due date"));
    auto *promise = new QLabel(this);
    promise->setTextFormat(Qt::PlainText); // the user's words, never markup
    promise->setWordWrap(true);
    promise->setText(tr("“%1”, due %2").arg(what, QLocale().toString(currentDue, QLocale::LongFormat)));

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("newDueDate"));
    m_date->setAccessibleName(tr("New due date"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(madeOn);
    m_date->setDate(std::max(currentDue, today).addDays(7));

    auto *hint = new QLabel(tr("Telling them early, before the date passes, keeps their trust."), this);
    hint->setObjectName(QStringLiteral("moveHint"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    if (currentDue < today)
        hint->setText(hint->text() + QLatin1Char(' ') + tr("This one is already overdue: tell them today."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&New due date"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(promise);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

MoveDueDialog::~MoveDueDialog() = default;

QDate MoveDueDialog::newDue() const
{
    return m_date->date();
}

} // namespace rapport::ui
