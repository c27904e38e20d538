#include "ThankDialog.h"

#include "pages/GratitudeEntry.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

ThankDialog::ThankDialog(core::Journal &journal, core::Id colleagueId, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Thank"));
    auto *hint = new QLabel(tr("Say what for, specifically: \"the clear review of my design\" means more than "
                               "\"the help\"."),
                            this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_entry = new GratitudeEntry(journal, GratitudeEntry::Shape::Form, this);
    auto *buttons = new QDialogButtonBox(this);
    // The entry's own button submits (and says why when it refuses); the box only places it.
    buttons->addButton(m_entry->submitButton(), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_entry, &GratitudeEntry::added, this, [this](core::Id id) {
        m_thankedId = id;
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_entry);
    layout->addWidget(buttons);
    m_entry->prefill(colleagueId);
}

ThankDialog::~ThankDialog() = default;

} // namespace rapport::ui
